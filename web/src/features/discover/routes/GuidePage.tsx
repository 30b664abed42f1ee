import { FormField, FormLabel, Heading, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { GuideText } from '../../../components/GuideText.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { useGuidePage } from '../../../lib/guide-pages.ts';
import { useWijken } from '../../../lib/lookups.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useStarterOffers } from '../api/discover.ts';

/**
 * The wegwijzer for new residents: what the pass is, how to get it, five offers to try first per
 * wijk, where to find help. The pass organisation writes the texts (Beheer › Pagina's); the
 * headings, the offers and the links are the page's own.
 */
export default function GuidePage() {
  const { t, i18n } = useTranslation('discover');
  const guide = useGuidePage('wegwijzer', i18n.language);
  const section = (key: string) => guide.data?.sections.find((s) => s.key === key);
  usePageTitle(t('guide.title'));
  const [params, setParams] = useSearchParams();
  const wijk = params.get('wijk') ?? '';
  const wijken = useWijken();
  const offers = useStarterOffers(wijk);
  return (
    <>
      <Heading level={1}>{t('guide.title')}</Heading>
      {guide.isPending && <Loading />}
      {guide.isError && <ErrorMessage error={guide.error} />}
      <GuideText section={section('intro')} lead />

      {section('whatIsThePass')?.text && (
        <>
          <Heading level={2}>{t('guide.whatTitle')}</Heading>
          <GuideText section={section('whatIsThePass')} />
        </>
      )}

      <Heading level={2}>{t('guide.getTitle')}</Heading>
      <GuideText section={section('howToGetIt')} />
      <Paragraph>
        <RouterLink to="/gratis-pas">{t('guide.getLink')}</RouterLink>
      </Paragraph>

      <section aria-labelledby="guide-try-heading">
        <Heading level={2} id="guide-try-heading">
          {t('guide.tryTitle')}
        </Heading>
        <FormField>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="guide-wijk">{t('guide.wijk')}</FormLabel>
          </div>
          <Select
            id="guide-wijk"
            value={wijk}
            onChange={(e) => setParams(e.target.value ? { wijk: e.target.value } : {}, { replace: true })}
          >
            <SelectOption value="">{t('guide.chooseWijk')}</SelectOption>
            {wijken.data?.items.map((w) => (
              <SelectOption key={w.code} value={w.code}>
                {w.name}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        {offers.isFetching && <Loading />}
        {offers.isError && <ErrorMessage error={offers.error} />}
        {offers.data && offers.data.items.length === 0 && <Paragraph>{t('guide.noOffers')}</Paragraph>}
        {offers.data && offers.data.items.length > 0 && (
          <ol>
            {offers.data.items.map((o) => (
              <li key={o.id}>
                <RouterLink to={`/aanbod/${o.id}`}>{o.title}</RouterLink> ·{' '}
                <RouterLink to={`/aanbieders/${o.provider.id}`}>{o.provider.name}</RouterLink>
                {o.isFree && ` (${t('profile.free')})`}
              </li>
            ))}
          </ol>
        )}
      </section>

      <Heading level={2}>{t('guide.findTitle')}</Heading>
      <ul>
        <li>
          <RouterLink to="/routes">{t('guide.findRoutes')}</RouterLink>
        </li>
        <li>
          <RouterLink to="/kaart">{t('guide.findMap')}</RouterLink>
        </li>
        <li>
          <RouterLink to="/agenda">{t('guide.findAgenda')}</RouterLink>
        </li>
        <li>
          <RouterLink to="/agenda/festivalgids">{t('guide.findFestivalGuide')}</RouterLink>
        </li>
        <li>
          <RouterLink to="/nieuw">{t('guide.findNew')}</RouterLink>
        </li>
      </ul>

      {section('whereToFindHelp')?.text && (
        <>
          <Heading level={2}>{t('guide.helpTitle')}</Heading>
          <GuideText section={section('whereToFindHelp')} />
        </>
      )}
    </>
  );
}
