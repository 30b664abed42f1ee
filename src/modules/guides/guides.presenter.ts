import type { Static } from '@sinclair/typebox';
import { GUIDE_LANGUAGES, sectionsOf, type GuideLanguage } from './guide-pages.ts';
import type { AdminGuidePage, PublicGuidePage } from './guides.schemas.ts';
import type { GuidePageTexts } from './guides.service.ts';

/** The page in one language: each section in that language, or in Dutch and flagged as such. */
export function presentPublicGuidePage(texts: GuidePageTexts, language: GuideLanguage): Static<typeof PublicGuidePage> {
  const own = texts.rows.get(language);
  const dutch = texts.rows.get('nl');
  return {
    page: texts.page,
    language,
    sections: sectionsOf(texts.page).map((key) => {
      const translated = own?.get(key);
      if (translated) return { key, text: translated.body, language, fallback: false };
      return { key, text: dutch?.get(key)?.body ?? null, language: 'nl', fallback: language !== 'nl' };
    }),
  };
}

/** The staff view: every language, each section current, missing or possibly outdated. */
export function presentAdminGuidePage(texts: GuidePageTexts): Static<typeof AdminGuidePage> {
  const dutch = texts.rows.get('nl');
  const keys = sectionsOf(texts.page);
  return {
    page: texts.page,
    sectionKeys: [...keys],
    languages: GUIDE_LANGUAGES.map((language) => {
      const sections = keys.map((key) => {
        const row = texts.rows.get(language)?.get(key);
        const source = dutch?.get(key);
        const outdated =
          !!row && !!source && language !== 'nl' && (!row.dutch_updated_at || source.updated_at > row.dutch_updated_at);
        return {
          key,
          text: row?.body ?? null,
          status: !row ? ('missing' as const) : outdated ? ('outdated' as const) : ('current' as const),
          updatedAt: row ? row.updated_at.toISOString() : null,
          updatedBy: row ? (row.updated_by_name ?? row.updated_by) : null,
        };
      });
      return {
        language,
        sections,
        missing: sections.filter((s) => s.status === 'missing').length,
        outdated: sections.filter((s) => s.status === 'outdated').length,
      };
    }),
  };
}
