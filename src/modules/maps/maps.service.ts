import type { Static } from '@sinclair/typebox';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../shared/errors.ts';
import type { Principal } from '../access/principal.ts';
import { ActionBudgetService } from '../action-budget/action-budget.service.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { mapsPolicy } from './maps.policy.ts';
import { presentAreas, presentLocations, presentWijkPage } from './maps.presenter.ts';
import type { MapsRepository } from './maps.repository.ts';
import type { AreaCollection } from './maps.schemas.ts';
import { slugify } from './reproject.ts';

/**
 * The wijkkaart: boundaries of wijken and buurten and where the offers are, in WGS84; and a page
 * per wijk. The CBS geometry does not change while the server runs, so it is reprojected once per
 * municipality and kept (docs/decisions/0020).
 */
export class MapsService {
  private readonly areasCache = new Map<string, Promise<Static<typeof AreaCollection>>>();

  constructor(
    private readonly repo: MapsRepository,
    db: Db,
    private readonly today: () => string = () => todayInNetherlands(),
    private readonly actionBudget = new ActionBudgetService(db),
  ) {}

  areas(principal: Principal) {
    mapsPolicy.authorize(principal, 'maps.read');
    const { tenantId } = principal;
    let cached = this.areasCache.get(tenantId);
    if (!cached) {
      cached = Promise.all([this.repo.wijken(tenantId), this.repo.buurten(tenantId)]).then(([w, b]) =>
        presentAreas(w, b),
      );
      // A failed read is not kept: the next request tries again.
      cached.catch(() => this.areasCache.delete(tenantId));
      this.areasCache.set(tenantId, cached);
    }
    return cached;
  }

  async locations(principal: Principal, filter: { route?: string | undefined; wijk?: string | undefined }) {
    mapsPolicy.authorize(principal, 'maps.read');
    return presentLocations(await this.repo.offerLocations(principal.tenantId, this.today(), filter));
  }

  async wijkPage(principal: Principal, slug: string) {
    mapsPolicy.authorize(principal, 'maps.read');
    const { tenantId } = principal;
    const wijk = (await this.repo.wijken(tenantId)).find((w) => slugify(w.name) === slug);
    if (!wijk) throw notFound(`Wijk ${slug}`);
    const [buurten, centres, funded] = await Promise.all([
      this.repo.buurten(tenantId),
      this.repo.communityCentres(tenantId, wijk.code),
      this.actionBudget.fundedInWijk(principal, wijk.code),
    ]);
    return presentWijkPage({ wijk, buurten: buurten.filter((b) => b.wijk_code === wijk.code), centres, funded });
  }
}
