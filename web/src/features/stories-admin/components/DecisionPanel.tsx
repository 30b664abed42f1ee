import { useState } from 'react';
import { Button, Heading, Paragraph, Textarea, Textbox } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Field } from '../../../components/Field.tsx';
import { hasPermission, useSession } from '../../../lib/session.ts';
import { useDecideStory, type AdminStory, type StoryDecision } from '../api/stories-admin.ts';

/**
 * What can happen to the story now, for who may do it: an editor sends a draft for review; a
 * chief editor publishes, schedules, sends back with a comment, or withdraws.
 */
export function DecisionPanel({ story }: { story: AdminStory }) {
  const { t } = useTranslation('stories-admin');
  const session = useSession();
  const decide = useDecideStory(story.id);
  const [publishAt, setPublishAt] = useState('');
  const [comment, setComment] = useState('');
  const mayPublish = hasPermission(session.data, 'stories.publish');
  const act = (action: StoryDecision['action'], extra: Partial<StoryDecision> = {}) =>
    decide.mutate({ action, version: story.version, ...extra });
  const reviewable = story.status === 'in_review' || story.status === 'scheduled';

  return (
    <section aria-labelledby="story-decisions">
      <Heading level={2} id="story-decisions">
        {t('decide.title')}
      </Heading>
      {story.reviewComment && story.status === 'draft' && (
        <Paragraph>{t('decide.comment', { comment: story.reviewComment })}</Paragraph>
      )}
      {story.status === 'draft' && (
        <Button appearance="primary-action-button" onClick={() => act('submit')} disabled={decide.isPending}>
          {t('decide.submit')}
        </Button>
      )}
      {mayPublish && reviewable && (
        <>
          <Button appearance="primary-action-button" onClick={() => act('publish')} disabled={decide.isPending}>
            {t('decide.publish')}
          </Button>
          <Field id="story-publish-at" label={t('decide.publishAt')} hint={t('decide.publishAtHint')}>
            <Textbox
              id="story-publish-at"
              type="datetime-local"
              step={1}
              value={publishAt}
              aria-describedby="story-publish-at-hint"
              onChange={(e) => setPublishAt(e.target.value)}
            />
          </Field>
          <Button
            appearance="secondary-action-button"
            disabled={decide.isPending || !publishAt}
            onClick={() => act('schedule', { publishAt: new Date(publishAt).toISOString() })}
          >
            {t('decide.schedule')}
          </Button>
          <Field id="story-comment" label={t('decide.commentLabel')}>
            <Textarea id="story-comment" value={comment} rows={3} onChange={(e) => setComment(e.target.value)} />
          </Field>
          <Button
            appearance="secondary-action-button"
            disabled={decide.isPending || !comment.trim()}
            onClick={() => act('send_back', { comment })}
          >
            {t('decide.sendBack')}
          </Button>
        </>
      )}
      {mayPublish && (story.status === 'published' || story.status === 'scheduled') && (
        <Button appearance="secondary-action-button" onClick={() => act('withdraw')} disabled={decide.isPending}>
          {t('decide.withdraw')}
        </Button>
      )}
      {decide.isError && <ErrorMessage error={decide.error} />}
    </section>
  );
}
