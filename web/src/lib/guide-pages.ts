import { useQuery } from '@tanstack/react-query';
import { api, ok, type ApiJson } from './api/client.ts';
import type { operations } from './api/schema';

/**
 * The guide pages the pass organisation writes (the wegwijzer, the festival guide): the texts of
 * their sections in the reader's language, Dutch where a section is not translated.
 */
export type GuidePageName = operations['getGuidePage']['parameters']['path']['page'];
export type GuideSection = ApiJson<'getGuidePage'>['sections'][number];
export type GuideLanguage = GuideSection['language'];

const LANGUAGES: readonly GuideLanguage[] = ['nl', 'en', 'tr', 'ar', 'pl', 'uk'];

/** The reader's language as the guide pages know it; anything else reads Dutch. */
export const guideLanguage = (language: string): GuideLanguage => LANGUAGES.find((l) => language.startsWith(l)) ?? 'nl';

export function useGuidePage(page: GuidePageName, language: string) {
  const lang = guideLanguage(language);
  return useQuery({
    queryKey: ['guide-page', page, lang],
    queryFn: ({ signal }) =>
      ok(api.GET('/guide-pages/{page}', { params: { path: { page }, query: { language: lang } }, signal })),
  });
}
