import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { formatDate } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { Markdown } from '../../../components/Markdown.tsx';
import { useStory } from '../api/stories.ts';
import { StoryPhoto } from '../components/StoryPhoto.tsx';
import '../stories.css';

/** One story: its kind and date, the lead, the photo, the text, and what it is about. */
export default function StoryPage() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation('stories');
  const story = useStory(slug, i18n.language);
  usePageTitle(story.data?.title ?? t('story.title'));
  const back = (
    <Paragraph>
      <RouterLink to="/verhalen">{t('story.back')}</RouterLink>
    </Paragraph>
  );
  if (story.isPending || story.isError)
    return (
      <>
        <Heading level={1}>{t('story.title')}</Heading>
        {story.isPending ? <Loading /> : <ErrorMessage error={story.error} />}
        {back}
      </>
    );
  const s = story.data;
  // The text is in Dutch when there is no translation: say so in the reader's language, and mark the text as Dutch.
  const lang = s.language === i18n.language.slice(0, 2) ? undefined : s.language;
  return (
    <article className="sp-stories sp-story">
      {back}
      <Paragraph className="sp-story-card__meta">
        {t(`kind.${s.kind}`)} · <time dateTime={s.publishedAt}>{formatDate(s.publishedAt, i18n.language)}</time>
        {s.submittedBy && <> · {t('story.by', { name: s.submittedBy })}</>}
      </Paragraph>
      {!s.translated && <Paragraph className="sp-story__notice">{t('story.notTranslated')}</Paragraph>}
      <div lang={lang}>
        <Heading level={1}>{s.title}</Heading>
        <Paragraph appearance="lead">{s.lead}</Paragraph>
        <StoryPhoto story={s} className="sp-story__photo" />
        {s.audio && (
          <section aria-labelledby="story-listen" className="sp-story__audio">
            <Heading level={2} id="story-listen">
              {t('story.listen')}
            </Heading>
            {/* The browser's own player: every control works with the keyboard (Tab, Space, arrows). */}
            <audio controls preload="metadata" src={s.audio.url} aria-labelledby="story-listen">
              <a href={s.audio.url}>{t('story.download')}</a>
            </audio>
            <Paragraph>
              {t('story.duration', {
                minutes: Math.floor(s.audio.durationSeconds / 60),
                seconds: s.audio.durationSeconds % 60,
              })}{' '}
              · <a href={s.audio.url}>{t('story.download')}</a>
            </Paragraph>
          </section>
        )}
        {s.bodyMarkdown && <Markdown text={s.bodyMarkdown} headingLevel={2} />}
      </div>
      {s.transcriptMarkdown && (
        <section aria-labelledby="story-transcript">
          <Heading level={2} id="story-transcript">
            {t('story.transcript')}
          </Heading>
          <div lang="nl">
            <Markdown text={s.transcriptMarkdown} headingLevel={3} />
          </div>
        </section>
      )}
      {s.kind === 'podcast' && (
        <Paragraph>
          <a href="/api/v1/story-feeds/podcast">{t('story.podcastFeed')}</a>
        </Paragraph>
      )}
      {s.links.length > 0 && (
        <section aria-labelledby="story-about">
          <Heading level={2} id="story-about">
            {t('story.about')}
          </Heading>
          <ul>
            {s.links.map((link) => (
              <li key={`${link.kind}:${link.target}`}>
                {t(`linkKind.${link.kind}`)}:{' '}
                {link.path ? <RouterLink to={link.path}>{link.label}</RouterLink> : link.label}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
