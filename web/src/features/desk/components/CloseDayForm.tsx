import { useState, type FormEvent } from 'react';
import { Button, Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field, describedBy } from '../../../components/Field.tsx';
import { parseEuros } from '../../../lib/euros.ts';
import { useCloseDay } from '../api/desk.ts';

/** "0" is a count too; otherwise what people type as euros. */
const cents = (text: string): number | null => {
  if (/^\s*0+([.,]0+)?\s*$/.test(text)) return 0;
  const parsed = parseEuros(text);
  return parsed.ok ? parsed.cents : null;
};

/** The day's closing: the cash counted in the drawer and the pin terminal's total. */
export function CloseDayForm() {
  const { t } = useTranslation('desk');
  const close = useCloseDay();
  const [cash, setCash] = useState('');
  const [pin, setPin] = useState('');
  const [errors, setErrors] = useState<{ cash?: string; pin?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cashCents = cents(cash);
    const pinCents = cents(pin);
    const found = {
      ...(cashCents === null ? { cash: t('desk.close.amountInvalid') } : {}),
      ...(pinCents === null ? { pin: t('desk.close.amountInvalid') } : {}),
    };
    setErrors(found);
    if (cashCents === null || pinCents === null) return;
    close.mutate({ countedCashCents: cashCents, pinTerminalCents: pinCents });
  };

  return (
    <form onSubmit={submit} className="sp-form" noValidate>
      <Field id="close-cash" label={t('desk.close.cash')} hint={t('desk.close.amountHint')} error={errors.cash}>
        <Textbox
          id="close-cash"
          inputMode="decimal"
          autoComplete="off"
          invalid={!!errors.cash}
          aria-describedby={describedBy('close-cash', true, errors.cash)}
          value={cash}
          onChange={(e) => setCash(e.target.value)}
        />
      </Field>
      <Field id="close-pin" label={t('desk.close.pin')} hint={t('desk.close.amountHint')} error={errors.pin}>
        <Textbox
          id="close-pin"
          inputMode="decimal"
          autoComplete="off"
          invalid={!!errors.pin}
          aria-describedby={describedBy('close-pin', true, errors.pin)}
          value={pin}
          onChange={(e) => setPin(e.target.value)}
        />
      </Field>
      <Button type="submit" appearance="primary-action-button" busy={close.isPending} disabled={close.isPending}>
        {t('desk.close.submit')}
      </Button>
      {close.isError && <ErrorMessage error={close.error} />}
    </form>
  );
}
