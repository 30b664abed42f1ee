import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useAdminStory, useSaveStory } from '../api/stories-admin.ts';
import { ImageManager } from '../../../components/ImageManager.tsx';
import { AudioManager } from '../components/AudioManager.tsx';
import { DecisionPanel } from '../components/DecisionPanel.tsx';
import { StoryForm } from '../components/StoryForm.tsx';

/** A new story (a draft), or an existing one: its text, and what can happen to it now. */
export default function StoryEditPage() {
  const { storyId } = useParams();
  const { t, i18n } = useTranslation('stories-admin');
  const navigate = useNavigate();
  const story = useAdminStory(storyId);
  const save = useSaveStory(story.data);
  const title = storyId ? (story.data?.title ?? t('edit.title')) : t('edit.newTitle');
  usePageTitle(title);
  const back = (
    <Paragraph>
      <RouterLink to="/beheer/verhalen">{t('edit.back')}</RouterLink>
    </Paragraph>
  );
  if (storyId && (story.isPending || story.isError))
    return (
      <>
        <Heading level={1}>{t('edit.title')}</Heading>
        {story.isPending ? <Loading /> : <ErrorMessage error={story.error} />}
        {back}
      </>
    );
  const s = story.data;
  return (
    <>
      {back}
      <Heading level={1}>{title}</Heading>
      {s && (
        <Paragraph>
          {t('edit.status', { status: t(`status.${s.status}`) })}
          {s.publishAt && <> · {formatDateTime(s.publishAt, i18n.language)}</>}
          {s.submittedByName && <> · {t('edit.from', { name: s.submittedByName })}</>}{' '}
          {s.status === 'published' && <RouterLink to={`/verhalen/${s.slug}`}>{t('edit.view')}</RouterLink>}
        </Paragraph>
      )}
      {save.isSuccess && (
        <Alert type="ok" role="status">
          <Paragraph>{t('edit.saved')}</Paragraph>
        </Alert>
      )}
      {s && <DecisionPanel story={s} />}
      <StoryForm
        key={s ? `${s.id}:${s.version}` : 'new'}
        story={s}
        saving={save.isPending}
        error={save.error}
        onSave={(input) =>
          save.mutate(input, {
            onSuccess: (saved) => {
              if (!storyId) void navigate(`/beheer/verhalen/${saved.id}`);
            },
          })
        }
      />
      {s && (
        <ImageManager
          purpose="story"
          ownerId={s.id}
          texts={{
            legend: t('photos.legend'),
            hint: t('photos.hint'),
            file: t('photos.file'),
            alt: t('photos.alt'),
            upload: t('photos.upload'),
            remove: (alt) => t('photos.remove', { alt }),
            none: t('photos.none'),
            tooLarge: t('photos.tooLarge'),
            uploaded: t('photos.uploaded'),
          }}
        />
      )}
      {s?.kind === 'podcast' && <AudioManager story={s} />}
    </>
  );
}
