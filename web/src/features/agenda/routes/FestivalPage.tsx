import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { formatDate } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useFestival } from '../api/agenda.ts';
import { CalendarLink } from '../components/CalendarLink.tsx';
import { EventList } from '../components/EventList.tsx';
import '../agenda.css';

/** A festival with all its events, and its own calendar feed. */
export default function FestivalPage() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation('agenda');
  const festival = useFestival(slug);
  usePageTitle(festival.data?.name ?? t('festival.title'));
  if (festival.isPending)
    return (
      <>
        <Heading level={1}>{t('festival.title')}</Heading>
        <Loading />
      </>
    );
  if (festival.isError)
    return (
      <>
        <Heading level={1}>{t('festival.title')}</Heading>
        <ErrorMessage error={festival.error} />
        <Paragraph>
          <RouterLink to="/agenda">{t('festival.back')}</RouterLink>
        </Paragraph>
      </>
    );
  const f = festival.data;
  return (
    <article>
      <Paragraph>
        <RouterLink to="/agenda">{t('festival.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{f.name}</Heading>
      <Paragraph appearance="lead">
        {t('festival.dates', { from: formatDate(f.startsOn, i18n.language), to: formatDate(f.endsOn, i18n.language) })}
      </Paragraph>
      {f.description && <Paragraph>{f.description}</Paragraph>}
      <EventList events={f.events} />
      <Heading level={2}>{t('subscribe.title')}</Heading>
      <CalendarLink filters={{ festival: f.slug, from: f.startsOn, to: f.endsOn }} />
    </article>
  );
}
