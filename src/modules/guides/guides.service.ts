import type { Db } from '../../db/database.ts';
import { DomainError, type InvalidParam } from '../../shared/errors.ts';
import { actorId, type Principal } from '../access/principal.ts';
import {
  GUIDE_LANGUAGES,
  GUIDE_PAGE_NAMES,
  GUIDE_SECTION_MAX_LENGTH,
  isGuideLanguage,
  isGuidePage,
  sectionsOf,
  type GuideLanguage,
  type GuidePageName,
} from './guide-pages.ts';
import { GuidesRepository, type GuideTextRow } from './guides.repository.ts';
import { guidesPolicy } from './guides.policy.ts';

/** A tag, a comment or an entity that spells one: the texts are plain, so none belongs in them. */
const HTML = /<\s*\/?\s*[a-z!?][^>]*>?|&(lt|#0*60|#x0*3c);/i;

/** One page's texts in every language, for the staff view and the public page. */
export interface GuidePageTexts {
  page: GuidePageName;
  /** language → section → row */
  rows: Map<GuideLanguage, Map<string, GuideTextRow>>;
}

/** Windows and old Mac line ends become \n; spaces at the ends go. */
const normalise = (text: string) => text.replace(/\r\n?/g, '\n').trim();

/** Every problem of an update at once: unknown page, language or section, an empty Dutch section, too long, HTML. */
export function guideUpdateProblems(page: string, language: string, sections: Record<string, string>): InvalidParam[] {
  const problems: InvalidParam[] = [];
  const field = (name: string, code: string, reason: string) => problems.push({ name, code, reason });
  const knownPage = isGuidePage(page);
  if (!knownPage) field('params.page', 'enum', `a page is one of ${GUIDE_PAGE_NAMES.join(', ')}`);
  if (!isGuideLanguage(language))
    field('params.language', 'enum', `a language is one of ${GUIDE_LANGUAGES.join(', ')}`);
  const known = knownPage ? sectionsOf(page) : [];
  for (const [key, text] of Object.entries(sections)) {
    const name = `body.sections.${key}`;
    if (knownPage && !known.includes(key)) {
      field(name, 'unknown', `this page has the sections ${known.join(', ')}`);
      continue;
    }
    if (normalise(text).length > GUIDE_SECTION_MAX_LENGTH)
      field(name, 'maxLength', `at most ${GUIDE_SECTION_MAX_LENGTH} characters`);
    if (HTML.test(text)) field(name, 'html', 'plain text only: no HTML; separate paragraphs with an empty line');
  }
  if (language === 'nl')
    for (const key of known)
      if (!sections[key]?.trim()) field(`body.sections.${key}`, 'required', 'every section needs a Dutch text');
  return problems;
}

/**
 * The guide pages: the wegwijzer and the festival guide. Everybody reads a page in their language,
 * with the Dutch text where a section is not translated; the pass organisation writes them. Dutch
 * is the source: a translation saved before its Dutch section last changed is possibly outdated.
 */
export class GuidesService {
  private readonly repo: GuidesRepository;

  constructor(db: Db) {
    this.repo = new GuidesRepository(db);
  }

  async read(principal: Principal, page: GuidePageName, language: GuideLanguage): Promise<GuidePageTexts> {
    guidesPolicy.authorize(principal, 'guide.read');
    const languages: GuideLanguage[] = language === 'nl' ? ['nl'] : ['nl', language];
    return { page, rows: byLanguage(await this.repo.texts(principal.tenantId, page, languages)) };
  }

  async listForStaff(principal: Principal): Promise<GuidePageTexts[]> {
    guidesPolicy.authorize(principal, 'guide.manage');
    return Promise.all(
      GUIDE_PAGE_NAMES.map(async (page) => ({
        page,
        rows: byLanguage(await this.repo.texts(principal.tenantId, page)),
      })),
    );
  }

  async update(principal: Principal, page: string, language: string, sections: Record<string, string>) {
    guidesPolicy.authorize(principal, 'guide.manage');
    const problems = guideUpdateProblems(page, language, sections);
    if (!isGuidePage(page) || !isGuideLanguage(language)) throw invalid(problems);
    const texts = Object.fromEntries(
      Object.entries(sections)
        .map(([key, text]) => [key, normalise(text)] as const)
        .filter(([, text]) => text !== ''),
    );
    const by = actorId(principal);
    if (language === 'nl') {
      if (problems.length > 0) throw invalid(problems);
      await this.repo.saveDutch(principal.tenantId, page, texts, by);
    } else {
      // A translation translates something: a section without Dutch text cannot have one.
      const dutch = byLanguage(await this.repo.texts(principal.tenantId, page, ['nl'])).get('nl');
      for (const key of Object.keys(texts))
        if (sectionsOf(page).includes(key) && !dutch?.has(key))
          problems.push({ name: `body.sections.${key}`, code: 'no-dutch', reason: 'write the Dutch text first' });
      if (problems.length > 0) throw invalid(problems);
      await this.repo.saveTranslation(principal.tenantId, page, language, texts, by);
    }
    return { page, rows: byLanguage(await this.repo.texts(principal.tenantId, page)) };
  }
}

const invalid = (problems: InvalidParam[]) =>
  new DomainError('invalid-input', `${problems.length} field(s) are invalid; see invalidParams.`, problems);

function byLanguage(rows: GuideTextRow[]) {
  const result = new Map<GuideLanguage, Map<string, GuideTextRow>>();
  for (const row of rows) {
    const sections = result.get(row.language) ?? new Map<string, GuideTextRow>();
    sections.set(row.section, row);
    result.set(row.language, sections);
  }
  return result;
}
