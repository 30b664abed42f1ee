import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { formatDateTime, formatMoney } from '../../../lib/format.ts';
import { useCancelRedemption, type Redemption } from '../api/till.ts';
import { useNow } from './use-now.ts';

/** What was just booked, with "Ongedaan maken" for as long as the server allows it. */
export function RedemptionConfirmation({
  redemption,
  onChange,
}: {
  redemption: Redemption;
  onChange: (r: Redemption) => void;
}) {
  const { t, i18n } = useTranslation('till');
  const language = i18n.language;
  const deadline = Date.parse(redemption.cancellableUntil);
  const now = useNow(15_000, deadline);
  const cancel = useCancelRedemption();
  const cancellable = redemption.status === 'redeemed' && now < deadline;
  const time = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  });

  if (redemption.status === 'cancelled') {
    return (
      <Alert type="info" role="status" className="sp-confirmation">
        <Heading level={2}>{t('till.cancelledTitle')}</Heading>
        <Paragraph>{t('till.cancelledText', { title: redemption.offerTitle })}</Paragraph>
        {redemption.creditCents > 0 && (
          <Paragraph>{t('till.credit.returned', { amount: formatMoney(redemption.creditCents, language) })}</Paragraph>
        )}
      </Alert>
    );
  }
  return (
    <Alert type="ok" role="status" className="sp-confirmation">
      <Heading level={2}>{t('till.redeemedTitle')}</Heading>
      <Paragraph>{redemption.offerTitle}</Paragraph>
      {redemption.creditCents > 0 ? (
        <>
          <Paragraph>{t('till.price', { amount: formatMoney(redemption.priceCents, language) })}</Paragraph>
          <Paragraph>{t('till.credit.paid', { amount: formatMoney(redemption.creditCents, language) })}</Paragraph>
          <Paragraph>
            <strong>{t('till.credit.stillToPay', { amount: formatMoney(redemption.toPayCents, language) })}</strong>
          </Paragraph>
        </>
      ) : (
        <Paragraph>
          <strong>{t('till.toPay', { amount: formatMoney(redemption.toPayCents, language) })}</strong>
        </Paragraph>
      )}
      <Paragraph>
        {t('till.passLabel')}: {redemption.passNumber} &middot; {formatDateTime(redemption.redeemedAt, language)}
      </Paragraph>
      {cancellable && (
        <>
          <Paragraph>{t('till.cancelUntil', { time: time.format(new Date(deadline)) })}</Paragraph>
          <Button
            appearance="secondary-action-button"
            busy={cancel.isPending}
            disabled={cancel.isPending}
            onClick={() => cancel.mutate(redemption.id, { onSuccess: onChange })}
          >
            {t('till.cancel')}
          </Button>
        </>
      )}
      {cancel.isError && <ErrorMessage error={cancel.error} />}
    </Alert>
  );
}
