import { useRef, useState } from 'react';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { formatDate, formatMoney } from '../../../lib/format.ts';
import { useExpireScheme, type CreditScheme } from '../api/credit.ts';

/**
 * After a scheme's last day: books the credit left on passes back to the scheme fund. Asks first;
 * `onDone` gets a sentence for the page's live region.
 */
export function ExpireScheme({ scheme, onDone }: { scheme: CreditScheme; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation('credit-admin');
  const expire = useExpireScheme();
  const [confirming, setConfirming] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLParagraphElement>(null);

  const start = () => {
    expire.reset();
    setConfirming(true);
    requestAnimationFrame(() => question.current?.focus());
  };
  const cancel = () => {
    setConfirming(false);
    requestAnimationFrame(() => button.current?.focus());
  };
  const confirm = () =>
    expire.mutate(scheme.id, {
      onSuccess: (result) => {
        setConfirming(false);
        // The page says what happened and takes the focus: this button goes away when nothing is left.
        onDone(
          t('creditAdmin.expire.done', {
            name: scheme.name,
            count: result.expiredPassCount,
            amount: formatMoney(result.expiredCents, i18n.language),
          }),
        );
      },
    });

  if (!confirming) {
    return (
      <>
        <Button ref={button} appearance="secondary-action-button" onClick={start}>
          {t('creditAdmin.expire.button', { name: scheme.name })}
        </Button>
        {expire.isError && <ErrorMessage error={expire.error} />}
      </>
    );
  }
  return (
    <div className="sp-credit-confirm">
      <Paragraph ref={question} tabIndex={-1}>
        {t('creditAdmin.expire.question', {
          name: scheme.name,
          date: formatDate(scheme.validUntil, i18n.language),
          amount: formatMoney(scheme.outstandingCreditCents, i18n.language),
        })}
      </Paragraph>
      <ButtonGroup>
        <Button
          appearance="primary-action-button"
          busy={expire.isPending}
          disabled={expire.isPending}
          onClick={confirm}
        >
          {t('creditAdmin.expire.yes')}
        </Button>
        <Button appearance="secondary-action-button" disabled={expire.isPending} onClick={cancel}>
          {t('creditAdmin.expire.no')}
        </Button>
      </ButtonGroup>
      {expire.isError && <ErrorMessage error={expire.error} />}
    </div>
  );
}
