import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/** Reads for the maps: areas and locations belong to other modules; this module only reads them. */
export class MapsRepository {
  constructor(private readonly db: Db) {}

  wijken(tenantId: string) {
    return this.db
      .selectFrom('wijken')
      .select(['code', 'name', 'population', 'households', 'geometry'])
      .where('tenant_id', '=', tenantId)
      .orderBy('name')
      .execute();
  }

  buurten(tenantId: string) {
    return this.db
      .selectFrom('buurten')
      .select(['code', 'name', 'wijk_code', 'geometry'])
      .where('tenant_id', '=', tenantId)
      .orderBy('name')
      .execute();
  }

  /**
   * Locations with a position and at least one catalogue offer (published, not ended), with those
   * offers; optionally only offers on a route or only locations in a wijk.
   */
  offerLocations(tenantId: string, today: string, filter: { route?: string | undefined; wijk?: string | undefined }) {
    let query = this.db
      .selectFrom('locations as l')
      .innerJoin('providers as p', (join) =>
        join.onRef('p.tenant_id', '=', 'l.tenant_id').onRef('p.id', '=', 'l.provider_id'),
      )
      .innerJoin('offer_locations as ol', (join) =>
        join.onRef('ol.tenant_id', '=', 'l.tenant_id').onRef('ol.location_id', '=', 'l.id'),
      )
      .innerJoin('offers as o', (join) =>
        join.onRef('o.tenant_id', '=', 'ol.tenant_id').onRef('o.id', '=', 'ol.offer_id'),
      )
      .select([
        'l.id',
        'l.name',
        'l.street',
        'l.postcode',
        'l.city',
        'l.wijk_code',
        'l.x_rd',
        'l.y_rd',
        'p.id as provider_id',
        'p.name as provider_name',
        'p.kind as provider_kind',
      ])
      .select(
        sql<
          { id: string; title: string }[]
        >`json_agg(json_build_object('id', o.id, 'title', o.title) order by o.title)`.as('offers'),
      )
      .where('l.tenant_id', '=', tenantId)
      .where('l.x_rd', 'is not', null)
      .where('l.y_rd', 'is not', null)
      .where('o.status', '=', 'published')
      .where('o.valid_until', '>=', today)
      .groupBy([
        'l.id',
        'l.name',
        'l.street',
        'l.postcode',
        'l.city',
        'l.wijk_code',
        'l.x_rd',
        'l.y_rd',
        'p.id',
        'p.name',
        'p.kind',
      ])
      .orderBy('p.name')
      .orderBy('l.name');
    if (filter.wijk) query = query.where('l.wijk_code', '=', filter.wijk);
    if (filter.route)
      query = query.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('offer_routes as orr')
            .innerJoin('routes as r', (join) =>
              join.onRef('r.tenant_id', '=', 'orr.tenant_id').onRef('r.id', '=', 'orr.route_id'),
            )
            .select('orr.offer_id')
            .whereRef('orr.tenant_id', '=', 'o.tenant_id')
            .whereRef('orr.offer_id', '=', 'o.id')
            .where('r.slug', '=', filter.route!),
        ),
      );
    return query.execute();
  }

  /** The buurthuizen of a wijk: community centres with a location there. */
  communityCentres(tenantId: string, wijkCode: string) {
    return this.db
      .selectFrom('locations as l')
      .innerJoin('providers as p', (join) =>
        join.onRef('p.tenant_id', '=', 'l.tenant_id').onRef('p.id', '=', 'l.provider_id'),
      )
      .select(['p.id as provider_id', 'p.name as provider_name', 'l.id', 'l.name', 'l.street', 'l.postcode', 'l.city'])
      .where('l.tenant_id', '=', tenantId)
      .where('l.wijk_code', '=', wijkCode)
      .where('p.kind', '=', 'community_centre')
      .orderBy('l.name')
      .execute();
  }
}
