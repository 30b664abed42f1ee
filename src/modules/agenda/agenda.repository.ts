import type { Db } from '../../db/database.ts';

export interface EventFilter {
  route?: string | undefined;
  wijk?: string | undefined;
  free?: boolean | undefined;
  festival?: string | undefined;
}

/** The agenda's SQL: events that may happen in a period, with the names of what they are tied to. */
export class AgendaRepository {
  constructor(private readonly db: Db) {}

  /** Events that start before `to` and do not end before `fromDate`; the service expands repetitions. */
  candidates(tenantId: string, fromDate: string, to: Date, filter: EventFilter) {
    let query = this.db
      .selectFrom('events as e')
      .leftJoin('wijken as w', (join) =>
        join.onRef('w.tenant_id', '=', 'e.tenant_id').onRef('w.code', '=', 'e.wijk_code'),
      )
      .leftJoin('routes as r', (join) => join.onRef('r.tenant_id', '=', 'e.tenant_id').onRef('r.id', '=', 'e.route_id'))
      .leftJoin('festivals as f', (join) =>
        join.onRef('f.tenant_id', '=', 'e.tenant_id').onRef('f.id', '=', 'e.festival_id'),
      )
      .select([
        'e.id',
        'e.title',
        'e.description',
        'e.kind',
        'e.starts_at',
        'e.ends_at',
        'e.rrule',
        'e.location_name',
        'e.address',
        'e.offer_id',
        'e.is_free',
        'e.price_cents',
        'w.code as wijk_code',
        'w.name as wijk_name',
        'r.slug as route_slug',
        'r.name as route_name',
        'f.slug as festival_slug',
        'f.name as festival_name',
      ])
      .where('e.tenant_id', '=', tenantId)
      .where('e.starts_at', '<', to)
      .where((eb) => eb.or([eb('e.last_on', 'is', null), eb('e.last_on', '>=', fromDate)]));
    if (filter.route) query = query.where('r.slug', '=', filter.route);
    if (filter.wijk) query = query.where('e.wijk_code', '=', filter.wijk);
    if (filter.free !== undefined) query = query.where('e.is_free', '=', filter.free);
    if (filter.festival) query = query.where('f.slug', '=', filter.festival);
    return query.orderBy('e.starts_at').limit(2000).execute();
  }

  listFestivals(tenantId: string, fromDate: string) {
    return this.db
      .selectFrom('festivals')
      .select(['id', 'slug', 'name', 'description', 'starts_on', 'ends_on'])
      .where('tenant_id', '=', tenantId)
      .where('ends_on', '>=', fromDate)
      .orderBy('starts_on')
      .execute();
  }

  findFestival(tenantId: string, slug: string) {
    return this.db
      .selectFrom('festivals')
      .select(['id', 'slug', 'name', 'description', 'starts_on', 'ends_on'])
      .where('tenant_id', '=', tenantId)
      .where('slug', '=', slug)
      .executeTakeFirst();
  }

  passName(tenantId: string) {
    return this.db.selectFrom('tenants').select('pass_name').where('id', '=', tenantId).executeTakeFirst();
  }
}
