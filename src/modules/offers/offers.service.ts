import { DomainError } from '../../shared/errors.ts';
import type { Principal } from '../access/principal.ts';
import { todayInNetherlands } from './catalogue-date.ts';
import type { OffersRepository } from './offers.repository.ts';
import { offersPolicy } from './offers.policy.ts';

export interface CatalogueQuery {
  q?: string | undefined;
  route?: string | undefined;
  wijk?: string | undefined;
  category?: string | undefined;
  targetGroup?: string | undefined;
  page: number;
  pageSize: number;
}

const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 50;

/**
 * The words of a search, lower-cased, reduced to letters and digits: punctuation, quotes and
 * text-search operators fall away, so nothing a visitor types can change the query's shape.
 */
export function searchTerms(q: string | undefined): string[] {
  const words = (q ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.map((word) => word.slice(0, MAX_TERM_LENGTH)))].slice(0, MAX_TERMS);
}

/** The public catalogue: anyone may read it, including visitors who are not logged in. */
export class OffersService {
  constructor(
    private readonly repo: OffersRepository,
    private readonly today: () => string = () => todayInNetherlands(),
  ) {}

  async listOffers(principal: Principal, query: CatalogueQuery) {
    offersPolicy.authorize(principal, 'catalogue.read');
    const { tenantId } = principal;
    const filter = {
      terms: searchTerms(query.q),
      route: query.route,
      wijk: query.wijk,
      category: query.category,
      targetGroup: query.targetGroup,
    };
    const { rows, totalItems } = await this.repo.listVisible(
      tenantId,
      this.today(),
      filter,
      query.pageSize,
      (query.page - 1) * query.pageSize,
    );
    const ids = rows.map((row) => row.id);
    const [routes, wijken] = await Promise.all([
      this.repo.routesOfOffers(tenantId, ids),
      this.repo.wijkenOfOffers(tenantId, ids),
    ]);
    return { rows, routes, wijken, totalItems };
  }

  async getOffer(principal: Principal, offerId: string) {
    offersPolicy.authorize(principal, 'catalogue.read');
    const offer = await this.repo.findPublished(principal.tenantId, offerId);
    if (!offer) throw new DomainError('offer-not-found', `There is no published offer with id ${offerId}.`);
    return offer;
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
