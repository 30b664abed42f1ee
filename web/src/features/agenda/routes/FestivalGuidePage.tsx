import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { GuideText } from '../../../components/GuideText.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useGuidePage } from '../../../lib/guide-pages.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useFestivals } from '../api/agenda.ts';

/** The sections the pass organisation writes (Beheer › Pagina's), each under the page's own heading. */
const SECTIONS = [
  ['roleAtCityEvents', 'festivalGuide.roleTitle'],
  ['atTheFestival', 'festivalGuide.atTheFestivalTitle'],
  ['forOrganisers', 'festivalGuide.organisersTitle'],
] as const;

/**
 * The festival guide (seed 000 §7B, advies 5): the pass's role at the city's festivals and events,
 * how to use it there and how organisers take part, with the festivals that have not ended.
 */
export default function FestivalGuidePage() {
  const { t, i18n } = useTranslation('agenda');
  usePageTitle(t('festivalGuide.title'));
  const guide = useGuidePage('festivalgids', i18n.language);
  const festivals = useFestivals();
  const section = (key: string) => guide.data?.sections.find((s) => s.key === key);
  return (
    <>
      <Paragraph>
        <RouterLink to="/agenda">{t('festival.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('festivalGuide.title')}</Heading>
      {guide.isPending && <Loading />}
      {guide.isError && <ErrorMessage error={guide.error} />}
      <GuideText section={section('intro')} lead />

      <section aria-labelledby="festival-guide-list">
        <Heading level={2} id="festival-guide-list">
          {t('festivalGuide.festivalsTitle')}
        </Heading>
        {festivals.isPending && <Loading />}
        {festivals.isError && <ErrorMessage error={festivals.error} />}
        {festivals.data?.items.length === 0 && <Paragraph>{t('agenda.noFestivals')}</Paragraph>}
        <ul>
          {festivals.data?.items.map((f) => (
            <li key={f.id}>
              {/* Only the link in the item: text beside a link needs the link underlined (axe link-in-text-block). */}
              <RouterLink to={`/agenda/festivals/${f.slug}`}>
                {`${f.name}: ${t('festival.dates', {
                  from: formatDate(f.startsOn, i18n.language),
                  to: formatDate(f.endsOn, i18n.language),
                })}`}
              </RouterLink>
            </li>
          ))}
        </ul>
      </section>

      {SECTIONS.map(
        ([key, title]) =>
          section(key)?.text && (
            <section key={key} aria-labelledby={`festival-guide-${key}`}>
              <Heading level={2} id={`festival-guide-${key}`}>
                {t(title)}
              </Heading>
              <GuideText section={section(key)} />
            </section>
          ),
      )}
    </>
  );
}
