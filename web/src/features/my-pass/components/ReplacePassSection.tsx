import { useState, type FormEvent } from 'react';
import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Heading,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useReplaceMyPass, type ReplacementReason } from '../api/replacement.ts';

const REASONS: ReplacementReason[] = ['card_lost', 'card_stolen', 'card_broken', 'phone_lost'];

/**
 * "Pas kwijt, gestolen of kapot?": the resident blocks their pass (or a child's) and gets a new
 * number at once. Two steps: choose, then confirm, because the old pass never works again.
 */
export function ReplacePassSection({
  passes,
  onReplaced,
}: {
  passes: { number: string; holderName: string }[];
  onReplaced: (reason: ReplacementReason) => void;
}) {
  const { t } = useTranslation('my-pass');
  const replace = useReplaceMyPass();
  const [reason, setReason] = useState<ReplacementReason | null>(null);
  const [passNumber, setPassNumber] = useState(passes[0]?.number ?? '');
  const [confirming, setConfirming] = useState(false);
  const [missing, setMissing] = useState(false);

  const choose = (event: FormEvent) => {
    event.preventDefault();
    setMissing(reason === null);
    if (reason !== null) setConfirming(true);
  };
  const holder = passes.find((p) => p.number === passNumber)?.holderName ?? '';

  return (
    <section aria-labelledby="replace-heading">
      <Heading level={2} id="replace-heading">
        {t('replace.title')}
      </Heading>
      <Paragraph>{t('replace.intro')}</Paragraph>
      {replace.isSuccess ? (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <div className="utrecht-alert__content">
            <Paragraph>{t('replace.done', { number: replace.data.newPassNumber })}</Paragraph>
            {replace.data.movedCreditCents > 0 && <Paragraph>{t('replace.creditMoved')}</Paragraph>}
          </div>
        </div>
      ) : !confirming ? (
        <form onSubmit={choose} noValidate className="sp-form">
          {passes.length > 1 && (
            <Fieldset>
              <FieldsetLegend>{t('replace.whichPass')}</FieldsetLegend>
              {passes.map((p) => (
                <FormField key={p.number} type="radio">
                  <RadioButton
                    id={`replace-pass-${p.number.replace(/\s/g, '')}`}
                    name="passNumber"
                    value={p.number}
                    checked={passNumber === p.number}
                    onChange={() => setPassNumber(p.number)}
                  />
                  <FormLabel htmlFor={`replace-pass-${p.number.replace(/\s/g, '')}`} type="radio">
                    {t('replace.passOf', { name: p.holderName, number: p.number })}
                  </FormLabel>
                </FormField>
              ))}
            </Fieldset>
          )}
          <Fieldset invalid={missing} aria-describedby={missing ? 'replace-reason-error' : undefined}>
            <FieldsetLegend>{t('replace.what')}</FieldsetLegend>
            {missing && (
              <FormFieldErrorMessage id="replace-reason-error">{t('replace.reasonMissing')}</FormFieldErrorMessage>
            )}
            {REASONS.map((value) => (
              <FormField key={value} type="radio">
                <RadioButton
                  id={`replace-reason-${value}`}
                  name="reason"
                  value={value}
                  checked={reason === value}
                  onChange={() => {
                    setReason(value);
                    setMissing(false);
                  }}
                />
                <FormLabel htmlFor={`replace-reason-${value}`} type="radio">
                  {t(`replace.reason.${value}`)}
                </FormLabel>
              </FormField>
            ))}
          </Fieldset>
          <Button type="submit" appearance="secondary-action-button">
            {t('replace.next')}
          </Button>
        </form>
      ) : (
        <div className="utrecht-alert utrecht-alert--warning" role="group" aria-labelledby="replace-confirm-heading">
          <div className="utrecht-alert__content">
            <div className="utrecht-alert__message">
              <Heading level={3} id="replace-confirm-heading">
                {t('replace.confirmTitle', { name: holder })}
              </Heading>
              <Paragraph>{t('replace.confirmText')}</Paragraph>
              {reason === 'phone_lost' && <Paragraph>{t('replace.confirmPhone')}</Paragraph>}
              <div className="sp-button-row">
                <Button
                  appearance="primary-action-button"
                  busy={replace.isPending}
                  disabled={replace.isPending}
                  onClick={() =>
                    reason &&
                    replace.mutate(
                      { reason, ...(passes.length > 1 ? { passNumber } : {}) },
                      { onSuccess: () => onReplaced(reason) },
                    )
                  }
                >
                  {t('replace.confirmYes')}
                </Button>
                <Button
                  appearance="secondary-action-button"
                  disabled={replace.isPending}
                  onClick={() => setConfirming(false)}
                >
                  {t('replace.confirmNo')}
                </Button>
              </div>
              {replace.isError && <ErrorMessage error={replace.error} />}
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
