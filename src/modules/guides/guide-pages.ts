/**
 * The pages the pass organisation edits, and their fixed sections (decision 0053). A page's
 * layout (headings, links, the offers per wijk, the festival list) is the web app's; the texts of
 * its sections are the pass organisation's. Adding a section is a change here and in the web page.
 */
export const GUIDE_PAGES = {
  /** The wegwijzer for new residents (seed 000 §8B, condition 2). */
  wegwijzer: ['intro', 'whatIsThePass', 'howToGetIt', 'whereToFindHelp'],
  /** The festival guide: the pass's role at city events (seed 000 §7B, advies 5; §8B, condition 5). */
  festivalgids: ['intro', 'roleAtCityEvents', 'atTheFestival', 'forOrganisers'],
} as const;

export type GuidePageName = keyof typeof GUIDE_PAGES;
export const GUIDE_PAGE_NAMES = Object.keys(GUIDE_PAGES) as GuidePageName[];

/** Dutch first: it is the source every other language translates and falls back to. */
export const GUIDE_LANGUAGES = ['nl', 'en', 'tr', 'ar', 'pl', 'uk'] as const;
export type GuideLanguage = (typeof GUIDE_LANGUAGES)[number];

/** Plain text: paragraphs separated by an empty line. */
export const GUIDE_SECTION_MAX_LENGTH = 3000;

export const isGuidePage = (page: string): page is GuidePageName => Object.hasOwn(GUIDE_PAGES, page);
export const isGuideLanguage = (language: string): language is GuideLanguage =>
  (GUIDE_LANGUAGES as readonly string[]).includes(language);
export const sectionsOf = (page: GuidePageName): readonly string[] => GUIDE_PAGES[page];
