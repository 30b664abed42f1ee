import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { useSession } from '../../../lib/session.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useEditableEvents } from '../api/agenda-admin.ts';
import { EventTable } from '../components/EventTable.tsx';

/** A provider's events: those tied to its own offers, with a link to add one. */
export default function ProviderAgendaPage() {
  const { t } = useTranslation('agenda-admin');
  usePageTitle(t('provider.title'));
  const session = useSession();
  const events = useEditableEvents(session.data?.providerId ?? '');
  const saved = (useLocation().state as { saved?: string } | null)?.saved;
  return (
    <>
      <Heading level={1}>{t('provider.title')}</Heading>
      <Paragraph>{t('provider.intro')}</Paragraph>
      {saved && <Paragraph role="status">{t('list.saved', { title: saved })}</Paragraph>}
      <Paragraph>
        <RouterLink to="/aanbieder/agenda/nieuw">{t('list.new')}</RouterLink>
      </Paragraph>
      {events.isPending && <Loading />}
      {events.isError && <ErrorMessage error={events.error} />}
      {events.data && <EventTable events={events.data.items} base="/aanbieder/agenda" />}
    </>
  );
}
