import { DomainError, type InvalidParam } from '../../shared/errors.ts';
import type { Principal } from '../access/principal.ts';
import { todayInNetherlands } from './catalogue-date.ts';
import type { CatalogueFilter, CatalogueSearchRepository, FacetCount } from './catalogue-search.repository.ts';
import type { CatalogueWordsRepository, SearchTerm } from './catalogue-words.repository.ts';
import { RecentAnswers } from './recent-answers.ts';
import type { OffersRepository } from './offers.repository.ts';
import { offersPolicy } from './offers.policy.ts';
import { dutchClock, type DutchClock } from './valid-hours.ts';
import type { CatalogueMoment } from './offers.presenter.ts';

export interface CatalogueQuery {
  q?: string | undefined;
  route?: string | undefined;
  wijk?: string | undefined;
  category?: string | undefined;
  targetGroup?: string | undefined;
  free?: boolean | undefined;
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
  near?: string | undefined;
  validNow?: boolean | undefined;
  page: number;
  pageSize: number;
}

const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 50;

/**
 * The words of a search, lower-cased, reduced to letters and digits: punctuation, quotes and
 * text-search operators fall away, so nothing a visitor types can change the query's shape.
 */
export function searchTerms(q: string | undefined): SearchTerm[] {
  const words = (q ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.map((word) => word.slice(0, MAX_TERM_LENGTH)))]
    .slice(0, MAX_TERMS)
    .map((word) => ({ word, folded: foldAccents(word) }));
}

/** "café" → "cafe": the same folding as PostgreSQL's unaccent, for the trigram side of the search. */
export function foldAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

const clockFilter = (clock: DutchClock) => ({
  weekday: clock.weekday,
  time: `${String(Math.floor(clock.minute / 60)).padStart(2, '0')}:${String(clock.minute % 60).padStart(2, '0')}`,
});

/** The public catalogue: anyone may read it, including visitors who are not logged in. */
export class OffersService {
  /**
   * Facet counts over at least 1,000 offers (decision 0022): browsing without words counts every
   * offer, which costs more than the page. Smaller counts are cheap, and exact at every request,
   * so a test or a small city never sees stale figures.
   */
  private readonly facetCounts = new RecentAnswers<{ total: number; keys: FacetCount[] }>({
    keep: (facets) => facets.total >= 1_000,
  });
  /** Wijk centres; only found ones, so a new wijk is found at once. */
  private readonly wijkCentres = new RecentAnswers<{ x: number; y: number } | undefined>({
    keep: (centre) => centre !== undefined,
  });

  constructor(
    private readonly repo: OffersRepository,
    private readonly search: CatalogueSearchRepository,
    private readonly words: CatalogueWordsRepository,
    private readonly today: () => string = () => todayInNetherlands(),
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** One page of the catalogue with the facet counts of everything that matches. */
  async listOffers(principal: Principal, query: CatalogueQuery) {
    offersPolicy.authorize(principal, 'catalogue.read');
    const { tenantId } = principal;
    const today = this.today();
    const exact = await this.filterOf(tenantId, query);
    const search = (filter: CatalogueFilter) =>
      Promise.all([
        this.search.page(tenantId, today, filter, query.pageSize, (query.page - 1) * query.pageSize),
        this.facetCounts.get(`${tenantId}|${today}|${JSON.stringify(filter)}`, () =>
          this.search.facets(tenantId, today, filter),
        ),
      ]);
    // A word that is inside no word of the catalogue is most likely a typo: its close words are
    // looked up while the search runs, and used only if the search finds nothing.
    const likelyTypo = exact.terms.some((term) => term.insideWords?.length === 0);
    const closeSpellings = likelyTypo ? this.withCloseSpellings(tenantId, exact) : undefined;
    closeSpellings?.catch(() => undefined); // awaited below when needed, which still throws
    let [rows, facets] = await search(exact);
    // Nothing spelt like this: then the catalogue's close words stand in for the words (a typo).
    // Only then, because a visitor who spelt a word right wants those offers, not its neighbours.
    if (facets.total === 0 && exact.terms.length > 0) {
      const corrected = await (closeSpellings ?? this.withCloseSpellings(tenantId, exact));
      if (corrected) [rows, facets] = await search(corrected);
    }
    return { rows, totalItems: facets.total, facets: facets.keys, moment: this.moment() };
  }

  /**
   * The filter with close words standing in for each word (a word with none keeps itself); none
   * when no word has a close spelling, for then the answer stays "nothing found".
   */
  private async withCloseSpellings(tenantId: string, filter: CatalogueFilter): Promise<CatalogueFilter | undefined> {
    const spellings = await Promise.all(filter.terms.map((term) => this.words.closeSpellings(tenantId, term)));
    if (spellings.every((words) => words.length === 0)) return undefined;
    const terms = filter.terms.map((term, i) => ({
      ...term,
      spellings: [...new Set([term.folded, ...spellings[i]!])],
    }));
    return { ...filter, terms: await this.words.withInsideWords(tenantId, terms) };
  }

  /** Checks the query as a whole (every problem at once) and turns it into a search filter. */
  private async filterOf(tenantId: string, query: CatalogueQuery): Promise<CatalogueFilter> {
    const problems: InvalidParam[] = [];
    if (query.dateFrom && query.dateTo && query.dateFrom > query.dateTo)
      problems.push({ name: 'query.dateTo', code: 'before-date-from', reason: 'dateTo must not be before dateFrom' });
    const nearCode = query.near;
    const [near, terms] = await Promise.all([
      nearCode
        ? this.wijkCentres.get(`${tenantId}|${nearCode}`, () => this.search.wijkCentre(tenantId, nearCode))
        : undefined,
      this.words
        .meaningfulTerms(searchTerms(query.q))
        .then((meaningful) => this.words.withInsideWords(tenantId, meaningful)),
    ]);
    if (query.near && !near)
      problems.push({ name: 'query.near', code: 'unknown-wijk', reason: `there is no wijk ${query.near}` });
    if (problems.length > 0)
      throw new DomainError('invalid-input', 'This search cannot be run; see invalidParams.', problems);
    return {
      terms,
      route: query.route,
      wijk: query.wijk,
      category: query.category,
      targetGroup: query.targetGroup,
      free: query.free,
      dateFrom: query.dateFrom,
      dateTo: query.dateTo,
      near,
      validAt: query.validNow ? clockFilter(dutchClock(this.now())) : undefined,
    };
  }

  async getOffer(principal: Principal, offerId: string) {
    offersPolicy.authorize(principal, 'catalogue.read');
    const offer = await this.repo.findPublished(principal.tenantId, offerId);
    if (!offer) throw new DomainError('offer-not-found', `There is no published offer with id ${offerId}.`);
    return { offer, moment: this.moment() };
  }

  /** Now, as the catalogue's "valid now" needs it. */
  private moment(): CatalogueMoment {
    return { today: this.today(), clock: dutchClock(this.now()) };
  }

  listRoutes(principal: Principal) {
    offersPolicy.authorize(principal, 'catalogue.read');
    return this.repo.listRoutes(principal.tenantId, this.today());
  }

  listCategories(principal: Principal) {
    offersPolicy.authorize(principal, 'catalogue.read');
    return this.repo.listCategories(principal.tenantId);
  }
}
