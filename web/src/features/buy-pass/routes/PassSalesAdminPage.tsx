import { useState } from 'react';
import {
  Button,
  ButtonGroup,
  FormField,
  FormLabel,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { formatDateTime, formatMoney } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useAdminPassOrders, useRefundPassOrder, type PassOrderSummary } from '../api/pass-orders.ts';

/** Refund a paid order, after confirming: the money goes back, the passes are blocked. */
function RefundButton({ order }: { order: PassOrderSummary }) {
  const { t, i18n } = useTranslation('buy-pass');
  const refund = useRefundPassOrder();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  if (order.status !== 'paid' && order.status !== 'refunding') return null;
  if (!confirming) {
    return (
      <Button appearance="secondary-action-button" onClick={() => setConfirming(true)}>
        {t('passSales.refund', { name: order.holderName })}
      </Button>
    );
  }
  return (
    <div className="sp-form">
      <Paragraph>
        {t('passSales.confirm', { amount: formatMoney(order.amountCents, i18n.language), name: order.holderName })}
      </Paragraph>
      <FormField>
        <div className="utrecht-form-field__label">
          <FormLabel htmlFor={`reason-${order.id}`}>{t('passSales.reason')}</FormLabel>
        </div>
        <div className="utrecht-form-field__input">
          <Textbox
            id={`reason-${order.id}`}
            maxLength={300}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
      </FormField>
      <ButtonGroup>
        <Button
          appearance="primary-action-button"
          busy={refund.isPending}
          disabled={refund.isPending}
          onClick={() => refund.mutate({ orderId: order.id, reason: reason.trim() || undefined })}
        >
          {t('passSales.confirmButton')}
        </Button>
        <Button appearance="secondary-action-button" onClick={() => setConfirming(false)}>
          {t('passSales.cancel')}
        </Button>
      </ButtonGroup>
      {refund.isError && <ErrorMessage error={refund.error} />}
    </div>
  );
}

/** "Verkochte passen": the pass organisation's list of orders, with refunds. */
export default function PassSalesAdminPage() {
  const { t, i18n } = useTranslation('buy-pass');
  usePageTitle(t('passSales.title'));
  const [page, setPage] = useState(1);
  const list = useAdminPassOrders(page);
  const caption = t('passSales.title');

  return (
    <>
      <Heading level={1}>{t('passSales.title')}</Heading>
      <Paragraph>{t('passSales.intro')}</Paragraph>
      {list.isPending && <Loading />}
      {list.isError && <ErrorMessage error={list.error} />}
      {list.data && (
        <>
          <Paragraph role="status">{t('paging.total', { count: list.data.page.totalItems })}</Paragraph>
          <TableScroll label={caption}>
            <Table>
              <TableCaption className="sp-visually-hidden">{caption}</TableCaption>
              <TableHeader>
                <TableRow>
                  {['ordered', 'buyer', 'amount', 'share', 'status', 'action'].map((c) => (
                    <TableHeaderCell key={c} scope="col">
                      {t(`passSales.columns.${c}`)}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {list.data.items.map((o) => (
                  <TableRow key={o.id}>
                    <TableCell>{formatDateTime(o.createdAt, i18n.language)}</TableCell>
                    <TableCell>{o.holderName}</TableCell>
                    <TableCell>{formatMoney(o.amountCents, i18n.language)}</TableCell>
                    <TableCell>{formatMoney(o.actionBudgetShareCents, i18n.language)}</TableCell>
                    <TableCell>
                      {t(`passSales.status.${o.status}`)}
                      {o.paymentProvider === 'test' && <> ({t('passSales.test')})</>}
                    </TableCell>
                    <TableCell>
                      <RefundButton order={o} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroll>
          <Pager page={list.data.page} onChange={setPage} label={t('paging.of', { section: caption })} />
        </>
      )}
    </>
  );
}
