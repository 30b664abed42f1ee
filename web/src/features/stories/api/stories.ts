import { useQuery } from '@tanstack/react-query';
import { api, ok, type ApiItem, type ApiJson } from '../../../lib/api/client.ts';

export type StorySummary = ApiItem<'listStories'>;
export type Story = ApiJson<'getStory'>;
export type StoryKind = StorySummary['kind'];
export type StoryLanguage = 'nl' | 'en' | 'tr' | 'ar' | 'pl' | 'uk';

export const STORY_KINDS: readonly StoryKind[] = [
  'business_interview',
  'route_highlight',
  'wijk_event',
  'workshop',
  'volunteer_story',
  'podcast',
  'explainer_business',
  'explainer_civil_servant',
  'explainer_initiative',
];

/** The explainer kinds, one per audience, in the order /uitleg shows them. */
export const EXPLAINER_KINDS = ['explainer_business', 'explainer_civil_servant', 'explainer_initiative'] as const;

export interface StoryFilters {
  wijk?: string;
  route?: string;
  kind?: StoryKind;
  provider?: string;
  partner?: string;
  page?: number;
  pageSize?: number;
}

/** The reader's language as the stories API knows it; anything else reads Dutch. */
export const storyLanguage = (language: string): StoryLanguage =>
  (['nl', 'en', 'tr', 'ar', 'pl', 'uk'] as const).find((l) => language.startsWith(l)) ?? 'nl';

export function useStories(filters: StoryFilters, language: string) {
  const query = { ...filters, language: storyLanguage(language) };
  return useQuery({
    queryKey: ['stories', query],
    queryFn: ({ signal }) => ok(api.GET('/stories', { params: { query }, signal })),
  });
}

export function useStory(slug: string, language: string) {
  const lang = storyLanguage(language);
  return useQuery({
    queryKey: ['story', slug, lang],
    queryFn: ({ signal }) =>
      ok(api.GET('/stories/{slug}', { params: { path: { slug }, query: { language: lang } }, signal })),
  });
}

/** The Atom feed for what the reader is looking at: one route, one wijk, or the whole site. */
export function feedUrl(filters: { wijk?: string; route?: string }): string {
  if (filters.route) return `/api/v1/story-feeds/routes/${encodeURIComponent(filters.route)}`;
  if (filters.wijk) return `/api/v1/story-feeds/wijken/${encodeURIComponent(filters.wijk)}`;
  return '/api/v1/story-feeds/site';
}
