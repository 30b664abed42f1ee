import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/**
 * Reads for the public showcase: providers, their locations and catalogue offers (published, not
 * ended). Those tables belong to the providers and offers modules; this module only reads them.
 */
export class ShowcaseRepository {
  constructor(private readonly db: Db) {}

  private currentOffers(tenantId: string, today: string) {
    return this.db
      .selectFrom('offers as o')
      .where('o.tenant_id', '=', tenantId)
      .where('o.status', '=', 'published')
      .where('o.valid_from', '<=', today)
      .where('o.valid_until', '>=', today);
  }

  findProvider(tenantId: string, providerId: string) {
    return this.db
      .selectFrom('providers')
      .select(['id', 'name', 'kind', 'description', 'website', 'created_at'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', providerId)
      .executeTakeFirst();
  }

  offersOf(tenantId: string, providerId: string, today: string) {
    return this.currentOffers(tenantId, today)
      .select(['o.id', 'o.title', 'o.summary', 'o.price_type'])
      .where('o.provider_id', '=', providerId)
      .orderBy('o.title')
      .limit(100)
      .execute();
  }

  locationsOf(tenantId: string, providerId: string) {
    return this.db
      .selectFrom('locations as l')
      .innerJoin('wijken as w', (join) =>
        join.onRef('w.tenant_id', '=', 'l.tenant_id').onRef('w.code', '=', 'l.wijk_code'),
      )
      .select(['l.id', 'l.name', 'l.street', 'l.postcode', 'l.city', 'w.code as wijk_code', 'w.name as wijk_name'])
      .where('l.tenant_id', '=', tenantId)
      .where('l.provider_id', '=', providerId)
      .orderBy('l.name')
      .execute();
  }

  routesOf(tenantId: string, offerIds: string[]) {
    if (offerIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('offer_routes as orr')
      .innerJoin('routes as r', (join) =>
        join.onRef('r.tenant_id', '=', 'orr.tenant_id').onRef('r.id', '=', 'orr.route_id'),
      )
      .select(['r.slug', 'r.name'])
      .distinct()
      .where('orr.tenant_id', '=', tenantId)
      .where('orr.offer_id', 'in', offerIds)
      .where('r.is_active', '=', true)
      .orderBy('r.name')
      .execute();
  }

  /** Providers that joined since `since` and have a current offer, newest first. */
  newProviders(tenantId: string, since: Date, today: string, limit: number) {
    return this.db
      .selectFrom('providers as p')
      .select(['p.id', 'p.name', 'p.kind', 'p.description', 'p.created_at'])
      .select((eb) =>
        eb
          .selectFrom('offers as o')
          .select((inner) => inner.fn.countAll<number>().as('n'))
          .whereRef('o.tenant_id', '=', 'p.tenant_id')
          .whereRef('o.provider_id', '=', 'p.id')
          .where('o.status', '=', 'published')
          .where('o.valid_from', '<=', today)
          .where('o.valid_until', '>=', today)
          .as('offer_count'),
      )
      .where('p.tenant_id', '=', tenantId)
      .where('p.created_at', '>=', since)
      .orderBy('p.created_at', 'desc')
      .orderBy('p.name')
      .limit(limit * 2)
      .execute();
  }

  /**
   * Offers to try first in a wijk: current offers with a location there; free ones first, then
   * those on the buurthuizen route, then the ones with the fewest conditions (shortest), by title.
   */
  starterOffers(tenantId: string, wijkCode: string, today: string, limit: number) {
    return this.currentOffers(tenantId, today)
      .innerJoin('providers as p', (join) =>
        join.onRef('p.tenant_id', '=', 'o.tenant_id').onRef('p.id', '=', 'o.provider_id'),
      )
      .select(['o.id', 'o.title', 'o.summary', 'o.price_type', 'p.id as provider_id', 'p.name as provider_name'])
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('offer_locations as ol')
            .innerJoin('locations as l', (join) =>
              join.onRef('l.tenant_id', '=', 'ol.tenant_id').onRef('l.id', '=', 'ol.location_id'),
            )
            .select('ol.offer_id')
            .whereRef('ol.tenant_id', '=', 'o.tenant_id')
            .whereRef('ol.offer_id', '=', 'o.id')
            .where('l.wijk_code', '=', wijkCode),
        ),
      )
      .orderBy(sql`o.price_type = 'free'`, 'desc')
      .orderBy(sql`length(o.conditions)`)
      .orderBy('o.title')
      .limit(limit)
      .execute();
  }
}
