import { useState } from 'react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useModerate, useModerationQueue } from '../api/volunteering-admin.ts';
import { TextField } from './Fields.tsx';

/** Help requests waiting for moderation, without who asked them: show, or not with a reason. */
export function ModerationQueue() {
  const { t } = useTranslation('volunteering-admin');
  const queue = useModerationQueue();
  const moderate = useModerate();
  const [reasons, setReasons] = useState<Record<string, string>>({});
  return (
    <section aria-labelledby="moderation">
      <Heading level={2} id="moderation">
        {t('moderation.title')}
      </Heading>
      <Paragraph>{t('moderation.intro')}</Paragraph>
      {queue.data && queue.data.items.length === 0 && <Paragraph>{t('moderation.empty')}</Paragraph>}
      <ul className="sp-volunteering__list">
        {queue.data?.items.map((h) => (
          <li key={h.id} className="sp-volunteering__card">
            <Heading level={3}>{h.title}</Heading>
            <Paragraph>{h.description}</Paragraph>
            <Paragraph>
              {h.wijk.name} · {h.interest}
            </Paragraph>
            <Button appearance="primary-action-button" onClick={() => moderate.mutate({ id: h.id, approve: true })}>
              {t('moderation.approve', { title: h.title })}
            </Button>
            <TextField
              id={`reason-${h.id}`}
              label={t('moderation.reason')}
              value={reasons[h.id] ?? ''}
              onChange={(v) => setReasons((r) => ({ ...r, [h.id]: v }))}
            />
            <Button
              appearance="secondary-action-button"
              onClick={() => moderate.mutate({ id: h.id, approve: false, reason: reasons[h.id] ?? '' })}
            >
              {t('moderation.reject')}
            </Button>
          </li>
        ))}
      </ul>
      {moderate.isError && <ErrorMessage error={moderate.error} />}
    </section>
  );
}
