import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { formatDate, formatMoney } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useGiftOrder } from '../api/gift-passes.ts';
import { GiftCodesTable } from '../components/GiftCodesTable.tsx';

/** /cadeau/bestelling/:orderId?sleutel=...: the buyer's order and, once paid, its codes. */
export default function GiftOrderPage() {
  const { t, i18n } = useTranslation('gift-passes');
  usePageTitle(t('orderPage.title'));
  const { orderId = '' } = useParams();
  const [search] = useSearchParams();
  const order = useGiftOrder(orderId, search.get('sleutel') ?? undefined);
  const lang = i18n.language;

  return (
    <>
      <Heading level={1}>{t('orderPage.title')}</Heading>
      {order.isPending && <Loading />}
      {order.isError && <ErrorMessage error={order.error} />}
      {order.data && (
        <>
          <Paragraph>
            {t('orderPage.summary', {
              company: order.data.companyName,
              count: order.data.quantity,
              amount: formatMoney(order.data.amountCents, lang),
            })}
          </Paragraph>
          <Paragraph role="status">{t(`status.${order.data.status}`)}</Paragraph>
          {order.data.codes.length > 0 && (
            <>
              <Paragraph>
                {t('orderPage.howToGive', { until: formatDate(order.data.codes[0]!.expiresOn, lang) })}
              </Paragraph>
              <GiftCodesTable codes={order.data.codes} />
            </>
          )}
        </>
      )}
    </>
  );
}
