import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '../../../lib/format.ts';
import type { SupportApplication } from '../api/partners.ts';

/** What an application asks and what was decided; participants as a count, below 10 "fewer than 10". */
export function ApplicationSummary({ application: a }: { application: SupportApplication }) {
  const { t, i18n } = useTranslation('partners');
  const money = (cents: number) => formatMoney(cents, i18n.language);
  const onThePass = a.participants.onThePass;
  return (
    <dl className="sp-partners__facts">
      <dt>{t('application.status')}</dt>
      <dd>{t(`status.${a.status}`)}</dd>
      <dt>{t('application.when')}</dt>
      <dd>
        {formatDate(a.startsOn, i18n.language)} – {formatDate(a.endsOn, i18n.language)}, {a.wijk.name}
      </dd>
      <dt>{t('application.forWhom')}</dt>
      <dd>
        {a.targetGroup} ({t('application.reach', { count: a.expectedReach })})
      </dd>
      <dt>{t('application.asked')}</dt>
      <dd>
        {a.supportKind === 'per_participant'
          ? t('application.askedPerParticipant', {
              amount: money(a.askedCents),
              price: money(a.pricePerParticipantCents ?? 0),
            })
          : t('application.askedLumpSum', { amount: money(a.askedCents) })}
      </dd>
      {a.grantedCents !== null && (
        <>
          <dt>{t('application.granted')}</dt>
          <dd>
            {money(a.grantedCents)}
            {a.grantedPerParticipantCents !== null &&
              ` (${t('application.perParticipant', { amount: money(a.grantedPerParticipantCents) })})`}
          </dd>
          <dt>{t('application.paid')}</dt>
          <dd>{a.paidCents === null ? t('application.fewerThan10') : money(a.paidCents)}</dd>
        </>
      )}
      {a.decisionReason && (
        <>
          <dt>{t('application.reason')}</dt>
          <dd>{a.decisionReason}</dd>
        </>
      )}
      {a.offerId && (
        <>
          <dt>{t('application.participantsOnThePass')}</dt>
          <dd>{onThePass.suppressed ? t('application.fewerThan10') : onThePass.value}</dd>
        </>
      )}
      {a.participants.reported !== null && (
        <>
          <dt>{t('application.reported')}</dt>
          <dd>{a.participants.reported}</dd>
        </>
      )}
    </dl>
  );
}
