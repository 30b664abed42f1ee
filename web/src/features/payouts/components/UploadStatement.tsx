import { useRef, useState, type FormEvent } from 'react';
import {
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useUploadStatement, type StatementResult } from '../api/payouts.ts';

/** Upload the bank's camt.053 statement: the settlements it shows as paid are marked paid. */
export function UploadStatement({ runId }: { runId: string }) {
  const { t } = useTranslation('payouts');
  const upload = useUploadStatement(runId);
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<StatementResult | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    const file = input.current?.files?.[0];
    if (!file) {
      setError(t('payouts.upload.noFile'));
      input.current?.focus();
      return;
    }
    setError(null);
    upload.mutate(await file.text(), { onSuccess: setResult });
  };

  return (
    <form onSubmit={submit} noValidate className="sp-payouts-confirm">
      <FormField invalid={!!error}>
        <div className="utrecht-form-field__label">
          <FormLabel htmlFor="camt-file">{t('payouts.upload.label')}</FormLabel>
        </div>
        <FormFieldDescription id="camt-file-hint">{t('payouts.upload.hint')}</FormFieldDescription>
        {error && <FormFieldErrorMessage id="camt-file-error">{error}</FormFieldErrorMessage>}
        <div className="utrecht-form-field__input">
          <input
            ref={input}
            id="camt-file"
            type="file"
            accept=".xml,application/xml,text/xml"
            className="sp-payouts-file"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'camt-file-hint camt-file-error' : 'camt-file-hint'}
          />
        </div>
      </FormField>
      <Button type="submit" appearance="secondary-action-button" busy={upload.isPending} disabled={upload.isPending}>
        {t('payouts.upload.submit')}
      </Button>
      <div role="status" aria-live="polite" className="sp-payouts-status">
        {result && (
          <>
            <Paragraph>
              {t('payouts.upload.result', {
                paid: result.paid.length,
                alreadyPaid: result.alreadyPaid.length,
                unmatched: result.unmatched.length,
              })}
            </Paragraph>
            {result.unmatched.length > 0 && (
              <UnorderedList>
                {result.unmatched.map((u, i) => (
                  <UnorderedListItem key={i}>
                    {u.endToEndId ?? '—'}: {t(`payouts.upload.reason.${u.reason}`, { defaultValue: u.reason })}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            )}
          </>
        )}
      </div>
      {upload.isError && <ErrorMessage error={upload.error} />}
    </form>
  );
}
