import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { ApiError } from '../../../lib/api/client.ts';
import { useBankAccount, useSaveBankAccount } from '../api/payouts.ts';
import { Field, describedBy } from '../../../components/Field.tsx';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid.ts';

type Errors = { iban?: string; bic?: string; accountHolderName?: string };
const FIELD: Record<string, keyof Errors> = {
  'body.iban': 'iban',
  'body.bic': 'bic',
  'body.accountHolderName': 'accountHolderName',
};

/** "Bankrekening": where the provider's payouts go. The server checks the IBAN; its answer is shown at the field. */
export function BankAccountForm({ providerId }: { providerId: string }) {
  const { t, i18n } = useTranslation('provider');
  const account = useBankAccount(providerId);
  const save = useSaveBankAccount(providerId);
  const [iban, setIban] = useState('');
  const [bic, setBic] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [done, setDone] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstInvalid(form);
  const loaded = useRef(false);

  useEffect(() => {
    if (account.data && !loaded.current) {
      loaded.current = true;
      setIban(account.data.iban ?? '');
      setBic(account.data.bic ?? '');
      setName(account.data.accountHolderName ?? '');
    }
  }, [account.data]);

  const message = (field: keyof Errors, code: string, reason: string) =>
    i18n.exists(`payouts.bank.errors.${code}`, { ns: 'provider' })
      ? t(`payouts.bank.errors.${code}`)
      : reason || t(`payouts.bank.errors.${field}`);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    const next: Errors = {};
    if (!iban.trim()) next.iban = t('payouts.bank.errors.ibanMissing');
    if (!name.trim()) next.accountHolderName = t('payouts.bank.errors.nameMissing');
    setErrors(next);
    if (next.iban || next.accountHolderName) {
      focusFirstError();
      return;
    }
    save.mutate(
      { iban: iban.trim(), accountHolderName: name.trim(), ...(bic.trim() ? { bic: bic.trim() } : {}) },
      {
        onSuccess: (saved) => {
          setIban(saved.iban ?? '');
          setBic(saved.bic ?? '');
          setName(saved.accountHolderName ?? '');
          setDone(t('payouts.bank.saved'));
        },
        onError: (error) => {
          if (error instanceof ApiError && error.invalidParams.length > 0) {
            const fromServer: Errors = {};
            for (const p of error.invalidParams) {
              const field = FIELD[p.name];
              if (field && !fromServer[field]) fromServer[field] = message(field, p.code, p.reason);
            }
            if (Object.keys(fromServer).length > 0) {
              setErrors(fromServer);
              focusFirstError();
            }
          }
        },
      },
    );
  };
  const fieldErrorsShown = Object.keys(errors).length > 0;

  if (account.isPending) return <Loading />;
  if (account.isError) return <ErrorMessage error={account.error} />;
  return (
    <form ref={form} onSubmit={submit} noValidate className="sp-bank-form">
      {!account.data.iban && <Paragraph>{t('payouts.bank.missing')}</Paragraph>}
      <Field id="bank-iban" label={t('payouts.bank.iban')} hint={t('payouts.bank.ibanHint')} error={errors.iban}>
        <Textbox
          id="bank-iban"
          name="iban"
          autoComplete="off"
          spellCheck={false}
          maxLength={50}
          value={iban}
          invalid={!!errors.iban}
          aria-describedby={describedBy('bank-iban', true, errors.iban)}
          onChange={(e) => setIban(e.target.value)}
        />
      </Field>
      <Field
        id="bank-name"
        label={t('payouts.bank.name')}
        hint={t('payouts.bank.nameHint')}
        error={errors.accountHolderName}
      >
        <Textbox
          id="bank-name"
          name="accountHolderName"
          autoComplete="organization"
          maxLength={70}
          value={name}
          invalid={!!errors.accountHolderName}
          aria-describedby={describedBy('bank-name', true, errors.accountHolderName)}
          onChange={(e) => setName(e.target.value)}
        />
      </Field>
      <Field id="bank-bic" label={t('payouts.bank.bic')} hint={t('payouts.bank.bicHint')} error={errors.bic}>
        <Textbox
          id="bank-bic"
          name="bic"
          autoComplete="off"
          spellCheck={false}
          maxLength={20}
          value={bic}
          invalid={!!errors.bic}
          aria-describedby={describedBy('bank-bic', true, errors.bic)}
          onChange={(e) => setBic(e.target.value)}
        />
      </Field>
      <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
        {t('payouts.bank.submit')}
      </Button>
      <div role="status" aria-live="polite" className="sp-bank-status">
        {done}
      </div>
      {save.isError && !fieldErrorsShown && <ErrorMessage error={save.error} />}
    </form>
  );
}
