import { useRef, useState, type FormEvent } from 'react';
import { Button, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { formatDate, formatMoney } from '../../../lib/format.ts';
import { useWijken } from '../../../lib/lookups.ts';
import { useDeskSale, type PaymentMethod } from '../api/desk.ts';
import { PaymentChoice } from './PaymentChoice.tsx';

/** A new pass, sold at the desk. */
export function SellForm() {
  const { t, i18n } = useTranslation('desk');
  const wijken = useWijken();
  const sale = useDeskSale();
  const saleId = useRef(crypto.randomUUID());
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [wijkCode, setWijkCode] = useState('');
  const [method, setMethod] = useState<PaymentMethod>('pin');
  const [done, setDone] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    sale.mutate(
      {
        saleId: saleId.current,
        kind: 'new',
        paymentMethod: method,
        holder: { name: name.trim(), wijkCode, ...(email.trim() ? { email: email.trim() } : {}) },
      },
      {
        onSuccess: (result) => {
          saleId.current = crypto.randomUUID();
          setName('');
          setEmail('');
          setDone(
            t('desk.sell.done', {
              name: result.holderName,
              number: result.passNumber,
              until: formatDate(result.validUntil, i18n.language),
              amount: formatMoney(result.amountCents, i18n.language),
            }),
          );
        },
      },
    );
  };

  return (
    <form onSubmit={submit} className="sp-form">
      <Field id="sell-name" label={t('desk.sell.name')}>
        <Textbox id="sell-name" required autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field id="sell-email" label={t('desk.sell.email')} hint={t('desk.sell.emailHint')}>
        <Textbox
          id="sell-email"
          type="email"
          autoComplete="off"
          aria-describedby="sell-email-hint"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </Field>
      <Field id="sell-wijk" label={t('desk.sell.wijk')}>
        <Select id="sell-wijk" required value={wijkCode} onChange={(e) => setWijkCode(e.target.value)}>
          <SelectOption value="">{t('desk.sell.chooseWijk')}</SelectOption>
          {(wijken.data?.items ?? []).map((w) => (
            <SelectOption key={w.code} value={w.code}>
              {w.name}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <PaymentChoice id="sell-method" value={method} onChange={setMethod} />
      <Button type="submit" appearance="primary-action-button" busy={sale.isPending} disabled={sale.isPending}>
        {t('desk.sell.submit')}
      </Button>
      <div role="status" aria-live="polite">
        {done}
      </div>
      {sale.isError && <ErrorMessage error={sale.error} />}
    </form>
  );
}
