import { sql, type Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { OffersTable, OfferStatus } from './offers.tables.ts';

/** The columns an offer's content sets (not its status, stock or moderation state). */
export type OfferContent = Pick<
  Updateable<OffersTable>,
  | 'title'
  | 'summary'
  | 'description'
  | 'conditions'
  | 'price_type'
  | 'regular_price_cents'
  | 'discount_percent'
  | 'amount_off_cents'
  | 'fixed_price_cents'
  | 'reduced_price_cents'
  | 'limit_per_pass'
  | 'limit_period'
  | 'valid_from'
  | 'valid_until'
  | 'categories'
  | 'target_groups'
  | 'event_dates'
  | 'valid_hours'
>;

/** Queries of the provider portal and moderation. Every query filters by tenant. */
export class OfferPortalRepository {
  constructor(private readonly db: Db) {}

  private selectOffers() {
    return this.db
      .selectFrom('offers as o')
      .innerJoin('providers as p', (join) =>
        join.onRef('p.tenant_id', '=', 'o.tenant_id').onRef('p.id', '=', 'o.provider_id'),
      )
      .select([
        'o.id',
        'o.provider_id',
        'p.name as provider_name',
        'o.status',
        'o.version',
        'o.pending_status',
        'o.pending_changes',
        'o.review_comment',
        'o.title',
        'o.summary',
        'o.description',
        'o.conditions',
        'o.price_type',
        'o.regular_price_cents',
        'o.discount_percent',
        'o.amount_off_cents',
        'o.fixed_price_cents',
        'o.reduced_price_cents',
        'o.limit_per_pass',
        'o.limit_period',
        'o.stock_total',
        'o.stock_remaining',
        'o.valid_from',
        'o.valid_until',
        'o.categories',
        'o.target_groups',
        'o.event_dates',
        'o.valid_hours',
        'o.updated_at',
      ])
      .select((eb) => [
        eb
          .selectFrom('offer_routes as orr')
          .innerJoin('routes as r', (join) =>
            join.onRef('r.tenant_id', '=', 'orr.tenant_id').onRef('r.id', '=', 'orr.route_id'),
          )
          .select(sql<string[]>`coalesce(array_agg(r.slug order by r.slug), '{}')`.as('slugs'))
          .whereRef('orr.tenant_id', '=', 'o.tenant_id')
          .whereRef('orr.offer_id', '=', 'o.id')
          .as('routes'),
        eb
          .selectFrom('offer_locations as ol')
          .select(sql<string[]>`coalesce(array_agg(ol.location_id::text order by ol.location_id), '{}')`.as('ids'))
          .whereRef('ol.tenant_id', '=', 'o.tenant_id')
          .whereRef('ol.offer_id', '=', 'o.id')
          .as('location_ids'),
      ]);
  }

  listOfProvider(tenantId: string, providerId: string) {
    return this.selectOffers()
      .where('o.tenant_id', '=', tenantId)
      .where('o.provider_id', '=', providerId)
      .orderBy('o.updated_at', 'desc')
      .orderBy('o.id')
      .execute();
  }

  find(tenantId: string, offerId: string) {
    return this.selectOffers().where('o.tenant_id', '=', tenantId).where('o.id', '=', offerId).executeTakeFirst();
  }

  /** What waits for a moderator: new offers, and changes to published ones; oldest first. */
  reviewQueue(tenantId: string) {
    return this.selectOffers()
      .where('o.tenant_id', '=', tenantId)
      .where((eb) => eb.or([eb('o.status', '=', 'submitted'), eb('o.pending_status', '=', 'submitted')]))
      .orderBy('o.updated_at')
      .orderBy('o.id')
      .execute();
  }

  /** The offer's row, locked until the transaction ends: one change at a time. */
  lockOffer(tenantId: string, offerId: string) {
    return this.db
      .selectFrom('offers')
      .select([
        'id',
        'provider_id',
        'status',
        'version',
        'pending_status',
        'pending_changes',
        'stock_total',
        'stock_remaining',
      ])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', offerId)
      .forUpdate()
      .executeTakeFirst();
  }

  /**
   * The provider's status, with a share lock: a suspension (which updates the row) waits for
   * this transaction, and this one waits for a suspension under way, so an offer is never
   * published for a provider that is being suspended.
   */
  lockProviderStatus(tenantId: string, providerId: string) {
    return this.db
      .selectFrom('providers')
      .select(['status'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', providerId)
      .forShare()
      .executeTakeFirst();
  }

  providerOfOffer(tenantId: string, offerId: string) {
    return this.db
      .selectFrom('offers')
      .select(['provider_id'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', offerId)
      .executeTakeFirst();
  }

  insertOffer(tenantId: string, providerId: string, content: OfferContent, stockTotal: number | null) {
    return this.db
      .insertInto('offers')
      .values({
        ...(content as Required<OfferContent>),
        tenant_id: tenantId,
        provider_id: providerId,
        stock_total: stockTotal,
        stock_remaining: stockTotal,
        status: 'draft',
      })
      .returning(['id'])
      .executeTakeFirstOrThrow();
  }

  /** Changes an offer and raises its version. */
  async update(
    tenantId: string,
    offerId: string,
    change: OfferContent & {
      status?: OfferStatus;
      pending_status?: 'submitted' | 'changes_requested' | null;
      pending_changes?: string | null;
      review_comment?: string | null;
      stock_total?: number | null;
      stock_remaining?: number | null;
    },
  ) {
    await this.db
      .updateTable('offers')
      .set({ ...change, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', offerId)
      .execute();
  }

  async replaceLinks(tenantId: string, offerId: string, routeIds: string[], locationIds: string[]) {
    await this.db
      .deleteFrom('offer_routes')
      .where('tenant_id', '=', tenantId)
      .where('offer_id', '=', offerId)
      .execute();
    await this.db
      .deleteFrom('offer_locations')
      .where('tenant_id', '=', tenantId)
      .where('offer_id', '=', offerId)
      .execute();
    if (routeIds.length > 0)
      await this.db
        .insertInto('offer_routes')
        .values(routeIds.map((route_id) => ({ tenant_id: tenantId, offer_id: offerId, route_id })))
        .execute();
    if (locationIds.length > 0)
      await this.db
        .insertInto('offer_locations')
        .values(locationIds.map((location_id) => ({ tenant_id: tenantId, offer_id: offerId, location_id })))
        .execute();
  }

  routesBySlug(tenantId: string, slugs: string[]) {
    if (slugs.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('routes')
      .select(['id', 'slug'])
      .where('tenant_id', '=', tenantId)
      .where('slug', 'in', slugs)
      .execute();
  }

  existingCategories(tenantId: string, slugs: string[]) {
    if (slugs.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('categories')
      .select(['slug'])
      .where('tenant_id', '=', tenantId)
      .where('slug', 'in', slugs)
      .execute();
  }

  locationsOfProvider(tenantId: string, providerId: string, ids: string[]) {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('locations')
      .select(['id'])
      .where('tenant_id', '=', tenantId)
      .where('provider_id', '=', providerId)
      .where('id', 'in', ids)
      .execute();
  }

  async insertEvent(
    tenantId: string,
    event: {
      offerId: string;
      actor: string;
      actorName: string;
      action: string;
      changes?: object;
      comment?: string | null;
    },
  ) {
    await this.db
      .insertInto('offer_events')
      .values({
        tenant_id: tenantId,
        offer_id: event.offerId,
        actor: event.actor,
        actor_name: event.actorName,
        action: event.action,
        changes: JSON.stringify(event.changes ?? {}),
        comment: event.comment ?? null,
      })
      .execute();
  }

  listEvents(tenantId: string, offerId: string) {
    return this.db
      .selectFrom('offer_events')
      .select(['id', 'occurred_at', 'actor_name', 'action', 'changes', 'comment'])
      .where('tenant_id', '=', tenantId)
      .where('offer_id', '=', offerId)
      .orderBy('occurred_at')
      .orderBy('id')
      .execute();
  }

  /** Suspends every offer of a provider that is live or on its way there; returns their ids. */
  suspendOffersOfProvider(tenantId: string, providerId: string) {
    return this.db
      .updateTable('offers')
      .set({ status: 'suspended', version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
      .where('tenant_id', '=', tenantId)
      .where('provider_id', '=', providerId)
      .where('status', 'in', ['published', 'paused', 'submitted', 'changes_requested', 'draft'])
      .returning(['id'])
      .execute();
  }
}

export type PortalOfferRow = NonNullable<Awaited<ReturnType<OfferPortalRepository['find']>>>;
