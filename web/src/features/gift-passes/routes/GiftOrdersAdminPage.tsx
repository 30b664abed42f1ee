import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { formatDateTime, formatMoney, todayInNetherlands } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useConfirmInvoicePayment, useGiftOrders, type GiftOrderListItem } from '../api/gift-passes.ts';
import { GiftCodesTable } from '../components/GiftCodesTable.tsx';

function ConfirmPayment({ order }: { order: GiftOrderListItem }) {
  const { t } = useTranslation('gift-passes');
  const confirm = useConfirmInvoicePayment(order.id);
  const [reference, setReference] = useState('');
  const [receivedOn, setReceivedOn] = useState(todayInNetherlands);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    confirm.mutate({ bankReference: reference.trim(), receivedOn });
  };
  return (
    <form onSubmit={submit} className="sp-form" aria-label={t('admin.confirmFor', { company: order.companyName })}>
      <Field id={`ref-${order.id}`} label={t('admin.bankReference')}>
        <Textbox id={`ref-${order.id}`} required value={reference} onChange={(e) => setReference(e.target.value)} />
      </Field>
      <Field id={`on-${order.id}`} label={t('admin.receivedOn')}>
        <Textbox
          id={`on-${order.id}`}
          type="date"
          required
          value={receivedOn}
          onChange={(e) => setReceivedOn(e.target.value)}
        />
      </Field>
      <Button type="submit" appearance="secondary-action-button" busy={confirm.isPending} disabled={confirm.isPending}>
        {t('admin.confirm')}
      </Button>
      {confirm.isError && <ErrorMessage error={confirm.error} />}
    </form>
  );
}

/** /beheer/cadeaupassen: every gift order, its codes, and confirming invoice payments. */
export default function GiftOrdersAdminPage() {
  const { t, i18n } = useTranslation('gift-passes');
  usePageTitle(t('admin.title'));
  const [page, setPage] = useState(1);
  const orders = useGiftOrders(page);
  const lang = i18n.language;
  return (
    <>
      <Heading level={1}>{t('admin.title')}</Heading>
      {orders.isPending && <Loading />}
      {orders.isError && <ErrorMessage error={orders.error} />}
      {orders.data && orders.data.items.length === 0 && <Paragraph>{t('admin.none')}</Paragraph>}
      {orders.data?.items.map((order) => (
        <section key={order.id} aria-labelledby={`order-${order.id}`}>
          <Heading level={2} id={`order-${order.id}`}>
            {order.companyName}
          </Heading>
          <Paragraph>
            {t('admin.line', {
              count: order.quantity,
              amount: formatMoney(order.amountCents, lang),
              contact: `${order.contactName} (${order.contactEmail})`,
              date: formatDateTime(order.createdAt, lang),
            })}{' '}
            {t(`status.${order.status}`)}
            {order.purchaseOrderReference
              ? ` ${t('admin.reference', { reference: order.purchaseOrderReference })}`
              : ''}
          </Paragraph>
          {order.status === 'invoiced' && <ConfirmPayment order={order} />}
          {order.codes.length > 0 && <GiftCodesTable codes={order.codes} />}
        </section>
      ))}
      {orders.data && <Pager page={orders.data.page} onChange={setPage} label={t('admin.title')} />}
    </>
  );
}
