import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { formatDate, formatMoney } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useCampaignCalendar, useGamePlanBoard, useSponsorOverview } from '../api/sponsors-admin.ts';

/**
 * /mede-eigenaar: what a co-owner (a business association) reads, and nothing to change: the
 * sponsors among its own members with earmarked support apart, the campaign calendar and the
 * game plan board.
 */
export default function CoOwnerPage() {
  const { t } = useTranslation('sponsors-admin');
  usePageTitle(t('coOwner.title'));
  return (
    <div className="sp-co-owner">
      <Heading level={1}>{t('coOwner.title')}</Heading>
      <Paragraph>{t('coOwner.intro')}</Paragraph>
      <Overview />
      <Campaigns />
      <GamePlan />
    </div>
  );
}

function Overview() {
  const { t, i18n } = useTranslation('sponsors-admin');
  const overview = useSponsorOverview();
  const money = (c: number) => formatMoney(c, i18n.language);
  return (
    <section aria-labelledby="co-owner-sponsors">
      <Heading level={2} id="co-owner-sponsors">
        {overview.data?.association
          ? t('coOwner.sponsorsOf', { name: overview.data.association.name })
          : t('coOwner.sponsors')}
      </Heading>
      {overview.isPending ? (
        <Loading />
      ) : overview.isError ? (
        <ErrorMessage error={overview.error} />
      ) : overview.data.items.length === 0 ? (
        <Paragraph>{t('coOwner.noSponsors')}</Paragraph>
      ) : (
        <UnorderedList>
          {overview.data.items.map((s) => (
            <UnorderedListItem key={s.sponsorId}>
              <strong>{s.name}</strong>:{' '}
              {t('totals', { pledged: money(s.promisedCents), received: money(s.receivedCents) })}
              {s.recursYearly && <> {t('coOwner.yearly')}</>}
              {s.earmarked && (
                <>
                  {' '}
                  {t('earmarked', {
                    initiative: s.earmarked.initiative.name,
                    pledged: money(s.earmarked.promisedCents),
                    received: money(s.earmarked.receivedCents),
                  })}
                </>
              )}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}

function Campaigns() {
  const { t, i18n } = useTranslation('sponsors-admin');
  const campaigns = useCampaignCalendar();
  return (
    <section aria-labelledby="co-owner-campaigns">
      <Heading level={2} id="co-owner-campaigns">
        {t('coOwner.campaigns')}
      </Heading>
      {campaigns.isPending ? (
        <Loading />
      ) : campaigns.isError ? (
        <ErrorMessage error={campaigns.error} />
      ) : campaigns.data.items.length === 0 ? (
        <Paragraph>{t('coOwner.noCampaigns')}</Paragraph>
      ) : (
        <UnorderedList>
          {campaigns.data.items.map((c) => (
            <UnorderedListItem key={c.id}>
              {c.name} · {formatDate(c.startsOn, i18n.language)} – {formatDate(c.endsOn, i18n.language)}
              {c.route ? ` · ${c.route.name}` : ''}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}

function GamePlan() {
  const { t } = useTranslation('sponsors-admin');
  const plan = useGamePlanBoard();
  return (
    <section aria-labelledby="co-owner-game-plan">
      <Heading level={2} id="co-owner-game-plan">
        {t('coOwner.gamePlan')}
      </Heading>
      {plan.isPending ? (
        <Loading />
      ) : plan.isError ? (
        <ErrorMessage error={plan.error} />
      ) : plan.data.items.length === 0 ? (
        <Paragraph>{t('coOwner.noGamePlan')}</Paragraph>
      ) : (
        <UnorderedList>
          {plan.data.items.map((a) => (
            <UnorderedListItem key={a.id}>
              {a.title} · {a.ownerName} · {t(`coOwner.status.${a.status}`, { defaultValue: a.status })}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}
