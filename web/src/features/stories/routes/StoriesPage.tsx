import { FormField, FormLabel, Heading, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { Pager } from '../../../components/Pager.tsx';
import { useRoutes, useWijken } from '../../../lib/lookups.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useSearchParamSetter } from '../../../lib/use-search-param-setter.ts';
import { feedUrl, STORY_KINDS, useStories, type StoryKind } from '../api/stories.ts';
import { StoryCard } from '../components/StoryCard.tsx';
import '../stories.css';

/** "Verhalen": the newest stories about the pass, filtered by wijk, route and kind, with a feed for each. */
export default function StoriesPage() {
  const { t, i18n } = useTranslation('stories');
  usePageTitle(t('list.title'));
  const [params, set] = useSearchParamSetter();
  const filters = {
    wijk: params.get('wijk') ?? undefined,
    route: params.get('route') ?? undefined,
    kind: (params.get('soort') as StoryKind | null) ?? undefined,
    page: Number(params.get('pagina') ?? '1') || 1,
  };
  const stories = useStories(filters, i18n.language);
  const routes = useRoutes();
  const wijken = useWijken();

  return (
    <div className="sp-stories">
      <Heading level={1}>{t('list.title')}</Heading>
      <Paragraph appearance="lead">{t('list.intro')}</Paragraph>
      <form aria-label={t('list.filters')} className="sp-stories__filters" onSubmit={(e) => e.preventDefault()}>
        <FormField>
          <FormLabel htmlFor="story-wijk">{t('list.wijk')}</FormLabel>
          <Select
            id="story-wijk"
            value={filters.wijk ?? ''}
            onChange={(e) => {
              set('pagina', undefined);
              set('wijk', e.target.value || undefined);
            }}
          >
            <SelectOption value="">{t('list.allWijken')}</SelectOption>
            {wijken.data?.items.map((w) => (
              <SelectOption key={w.code} value={w.code}>
                {w.name}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor="story-route">{t('list.route')}</FormLabel>
          <Select
            id="story-route"
            value={filters.route ?? ''}
            onChange={(e) => {
              set('pagina', undefined);
              set('route', e.target.value || undefined);
            }}
          >
            <SelectOption value="">{t('list.allRoutes')}</SelectOption>
            {routes.data?.items.map((r) => (
              <SelectOption key={r.slug} value={r.slug}>
                {r.name}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor="story-kind">{t('list.kind')}</FormLabel>
          <Select
            id="story-kind"
            value={filters.kind ?? ''}
            onChange={(e) => {
              set('pagina', undefined);
              set('soort', e.target.value || undefined);
            }}
          >
            <SelectOption value="">{t('list.allKinds')}</SelectOption>
            {STORY_KINDS.map((kind) => (
              <SelectOption key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      </form>
      <Paragraph>
        <a href={feedUrl(filters)} className="utrecht-link" type="application/atom+xml">
          {t('list.feed')}
        </a>
      </Paragraph>
      {stories.isPending ? (
        <Loading />
      ) : stories.isError ? (
        <ErrorMessage error={stories.error} />
      ) : (
        <section aria-labelledby="story-results">
          <Heading level={2} id="story-results">
            {t('list.results', { count: stories.data.page.totalItems })}
          </Heading>
          {stories.data.items.length === 0 ? (
            <Paragraph>{t('list.none')}</Paragraph>
          ) : (
            <ul className="sp-story-list">
              {stories.data.items.map((story) => (
                <StoryCard key={story.id} story={story} headingLevel={3} />
              ))}
            </ul>
          )}
          <Pager
            page={stories.data.page}
            label={t('list.pages')}
            onChange={(page) => set('pagina', page > 1 ? String(page) : undefined)}
          />
        </section>
      )}
    </div>
  );
}
