import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useOutbox } from '../api/outbox.ts';
import { MessageBody } from '../components/MessageBody.tsx';

export default function OutboxPage() {
  const { t, i18n } = useTranslation('dev-outbox');
  usePageTitle(t('outbox.title'));
  const outbox = useOutbox();
  const messages = [...(outbox.data?.items ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <>
      <Heading level={1}>{t('outbox.title')}</Heading>
      <Alert type="warning">
        <Paragraph>
          <strong>{t('outbox.devOnly')}</strong>
        </Paragraph>
      </Alert>
      <Button appearance="secondary-action-button" onClick={() => void outbox.refetch()} busy={outbox.isFetching}>
        {t('outbox.refresh')}
      </Button>
      {outbox.isPending && <Loading />}
      {outbox.isError && <ErrorMessage error={outbox.error} />}
      {outbox.data && messages.length === 0 && <Paragraph>{t('outbox.empty')}</Paragraph>}
      <ol className="sp-mail-list" aria-label={t('outbox.listLabel')}>
        {messages.map((m) => (
          <li key={m.id} className="sp-mail">
            <Heading level={2} appearance="utrecht-heading-3">
              {m.subject}
            </Heading>
            <Paragraph className="sp-meta">
              {t('outbox.to')}: {m.to} &middot; {formatDateTime(m.createdAt, i18n.language)}
            </Paragraph>
            <MessageBody text={m.body} />
          </li>
        ))}
      </ol>
    </>
  );
}
