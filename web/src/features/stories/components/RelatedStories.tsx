import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { useNamespaces } from '../../../lib/use-namespaces.ts';
import { useStories, type StoryFilters } from '../api/stories.ts';
import { StoryCard } from './StoryCard.tsx';
import '../stories.css';

/**
 * The stories about one route, wijk, provider or partner, on that page: nothing at all when there
 * are none, so a page without stories does not show an empty heading.
 */
export function RelatedStories({ filter }: { filter: Omit<StoryFilters, 'page' | 'pageSize' | 'kind'> }) {
  useNamespaces(['stories']);
  const { t, i18n } = useTranslation('stories');
  const stories = useStories({ ...filter, pageSize: 3 }, i18n.language);
  if (!stories.data || stories.data.items.length === 0) return null;
  const query = new URLSearchParams(filter.route ? { route: filter.route } : filter.wijk ? { wijk: filter.wijk } : {});
  return (
    <section aria-labelledby="related-stories" className="sp-stories">
      <Heading level={2} id="related-stories">
        {t('related.title')}
      </Heading>
      <ul className="sp-story-list">
        {stories.data.items.map((story) => (
          <StoryCard key={story.id} story={story} headingLevel={3} />
        ))}
      </ul>
      {stories.data.page.totalItems > stories.data.items.length && (
        <Paragraph>
          <RouterLink to={`/verhalen${query.size ? `?${query}` : ''}`}>{t('related.more')}</RouterLink>
        </Paragraph>
      )}
    </section>
  );
}
