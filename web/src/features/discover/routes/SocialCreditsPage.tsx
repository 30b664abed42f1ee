import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useSocialCredits } from '../api/discover.ts';

/**
 * /sociale-credits: what the mark means, and the providers that carry it (free or cheaper offers
 * for pass holders, or a sponsorship that arrived). Never who used the offers, and no figures.
 */
export default function SocialCreditsPage() {
  const { t } = useTranslation('discover');
  usePageTitle(t('socialCredits.title'));
  const credits = useSocialCredits();
  return (
    <article className="sp-social-credits">
      <Heading level={1}>{t('socialCredits.title')}</Heading>
      <Paragraph appearance="lead">{t('socialCredits.intro')}</Paragraph>
      <Heading level={2}>{t('socialCredits.howHeading')}</Heading>
      <UnorderedList>
        <UnorderedListItem>{t('socialCredits.how.offers')}</UnorderedListItem>
        <UnorderedListItem>{t('socialCredits.how.sponsor')}</UnorderedListItem>
      </UnorderedList>
      <Paragraph>{t('socialCredits.privacy')}</Paragraph>
      <Heading level={2}>{t('socialCredits.listHeading')}</Heading>
      {credits.isPending ? (
        <Loading />
      ) : credits.isError ? (
        <ErrorMessage error={credits.error} />
      ) : credits.data.items.length === 0 ? (
        <Paragraph>{t('socialCredits.none')}</Paragraph>
      ) : (
        <UnorderedList>
          {credits.data.items.map((c) => (
            <UnorderedListItem key={c.providerId}>
              {/* Only a provider with a current offer has a public page to link to. */}
              {c.reasons.includes('social_offers') ? (
                <RouterLink to={`/aanbieders/${c.providerId}`}>{c.name}</RouterLink>
              ) : (
                <strong>{c.name}</strong>
              )}
              : {c.reasons.map((r) => t(`socialCredits.reason.${r}`)).join(' ')}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <Paragraph>
        <RouterLink to="/aanbieder-worden">{t('socialCredits.join')}</RouterLink>
      </Paragraph>
    </article>
  );
}
