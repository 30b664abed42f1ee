import { useRef, useState, type FormEvent } from 'react';
import { Button, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { formatDate, formatMoney } from '../../../lib/format.ts';
import { useDeskSale, useFindPass, type PaymentMethod } from '../api/desk.ts';
import { PaymentChoice } from './PaymentChoice.tsx';

/** Renewing a paid pass: look it up by number, see name and validity, take the payment. */
export function RenewForm() {
  const { t, i18n } = useTranslation('desk');
  const find = useFindPass();
  const sale = useDeskSale();
  const saleId = useRef(crypto.randomUUID());
  const [number, setNumber] = useState('');
  const [method, setMethod] = useState<PaymentMethod>('pin');
  const [done, setDone] = useState('');
  const lang = i18n.language;

  const look = (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    sale.reset();
    find.mutate(number.trim());
  };
  const renew = (event: FormEvent) => {
    event.preventDefault();
    if (!find.data) return;
    sale.mutate(
      { saleId: saleId.current, kind: 'renewal', paymentMethod: method, passNumber: find.data.passNumber },
      {
        onSuccess: (result) => {
          saleId.current = crypto.randomUUID();
          find.reset();
          setNumber('');
          setDone(
            t('desk.renew.done', {
              name: result.holderName,
              until: formatDate(result.validUntil, lang),
              amount: formatMoney(result.amountCents, lang),
            }),
          );
        },
      },
    );
  };

  return (
    <>
      <form onSubmit={look} className="sp-form">
        <Field id="renew-number" label={t('desk.renew.number')}>
          <Textbox
            id="renew-number"
            required
            inputMode="numeric"
            autoComplete="off"
            value={number}
            onChange={(e) => setNumber(e.target.value)}
          />
        </Field>
        <Button type="submit" appearance="secondary-action-button" busy={find.isPending} disabled={find.isPending}>
          {t('desk.renew.find')}
        </Button>
        {find.isError && <ErrorMessage error={find.error} />}
      </form>
      {find.data && (
        <form onSubmit={renew} className="sp-form" aria-label={t('desk.renew.formLabel')}>
          <Paragraph>
            {t('desk.renew.found', {
              name: find.data.holderName,
              number: find.data.passNumber,
              until: formatDate(find.data.validUntil, lang),
            })}
          </Paragraph>
          {find.data.renewable ? (
            <>
              <PaymentChoice id="renew-method" value={method} onChange={setMethod} />
              <Button type="submit" appearance="primary-action-button" busy={sale.isPending} disabled={sale.isPending}>
                {t('desk.renew.submit')}
              </Button>
            </>
          ) : (
            <Paragraph>{t('desk.renew.notNow')}</Paragraph>
          )}
        </form>
      )}
      <div role="status" aria-live="polite">
        {done}
      </div>
      {sale.isError && <ErrorMessage error={sale.error} />}
    </>
  );
}
