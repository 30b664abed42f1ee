import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useMatches } from '../api/volunteering-admin.ts';
import { Depot } from '../components/Depot.tsx';
import { MatchCard } from '../components/MatchCard.tsx';
import { PartnerVacancies } from '../components/PartnerVacancies.tsx';
import { SharedNeeds, Spaces } from '../components/SpacesAndNeeds.tsx';
import '../volunteering-admin.css';

/** /partner/vrijwilligers: a partner's vacancies and contacts, the materials depot, spaces and shared needs. */
export default function PartnerVolunteersPage() {
  const { t } = useTranslation('volunteering-admin');
  usePageTitle(t('partner.title'));
  const matches = useMatches();
  return (
    <div className="sp-volunteering">
      <Heading level={1}>{t('partner.title')}</Heading>
      <Paragraph appearance="lead">{t('partner.intro')}</Paragraph>
      <PartnerVacancies />
      <section aria-labelledby="partner-matches">
        <Heading level={2} id="partner-matches">
          {t('partner.matches')}
        </Heading>
        {matches.isError && <ErrorMessage error={matches.error} />}
        {matches.data && matches.data.items.length === 0 && <Paragraph>{t('partner.noMatches')}</Paragraph>}
        <ul className="sp-volunteering__list">
          {matches.data?.items.map((m) => (
            <MatchCard key={m.id} match={m} />
          ))}
        </ul>
      </section>
      <Depot mode="partner" />
      <Spaces mode="partner" />
      <SharedNeeds mode="partner" />
    </div>
  );
}
