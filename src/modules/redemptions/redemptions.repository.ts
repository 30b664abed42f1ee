import { sql, type InferResult, type Transaction } from 'kysely';
import type { Db } from '../../db/database.ts';
import { prepare } from '../../db/prepared.ts';
import type { DB, PassCategory } from '../../db/schema.ts';
import { TILL_TIME_ZONE, type PeriodStarts } from './limit-period.ts';
import './redemptions.tables.ts';

/** Columns the till needs of an offer: its price rules, limit, stock, dates and owner. */
const OFFER_COLUMNS = [
  'o.id', 'o.provider_id', 'o.title', 'o.status', 'o.price_type', 'o.regular_price_cents', 'o.discount_percent',
  'o.amount_off_cents', 'o.fixed_price_cents', 'o.reduced_price_cents', 'o.limit_per_pass', 'o.limit_period',
  'o.stock_remaining', 'o.valid_from', 'o.valid_until', 'o.discount_borne_by', 'o.discount_scheme_id', 'o.payable_from_credit',
] as const;

const REDEMPTION_COLUMNS = [
  'r.id', 'r.offer_id', 'r.pass_id', 'r.provider_id', 'r.price_cents', 'r.credit_cents', 'r.reimbursed_cents', 'r.created_at', 'r.cancelled_at',
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

/**
 * The pass's credit accounts that can pay at offer `o` today: the offer takes credit, the
 * scheme has not ended, and the scheme's spendable offer categories meet the offer's (none: any).
 */
const spendableCreditFrom = (passId: string, today: string) => sql`ledger_accounts a
  join credit_schemes s on s.tenant_id = a.tenant_id and s.id = a.scheme_id
  where a.tenant_id = o.tenant_id and a.pass_id = cast(${passId} as uuid) and a.type = 'pass_credit' and a.balance_cents > 0
    and o.payable_from_credit and s.valid_until >= cast(${today} as date)
    and (cardinality(s.spendable_offer_categories) = 0 or s.spendable_offer_categories && o.categories)`;

/** How much credit this pass can spend at the offer (one number: which scheme stays here). */
const creditAvailable = (passId: string, today: string) =>
  sql<number>`(select coalesce(sum(a.balance_cents), 0)::integer from ${spendableCreditFrom(passId, today)})`;

/** One spendable credit account, as the redemption reads it (locked). */
export interface SpendableCredit { id: string; balanceCents: number }

/**
 * The spendable credit accounts, locked (`FOR UPDATE`, in id order, so two bookings never wait
 * in a circle) until the transaction ends, in the order they are spent: earliest expiry first.
 * The pass row is locked before, so redemptions of one pass read and spend them one at a time;
 * the row locks also hold off an expiry run or another booking on the same accounts.
 */
const lockedSpendableCredit = (passId: string, today: string) => sql<SpendableCredit[]>`(
  select coalesce(json_agg(json_build_object('id', c.id, 'balanceCents', c.balance_cents) order by c.valid_until, c.id), '[]'::json)
  from (select a.id, a.balance_cents, s.valid_until from ${spendableCreditFrom(passId, today)} order by a.id for update of a) c)`;

/** What the till reads of a pass (and of its tenant's kansentarief rules). */
const PASS_COLUMNS = ['p.id', 'p.number', 'p.category', 'p.status', 'p.valid_from', 'p.valid_until', 't.reduced_tariff_categories'] as const;

interface PassParams { tenantId: string; number: string }
interface UsageParams { tenantId: string; passId: string; day: string; week: string; month: string; passYear: string }

const passQuery = (db: Db, p: <K extends keyof PassParams>(key: K) => PassParams[K]) => db
  .selectFrom('passes as p')
  .innerJoin('tenants as t', 't.id', 'p.tenant_id')
  .select(PASS_COLUMNS)
  .where('p.tenant_id', '=', p('tenantId'))
  .where('p.number', '=', p('number'));

const startsOf = (p: <K extends keyof UsageParams>(key: K) => UsageParams[K]): PeriodStarts =>
  ({ day: p('day'), week: p('week'), month: p('month'), passYear: p('passYear') });

// The till's hot path: built and compiled once, sent as named prepared statements.
const FIND_PASS = prepare<PassParams, TillPassRow>('till_find_pass', (db, p) => passQuery(db, p));

/** Every redemption and cancellation of one pass locks its row first: per-pass limits are booked one at a time. */
const LOCK_PASS = prepare<PassParams, TillPassRow>('till_lock_pass', (db, p) => passQuery(db, p).forUpdate('p'));

/**
 * Claims the Idempotency-Key and, only when this request is the first with it, locks the pass
 * row: one round trip, locks taken in the order key, pass. A second request with the same key
 * waits in the insert until the first one's transaction ends, and locks nothing.
 */
const CLAIM_KEY_AND_LOCK_PASS = prepare<PassParams & { scope: string; key: string; requestHash: string }, { claimed: boolean } & Partial<TillPassRow>>(
  'till_claim_key_lock_pass', (db, p) => db
    .with('claim', (db) => db.insertInto('idempotency_keys')
      .values({ tenant_id: p('tenantId'), scope: p('scope'), key: p('key'), request_hash: p('requestHash') })
      .onConflict((oc) => oc.doNothing())
      .returning('key'))
    .with('locked', (db) => passQuery(db as unknown as Db, p)
      .where(sql<boolean>`exists (select 1 from claim)`)
      .forUpdate('p'))
    .selectFrom(sql`(values (1))`.as('one'))
    .leftJoin('locked as l', (join) => join.onTrue())
    .select(sql<boolean>`exists (select 1 from claim)`.as('claimed'))
    .selectAll('l')
    .$castTo<{ claimed: boolean } & Partial<TillPassRow>>());

/** Offers with how often this pass used each in its current limit period. */
const tillOfferQuery = (db: Db, passId: string, starts: PeriodStarts) => db
  .selectFrom('offers as o')
  .select([...OFFER_COLUMNS, usageInPeriod(passId, starts).as('used')]);

const FIND_OFFER_WITH_USAGE = prepare<UsageParams & { offerId: string }, TillOfferRow>('till_find_offer', (db, p) => tillOfferQuery(db, p('passId'), startsOf(p))
  .where('o.tenant_id', '=', p('tenantId'))
  .where('o.id', '=', p('offerId')));

/** The same, plus this pass's credit that can pay here, locked: for a redemption paid (partly) from credit. */
const FIND_OFFER_WITH_CREDIT = prepare<UsageParams & { offerId: string; today: string }, TillOfferRow & { credit: SpendableCredit[] }>(
  'till_find_offer_credit', (db, p) => tillOfferQuery(db, p('passId'), startsOf(p))
    .select(lockedSpendableCredit(p('passId'), p('today')).as('credit'))
    .where('o.tenant_id', '=', p('tenantId'))
    .where('o.id', '=', p('offerId')));

const LIST_TILL_OFFERS = prepare<UsageParams & { providerId: string; today: string }, TillOfferRow & { credit_available: number }>('till_list_offers', (db, p) => tillOfferQuery(db, p('passId'), startsOf(p))
  .select(creditAvailable(p('passId'), p('today')).as('credit_available'))
  .where('o.tenant_id', '=', p('tenantId'))
  .where('o.provider_id', '=', p('providerId'))
  .where('o.status', '=', 'published')
  .where('o.valid_until', '>=', p('today'))
  .orderBy('o.title')
  .orderBy('o.id'));

export interface NewRedemption {
  tenantId: string; id: string; offerId: string; passId: string; providerId: string; priceCents: number;
  regularPriceCents: number | null; creditCents: number; reimbursedCents: number; channel: 'till' | 'api'; redeemedBy: string; redeemedAt: Date;
}
type BookParams = NewRedemption & { scope: string; key: string; responseBody: string };

/**
 * Books a redemption in one statement: takes one from the stock (when the offer has stock)
 * with a conditional update, inserts the redemption only if that worked, and stores the answer
 * under the Idempotency-Key (when there is one) only if the insert happened. Four variants.
 */
function bookStatement(withStock: boolean, withKey: boolean) {
  return prepare<BookParams, { booked: boolean }>(`till_book${withStock ? '_stock' : ''}${withKey ? '_key' : ''}`, (_db, p) => {
    const stock = withStock
      ? sql`stock as (update offers set stock_remaining = stock_remaining - 1
          where tenant_id = ${p('tenantId')} and id = cast(${p('offerId')} as uuid) and stock_remaining > 0 returning id), `
      : sql``;
    const key = withKey
      ? sql`, stored as (update idempotency_keys set response_status = 201, response_body = cast(${p('responseBody')} as jsonb)
          where tenant_id = ${p('tenantId')} and scope = ${p('scope')} and key = ${p('key')} and exists (select 1 from ins) returning key)`
      : sql``;
    return sql<{ booked: boolean }>`with ${stock}ins as (
      insert into redemptions (tenant_id, id, offer_id, pass_id, provider_id, price_cents, regular_price_cents, credit_cents, reimbursed_cents,
        channel, redeemed_by, created_at)
      select ${p('tenantId')}, cast(${p('id')} as uuid), cast(${p('offerId')} as uuid), cast(${p('passId')} as uuid), cast(${p('providerId')} as uuid),
        cast(${p('priceCents')} as integer), cast(${p('regularPriceCents')} as integer), cast(${p('creditCents')} as integer), cast(${p('reimbursedCents')} as integer),
        ${p('channel')}, ${p('redeemedBy')}, cast(${p('redeemedAt')} as timestamptz)
      ${withStock ? sql`where exists (select 1 from stock)` : sql``}
      returning id)${key}
    select exists (select 1 from ins) as booked${withKey ? sql` , exists (select 1 from stored) as stored` : sql``}`;
  });
}
const BOOK = {
  plain: bookStatement(false, false), stock: bookStatement(true, false),
  key: bookStatement(false, true), stockKey: bookStatement(true, true),
};

export class RedemptionsRepository {
  constructor(private readonly db: Db | Transaction<DB>) {}

  /** Runs `work` in one transaction, with a repository bound to it. */
  transaction<T>(work: (repo: RedemptionsRepository) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => work(new RedemptionsRepository(trx)));
  }

  findPass(tenantId: string, number: string) {
    return FIND_PASS.first(this.db, { tenantId, number });
  }

  /**
   * Locks the pass row until the transaction ends. Every redemption and cancellation of one
   * pass takes this lock first, so per-pass limits are checked and booked one at a time.
   */
  lockPass(tenantId: string, number: string) {
    return LOCK_PASS.first(this.db, { tenantId, number });
  }

  /**
   * Claims an Idempotency-Key and, if this request is the first with it, locks the pass
   * (`number` null: no pass to lock). `claimed` false: another request has the key; it may
   * still be running until this statement returns, after which its answer can be read.
   */
  async claimKeyAndLockPass(tenantId: string, scope: string, key: string, requestHash: string, number: string | null) {
    const row = await CLAIM_KEY_AND_LOCK_PASS.first(this.db, { tenantId, scope, key, requestHash, number: number ?? '' });
    const { claimed, ...pass } = row!;
    return { claimed, pass: pass.id ? pass as TillPassRow : undefined };
  }

  lockPassById(tenantId: string, passId: string) {
    return this.db.selectFrom('passes').select('id').where('tenant_id', '=', tenantId).where('id', '=', passId)
      .forUpdate().executeTakeFirst();
  }

  /** One offer with how often this pass used it in the current limit period. */
  findOfferWithUsage(tenantId: string, offerId: string, passId: string, starts: PeriodStarts) {
    return FIND_OFFER_WITH_USAGE.first(this.db, { tenantId, offerId, passId, ...starts });
  }

  /**
   * The same, with the pass's credit accounts that can pay at this offer today, locked until
   * the transaction ends and in spending order (earliest expiry first). Still one statement.
   */
  findOfferWithUsageAndCredit(tenantId: string, offerId: string, passId: string, starts: PeriodStarts, today: string) {
    return FIND_OFFER_WITH_CREDIT.first(this.db, { tenantId, offerId, passId, today, ...starts });
  }

  /** The transaction this repository runs in, for bookings in the ledger. */
  get executor() { return this.db; }

  /** Every published, not yet ended offer of the provider, with this pass's usage: one query. */
  async listTillOffers(tenantId: string, providerId: string, passId: string, starts: PeriodStarts, today: string) {
    return (await LIST_TILL_OFFERS.execute(this.db, { tenantId, providerId, passId, today, ...starts })).rows;
  }

  /**
   * Books the redemption in one round trip (see `bookStatement`). `takeStock`: the offer has a
   * stock, take one. `idempotent`: store `responseBody` under the key with the booking. False
   * when the stock was gone: then nothing was written.
   */
  async book(redemption: NewRedemption, takeStock: boolean, idempotent?: { scope: string; key: string; responseBody: unknown }): Promise<boolean> {
    const statement = takeStock ? (idempotent ? BOOK.stockKey : BOOK.stock) : (idempotent ? BOOK.key : BOOK.plain);
    const row = await statement.first(this.db, {
      ...redemption, scope: idempotent?.scope ?? '', key: idempotent?.key ?? '', responseBody: JSON.stringify(idempotent?.responseBody ?? null),
    });
    return row!.booked;
  }

  async returnStock(tenantId: string, offerId: string) {
    await this.db.updateTable('offers')
      .set({ stock_remaining: sql`least(stock_remaining + 1, stock_total)` })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', offerId)
      .where('stock_remaining', 'is not', null)
      .execute();
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

export type TillPassRow = InferResult<ReturnType<typeof passQuery>>[number];
export type TillOfferRow = InferResult<ReturnType<typeof tillOfferQuery>>[number];
export type RedemptionRow = NonNullable<Awaited<ReturnType<RedemptionsRepository['findRedemption']>>>;
export type { PassCategory };
