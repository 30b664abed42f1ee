import { useRef, useState } from 'react';
import { Button, ButtonGroup, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { formatMoney } from '../../../lib/format.ts';
import { useConfirmPayment, type Settlement } from '../api/payouts.ts';
import { Field } from '../../../components/Field.tsx';

/** Confirm by hand that the bank paid one settlement. Asks first; the answer goes to the page's live region. */
export function ConfirmPayment({ settlement, onDone }: { settlement: Settlement; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation('payouts');
  const confirm = useConfirmPayment(settlement.runId);
  const [asking, setAsking] = useState(false);
  const [reference, setReference] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const amount = formatMoney(settlement.amountCents, i18n.language);
  const name = settlement.provider.name;
  const fieldId = `confirm-reference-${settlement.id}`;

  const start = () => {
    confirm.reset();
    setAsking(true);
    requestAnimationFrame(() => question.current?.focus());
  };
  const cancel = () => {
    setAsking(false);
    requestAnimationFrame(() => button.current?.focus());
  };
  const yes = () =>
    confirm.mutate(
      { settlementId: settlement.id, reference: reference.trim() || undefined },
      {
        onSuccess: () => {
          setAsking(false);
          onDone(t('payouts.confirm.done', { name, amount }));
        },
      },
    );

  if (!asking) {
    return (
      <Button ref={button} type="button" appearance="secondary-action-button" onClick={start}>
        {t('payouts.confirm.button', { name })}
      </Button>
    );
  }
  return (
    <div className="sp-payouts-confirm">
      <Paragraph ref={question} tabIndex={-1}>
        <strong>{t('payouts.confirm.question', { name, amount })}</strong>
      </Paragraph>
      <Paragraph>{t('payouts.confirm.explain')}</Paragraph>
      <Field id={fieldId} label={t('payouts.confirm.reference')}>
        <Textbox
          id={fieldId}
          autoComplete="off"
          maxLength={200}
          value={reference}
          onChange={(e) => setReference(e.target.value)}
        />
      </Field>
      <ButtonGroup>
        <Button
          type="button"
          appearance="primary-action-button"
          busy={confirm.isPending}
          disabled={confirm.isPending}
          onClick={yes}
        >
          {t('payouts.confirm.yes')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={cancel}>
          {t('payouts.confirm.no')}
        </Button>
      </ButtonGroup>
      {confirm.isError && <ErrorMessage error={confirm.error} />}
    </div>
  );
}
