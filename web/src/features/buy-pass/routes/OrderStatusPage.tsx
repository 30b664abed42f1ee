import { Alert, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { formatDate, formatMoney } from '../../../lib/format.ts';
import { useSession } from '../../../lib/session.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { usePassOrder } from '../api/pass-orders.ts';

/** Where the payment provider sends the buyer back: the order's status, asked again until it is known. */
export default function OrderStatusPage() {
  const { t, i18n } = useTranslation('buy-pass');
  usePageTitle(t('buyPass.status.title'));
  const { orderId = '' } = useParams();
  const order = usePassOrder(orderId);
  const session = useSession();

  if (order.isPending) return <Loading />;
  if (order.isError)
    return (
      <>
        <Heading level={1}>{t('buyPass.status.title')}</Heading>
        <ErrorMessage error={order.error} />
      </>
    );
  const o = order.data;
  const money = formatMoney(o.amountCents, i18n.language);
  const loggedIn = session.data?.kind === 'resident';

  return (
    <>
      <Heading level={1}>{t('buyPass.status.title')}</Heading>
      {o.status === 'open' && (
        <Alert type="info" role="status">
          <Paragraph>
            <strong>{t('buyPass.status.open')}</strong>
          </Paragraph>
          <Paragraph>{t('buyPass.status.openText')}</Paragraph>
        </Alert>
      )}
      {o.status === 'paid' && (
        <Alert type="ok" role="status">
          <Paragraph>
            <strong>{t('buyPass.status.paid', { amount: money })}</strong>
          </Paragraph>
          <Paragraph>
            {loggedIn ? (
              <RouterLink to="/mijn-pas">{t('buyPass.status.toMyPass')}</RouterLink>
            ) : (
              <>
                {t('buyPass.status.loginToSee')} <RouterLink to="/inloggen">{t('nav.login')}</RouterLink>
              </>
            )}
          </Paragraph>
        </Alert>
      )}
      {(o.status === 'failed' || o.status === 'canceled' || o.status === 'expired') && (
        <Alert type="error" role="status">
          <Paragraph>
            <strong>{t(`buyPass.status.${o.status}`)}</strong>
          </Paragraph>
          <Paragraph>
            {t('buyPass.status.nothingPaid')} <RouterLink to="/pas-kopen">{t('buyPass.status.tryAgain')}</RouterLink>
          </Paragraph>
        </Alert>
      )}
      {(o.status === 'refunding' || o.status === 'refunded') && (
        <Alert type="info" role="status">
          <Paragraph>{t('buyPass.status.refunded', { amount: money })}</Paragraph>
        </Alert>
      )}
      <Heading level={2}>{t('buyPass.status.contents')}</Heading>
      <UnorderedList>
        {o.items.map((item, i) => (
          <UnorderedListItem key={i}>
            {t(item.passType === 'adult' ? 'buyPass.status.adultPass' : 'buyPass.status.childPass')}
            {item.holderName && <> — {item.holderName}</>}
            {': '}
            {formatMoney(item.priceCents, i18n.language)}
            {item.passNumber && <> — {t('buyPass.status.passNumber', { number: item.passNumber })}</>}
            {item.validUntil && (
              <> — {t('buyPass.status.validUntil', { date: formatDate(item.validUntil, i18n.language) })}</>
            )}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      <Paragraph>{t('buyPass.status.total', { amount: money })}</Paragraph>
    </>
  );
}
