import { useRef, useState, type FormEvent } from 'react';
import { Button, Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { formatMoney } from '../../../lib/format.ts';
import { useFundScheme, type CreditScheme } from '../api/credit.ts';
import { newReference } from '../../../lib/euros.ts';
import { Field, describedBy } from '../../../components/Field.tsx';
import { useEuroField } from './useEuroField.ts';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid.ts';

const REFERENCE = /^[A-Za-z0-9._:-]{1,100}$/;

/** Budget for the scheme, from the municipality's bank. Booked once per reference, so a retry is safe. */
export function FundForm({ scheme }: { scheme: CreditScheme }) {
  const { t, i18n } = useTranslation('credit-admin');
  const fund = useFundScheme(scheme.id);
  const amount = useEuroField();
  const [reference, setReference] = useState('');
  const [referenceError, setReferenceError] = useState<string | null>(null);
  // Without a reference of their own, one per booking: the same when the request is sent again.
  const generated = useRef(newReference('web-budget'));
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstInvalid(form);
  const [done, setDone] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    const cents = amount.check();
    const ref = reference.trim();
    const refProblem = ref && !REFERENCE.test(ref) ? t('creditAdmin.fund.referenceInvalid') : null;
    setReferenceError(refProblem);
    if (cents == null || refProblem) {
      focusFirstError();
      return;
    }
    fund.mutate(
      { amountCents: cents, reference: ref || generated.current },
      {
        onSuccess: (result) => {
          amount.setText('');
          setReference('');
          generated.current = newReference('web-budget');
          setDone(
            result.created
              ? t('creditAdmin.fund.done', {
                  amount: formatMoney(result.amountCents, i18n.language),
                  balance: formatMoney(result.fundBalanceCents, i18n.language),
                })
              : t('creditAdmin.fund.alreadyBooked', { balance: formatMoney(result.fundBalanceCents, i18n.language) }),
          );
        },
      },
    );
  };

  return (
    <form ref={form} onSubmit={submit} className="sp-form" noValidate>
      <Field
        id="fund-amount"
        label={t('creditAdmin.fund.amount')}
        hint={t('creditAdmin.amountHint')}
        error={amount.error}
      >
        <Textbox
          id="fund-amount"
          name="amount"
          inputMode="decimal"
          autoComplete="off"
          required
          value={amount.text}
          invalid={!!amount.error}
          aria-describedby={describedBy('fund-amount', true, amount.error)}
          onChange={(e) => amount.setText(e.target.value)}
        />
      </Field>
      <Field
        id="fund-reference"
        label={t('creditAdmin.fund.reference')}
        hint={t('creditAdmin.fund.referenceHint')}
        error={referenceError}
      >
        <Textbox
          id="fund-reference"
          name="reference"
          autoComplete="off"
          maxLength={100}
          value={reference}
          invalid={!!referenceError}
          aria-describedby={describedBy('fund-reference', true, referenceError)}
          onChange={(e) => setReference(e.target.value)}
        />
      </Field>
      <Button type="submit" appearance="primary-action-button" busy={fund.isPending} disabled={fund.isPending}>
        {t('creditAdmin.fund.submit')}
      </Button>
      <div role="status" aria-live="polite" className="sp-credit-status">
        {done}
      </div>
      {fund.isError && <ErrorMessage error={fund.error} />}
    </form>
  );
}
