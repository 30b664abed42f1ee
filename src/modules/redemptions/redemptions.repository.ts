import { sql, type Transaction } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { DB, PassCategory } from '../../db/schema.ts';
import { TILL_TIME_ZONE, type PeriodStarts } from './limit-period.ts';

/** Columns the till needs of an offer: its price rules, limit, stock, dates and owner. */
const OFFER_COLUMNS = [
  'o.id', 'o.provider_id', 'o.title', 'o.status', 'o.price_type', 'o.regular_price_cents', 'o.discount_percent',
  'o.amount_off_cents', 'o.fixed_price_cents', 'o.reduced_price_cents', 'o.limit_per_pass', 'o.limit_period',
  'o.stock_remaining', 'o.valid_from', 'o.valid_until',
] as const;

const REDEMPTION_COLUMNS = [
  'r.id', 'r.offer_id', 'r.pass_id', 'r.provider_id', 'r.price_cents', 'r.created_at', 'r.cancelled_at',
  'o.title as offer_title', 'p.number as pass_number', 'pr.name as provider_name',
] as const;

/** Dutch midnight at the start of `date`, as a timestamptz. */
const dutchMidnight = (date: string) => sql`(cast(${date} as date)::timestamp at time zone ${sql.lit(TILL_TIME_ZONE)})`;

/**
 * How often this pass used the offer in the offer's limit period (cancelled redemptions do not
 * count). One correlated sub-query per offer row, on the (tenant, pass, offer, created_at) index.
 */
const usageInPeriod = (passId: string, starts: PeriodStarts) => sql<number>`case when o.limit_per_pass is null then 0 else (
  select count(*)::int from redemptions r
  where r.tenant_id = o.tenant_id and r.pass_id = ${passId} and r.offer_id = o.id and r.cancelled_at is null
    and r.created_at >= case o.limit_period
      when 'day' then ${dutchMidnight(starts.day)}
      when 'week' then ${dutchMidnight(starts.week)}
      when 'month' then ${dutchMidnight(starts.month)}
      when 'pass_year' then ${dutchMidnight(starts.passYear)}
      else '-infinity'::timestamptz end
) end`;

export class RedemptionsRepository {
  constructor(private readonly db: Db | Transaction<DB>) {}

  /** Runs `work` in one transaction, with a repository bound to it. */
  transaction<T>(work: (repo: RedemptionsRepository) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => work(new RedemptionsRepository(trx)));
  }

  private passQuery(tenantId: string, number: string) {
    return this.db
      .selectFrom('passes as p')
      .innerJoin('tenants as t', 't.id', 'p.tenant_id')
      .select(['p.id', 'p.number', 'p.category', 'p.status', 'p.valid_from', 'p.valid_until', 't.reduced_tariff_categories'])
      .where('p.tenant_id', '=', tenantId)
      .where('p.number', '=', number);
  }

  findPass(tenantId: string, number: string) {
    return this.passQuery(tenantId, number).executeTakeFirst();
  }

  /**
   * Locks the pass row until the transaction ends. Every redemption and cancellation of one
   * pass takes this lock first, so per-pass limits are checked and booked one at a time.
   */
  lockPass(tenantId: string, number: string) {
    return this.passQuery(tenantId, number).forUpdate('p').executeTakeFirst();
  }

  lockPassById(tenantId: string, passId: string) {
    return this.db.selectFrom('passes').select('id').where('tenant_id', '=', tenantId).where('id', '=', passId)
      .forUpdate().executeTakeFirst();
  }

  /** One offer with how often this pass used it in the current limit period. */
  findOfferWithUsage(tenantId: string, offerId: string, passId: string, starts: PeriodStarts) {
    return this.db
      .selectFrom('offers as o')
      .select([...OFFER_COLUMNS, usageInPeriod(passId, starts).as('used')])
      .where('o.tenant_id', '=', tenantId)
      .where('o.id', '=', offerId)
      .executeTakeFirst();
  }

  /** Every published, not yet ended offer of the provider, with this pass's usage: one query. */
  listTillOffers(tenantId: string, providerId: string, passId: string, starts: PeriodStarts, today: string) {
    return this.db
      .selectFrom('offers as o')
      .select([...OFFER_COLUMNS, usageInPeriod(passId, starts).as('used')])
      .where('o.tenant_id', '=', tenantId)
      .where('o.provider_id', '=', providerId)
      .where('o.status', '=', 'published')
      .where('o.valid_until', '>=', today)
      .orderBy('o.title')
      .orderBy('o.id')
      .execute();
  }

  /** Takes one from the stock if any is left. False when sold out. */
  async takeStock(tenantId: string, offerId: string): Promise<boolean> {
    const row = await this.db.updateTable('offers')
      .set({ stock_remaining: sql`stock_remaining - 1` })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', offerId)
      .where('stock_remaining', '>', 0)
      .returning('stock_remaining')
      .executeTakeFirst();
    return row !== undefined;
  }

  async returnStock(tenantId: string, offerId: string) {
    await this.db.updateTable('offers')
      .set({ stock_remaining: sql`least(stock_remaining + 1, stock_total)` })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', offerId)
      .where('stock_remaining', 'is not', null)
      .execute();
  }

  insertRedemption(values: {
    tenantId: string; offerId: string; passId: string; providerId: string; priceCents: number;
    regularPriceCents: number | null; channel: 'till' | 'api'; redeemedBy: string; redeemedAt: Date;
  }) {
    return this.db.insertInto('redemptions').values({
      tenant_id: values.tenantId,
      offer_id: values.offerId,
      pass_id: values.passId,
      provider_id: values.providerId,
      price_cents: values.priceCents,
      regular_price_cents: values.regularPriceCents,
      channel: values.channel,
      redeemed_by: values.redeemedBy,
      created_at: values.redeemedAt,
    }).returning(['id', 'created_at', 'cancelled_at']).executeTakeFirstOrThrow();
  }

  /**
   * Claims an Idempotency-Key. True when this request is the first with the key. A second
   * request with the same key waits here until the first one's transaction ends.
   */
  async claimIdempotencyKey(tenantId: string, scope: string, key: string, requestHash: string): Promise<boolean> {
    const row = await this.db.insertInto('idempotency_keys')
      .values({ tenant_id: tenantId, scope, key, request_hash: requestHash })
      .onConflict((oc) => oc.doNothing())
      .returning('key')
      .executeTakeFirst();
    return row !== undefined;
  }

  findIdempotencyKey(tenantId: string, scope: string, key: string) {
    return this.db.selectFrom('idempotency_keys')
      .select(['request_hash', 'response_status', 'response_body'])
      .where('tenant_id', '=', tenantId).where('scope', '=', scope).where('key', '=', key)
      .executeTakeFirst();
  }

  /**
   * Stores the answer given to the first request with a key. A refusal is stored as
   * `{ refusal: { code, detail } }` without a status: statuses belong to the HTTP layer, which
   * turns a replayed refusal into the same problem+json body again.
   */
  async storeIdempotentResponse(tenantId: string, scope: string, key: string, status: number | null, body: unknown) {
    await this.db.updateTable('idempotency_keys')
      .set({ response_status: status, response_body: JSON.stringify(body) })
      .where('tenant_id', '=', tenantId).where('scope', '=', scope).where('key', '=', key)
      .execute();
  }

  private redemptionQuery(tenantId: string) {
    return this.db
      .selectFrom('redemptions as r')
      .innerJoin('offers as o', (j) => j.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.id', '=', 'r.offer_id'))
      .innerJoin('passes as p', (j) => j.onRef('p.tenant_id', '=', 'r.tenant_id').onRef('p.id', '=', 'r.pass_id'))
      .innerJoin('providers as pr', (j) => j.onRef('pr.tenant_id', '=', 'r.tenant_id').onRef('pr.id', '=', 'r.provider_id'))
      .where('r.tenant_id', '=', tenantId);
  }

  findRedemption(tenantId: string, redemptionId: string) {
    return this.redemptionQuery(tenantId).select(REDEMPTION_COLUMNS).where('r.id', '=', redemptionId).executeTakeFirst();
  }

  /** Marks the redemption cancelled unless it already is. Returns the new cancelled_at, or undefined. */
  cancelRedemption(tenantId: string, redemptionId: string, at: Date, by: string) {
    return this.db.updateTable('redemptions')
      .set({ cancelled_at: at, cancelled_by: by })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', redemptionId)
      .where('cancelled_at', 'is', null)
      .returning(['cancelled_at'])
      .executeTakeFirst();
  }

  /** A page of redemptions, newest first; `providerId` null means every provider's. */
  async listRedemptions(tenantId: string, providerId: string | null, page: number, pageSize: number) {
    let base = this.db.selectFrom('redemptions as r').where('r.tenant_id', '=', tenantId);
    if (providerId) base = base.where('r.provider_id', '=', providerId);
    let items = this.redemptionQuery(tenantId).select(REDEMPTION_COLUMNS);
    if (providerId) items = items.where('r.provider_id', '=', providerId);
    const [count, rows] = await Promise.all([
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      items.orderBy('r.created_at', 'desc').orderBy('r.id', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute(),
    ]);
    return { rows, totalItems: Number(count.n) };
  }
}

export type TillPassRow = NonNullable<Awaited<ReturnType<RedemptionsRepository['findPass']>>>;
export type TillOfferRow = NonNullable<Awaited<ReturnType<RedemptionsRepository['findOfferWithUsage']>>>;
export type RedemptionRow = NonNullable<Awaited<ReturnType<RedemptionsRepository['findRedemption']>>>;
export type { PassCategory };
