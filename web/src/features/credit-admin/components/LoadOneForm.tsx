import { useRef, useState, type FormEvent } from 'react';
import { Button, Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { formatMoney } from '../../../lib/format.ts';
import { useLoadCredit, type CreditScheme } from '../api/credit.ts';
import { centsToEuroInput, newReference } from '../../../lib/euros.ts';
import { Field, describedBy } from '../../../components/Field.tsx';
import { useEuroField } from './useEuroField.ts';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid.ts';

/** Credit on one pass. An empty amount loads the scheme's amount per pass. */
export function LoadOneForm({ scheme }: { scheme: CreditScheme }) {
  const { t, i18n } = useTranslation('credit-admin');
  const load = useLoadCredit(scheme.id);
  const [passNumber, setPassNumber] = useState('');
  const [passError, setPassError] = useState<string | null>(null);
  const amount = useEuroField('', { optional: true });
  const reference = useRef(newReference('web-load'));
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstInvalid(form);
  const [done, setDone] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    const digits = passNumber.replace(/\s/g, '');
    const passProblem = !/^\d{13}$/.test(digits) ? t('creditAdmin.loadOne.passInvalid') : null;
    setPassError(passProblem);
    const cents = amount.check();
    if (passProblem || cents === null) {
      focusFirstError();
      return;
    }
    load.mutate(
      { passNumber: digits, ...(cents ? { amountCents: cents } : {}), reference: reference.current },
      {
        onSuccess: (result) => {
          setPassNumber('');
          amount.setText('');
          reference.current = newReference('web-load');
          setDone(
            t('creditAdmin.loadOne.done', {
              amount: formatMoney(result.amountCents, i18n.language),
              pass: result.passNumber.replace(/^(\d{4})(\d{4})(\d{4})(\d)$/, '$1 $2 $3 $4'),
              balance: formatMoney(result.balanceCents, i18n.language),
            }),
          );
        },
      },
    );
  };

  return (
    <form ref={form} onSubmit={submit} className="sp-form" noValidate>
      <Field
        id="load-pass"
        label={t('creditAdmin.loadOne.pass')}
        hint={t('creditAdmin.loadOne.passHint')}
        error={passError}
      >
        <Textbox
          id="load-pass"
          name="passNumber"
          inputMode="numeric"
          autoComplete="off"
          required
          value={passNumber}
          invalid={!!passError}
          aria-describedby={describedBy('load-pass', true, passError)}
          onChange={(e) => setPassNumber(e.target.value)}
        />
      </Field>
      <Field
        id="load-amount"
        label={t('creditAdmin.loadOne.amount')}
        error={amount.error}
        hint={t('creditAdmin.loadOne.amountHint', { amount: centsToEuroInput(scheme.amountPerPassCents) })}
      >
        <Textbox
          id="load-amount"
          name="amount"
          inputMode="decimal"
          autoComplete="off"
          value={amount.text}
          invalid={!!amount.error}
          aria-describedby={describedBy('load-amount', true, amount.error)}
          onChange={(e) => amount.setText(e.target.value)}
        />
      </Field>
      <Button type="submit" appearance="primary-action-button" busy={load.isPending} disabled={load.isPending}>
        {t('creditAdmin.loadOne.submit')}
      </Button>
      <div role="status" aria-live="polite" className="sp-credit-status">
        {done}
      </div>
      {load.isError && <ErrorMessage error={load.error} />}
    </form>
  );
}
