import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { EventsTable, FestivalsTable } from './agenda.tables.ts';

export interface EventFilter {
  route?: string | undefined;
  wijk?: string | undefined;
  free?: boolean | undefined;
  festival?: string | undefined;
}

/** The agenda's SQL: events that may happen in a period, with the names of what they are tied to. */
export class AgendaRepository {
  constructor(private readonly db: Db) {}

  /** The database (or transaction) the queries run on. */
  get database(): Db {
    return this.db;
  }

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

  /** Events as stored, with the slugs and titles of what they are tied to, for the editors. */
  private editable(tenantId: string) {
    return this.db
      .selectFrom('events as e')
      .leftJoin('routes as r', (join) => join.onRef('r.tenant_id', '=', 'e.tenant_id').onRef('r.id', '=', 'e.route_id'))
      .leftJoin('festivals as f', (join) =>
        join.onRef('f.tenant_id', '=', 'e.tenant_id').onRef('f.id', '=', 'e.festival_id'),
      )
      .leftJoin('offers as o', (join) => join.onRef('o.tenant_id', '=', 'e.tenant_id').onRef('o.id', '=', 'e.offer_id'))
      .select([
        'e.id',
        'e.title',
        'e.description',
        'e.kind',
        'e.starts_at',
        'e.ends_at',
        'e.rrule',
        'e.last_on',
        'e.location_name',
        'e.address',
        'e.wijk_code',
        'e.offer_id',
        'e.provider_id',
        'e.is_free',
        'e.price_cents',
        'e.updated_at',
        'r.slug as route_slug',
        'f.slug as festival_slug',
        'o.title as offer_title',
      ])
      .where('e.tenant_id', '=', tenantId);
  }

  /** Events that have not ended (or one provider's), first the soonest; at most 500. */
  listEditable(tenantId: string, fromDate: string, providerId: string | null) {
    let query = this.editable(tenantId).where((eb) =>
      eb.or([eb('e.last_on', 'is', null), eb('e.last_on', '>=', fromDate)]),
    );
    if (providerId) query = query.where('e.provider_id', '=', providerId);
    return query.orderBy('e.starts_at').orderBy('e.title').limit(500).execute();
  }

  findEditable(tenantId: string, eventId: string) {
    return this.editable(tenantId).where('e.id', '=', eventId).executeTakeFirst();
  }

  /** Who owns an event, locked until the transaction ends. */
  lockEvent(tenantId: string, eventId: string) {
    return this.db
      .selectFrom('events')
      .select(['id', 'provider_id'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', eventId)
      .forUpdate()
      .executeTakeFirst();
  }

  insertEvent(values: Insertable<EventsTable>) {
    return this.db.insertInto('events').values(values).returning('id').executeTakeFirstOrThrow();
  }

  updateEvent(tenantId: string, eventId: string, values: Updateable<EventsTable>) {
    return this.db
      .updateTable('events')
      .set({ ...values, updated_at: new Date() })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', eventId)
      .execute();
  }

  deleteEvent(tenantId: string, eventId: string) {
    return this.db.deleteFrom('events').where('tenant_id', '=', tenantId).where('id', '=', eventId).execute();
  }

  wijkExists(tenantId: string, code: string) {
    return this.db
      .selectFrom('wijken')
      .select('code')
      .where('tenant_id', '=', tenantId)
      .where('code', '=', code)
      .executeTakeFirst();
  }

  offer(tenantId: string, offerId: string) {
    return this.db
      .selectFrom('offers')
      .select(['id', 'provider_id'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', offerId)
      .executeTakeFirst();
  }

  routeId(tenantId: string, slug: string) {
    return this.db
      .selectFrom('routes')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('slug', '=', slug)
      .executeTakeFirst();
  }

  insertFestival(values: Insertable<FestivalsTable>) {
    return this.db.insertInto('festivals').values(values).execute();
  }

  updateFestival(tenantId: string, slug: string, values: Updateable<FestivalsTable>) {
    return this.db
      .updateTable('festivals')
      .set(values)
      .where('tenant_id', '=', tenantId)
      .where('slug', '=', slug)
      .executeTakeFirst();
  }
}
