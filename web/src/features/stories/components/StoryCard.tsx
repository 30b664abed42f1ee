import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { formatDate } from '../../../lib/format.ts';
import type { StorySummary } from '../api/stories.ts';
import { StoryPhoto } from './StoryPhoto.tsx';

/** One story in a list: its kind, title (a link to it), date, lead, and its photo when it has one. */
export function StoryCard({ story, headingLevel = 2 }: { story: StorySummary; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation('stories');
  return (
    <li className="sp-story-card" lang={story.language === 'nl' ? 'nl' : undefined}>
      <StoryPhoto story={story} className="sp-story-card__photo" lazy />
      <Paragraph className="sp-story-card__meta">
        {t(`kind.${story.kind}`)} ·{' '}
        <time dateTime={story.publishedAt}>{formatDate(story.publishedAt, i18n.language)}</time>
      </Paragraph>
      <Heading level={headingLevel}>
        <RouterLink to={`/verhalen/${story.slug}`}>{story.title}</RouterLink>
      </Heading>
      <Paragraph>{story.lead}</Paragraph>
    </li>
  );
}
