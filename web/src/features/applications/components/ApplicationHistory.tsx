import { Heading, Link, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format.ts';
import { evidenceUrl, type Application } from '../api/applications.ts';

/** The evidence of an application (links while it is kept) and what happened, oldest first. */
export function ApplicationHistory({ application }: { application: Application }) {
  const { t, i18n } = useTranslation('applications');
  return (
    <>
      <Heading level={2}>{t('evidence.title')}</Heading>
      {application.evidence.length === 0 ? (
        <Paragraph>{t('evidence.none')}</Paragraph>
      ) : (
        <OrderedList>
          {application.evidence.map((e) => (
            <OrderedListItem key={e.id}>
              {e.deletedAt ? (
                <>
                  {e.fileName} ({t('evidence.deleted', { date: formatDateTime(e.deletedAt, i18n.language) })})
                </>
              ) : (
                <Link href={evidenceUrl(application.id, e.id)} download={e.fileName}>
                  {e.fileName}
                </Link>
              )}
            </OrderedListItem>
          ))}
        </OrderedList>
      )}
      <Heading level={2}>{t('history.title')}</Heading>
      <OrderedList>
        {application.events.map((event, i) => (
          <OrderedListItem key={i}>
            {formatDateTime(event.createdAt, i18n.language)}: {t(`event.${event.kind}`, { name: event.actorName })}
            {event.message && event.kind !== 'evidence_deleted' ? ` “${event.message}”` : ''}
          </OrderedListItem>
        ))}
      </OrderedList>
    </>
  );
}
