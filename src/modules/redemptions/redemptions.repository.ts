import { sql, type InferResult, type RawBuilder, type Transaction } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import type { Db } from '../../db/database.ts';
import { prepare, waitUntilDurable } from '../../db/prepared.ts';
import type { DB } from '../../db/schema.ts';
import type { PassCategory } from '../passes/passes.tables.ts';
import { TILL_TIME_ZONE } from './limit-period.ts';
import { creditSpendCte, ledgerEntriesCtes } from '../ledger/redemption-booking.sql.ts';
import { offerStillBookable, takeStockCte } from '../offers/stock.sql.ts';
import { passUsageVersionCte } from '../passes/till-usage.sql.ts';
import type { ledgerBookingParams, LedgerBookingParams } from '../ledger/redemption-booking.ts';
import './redemptions.tables.ts';

/** Columns the till needs of an offer: its price rules, limit, stock, dates and owner. */
const OFFER_COLUMNS = [
  'o.id',
  'o.provider_id',
  'o.title',
  'o.status',
  'o.price_type',
  'o.regular_price_cents',
  'o.discount_percent',
  'o.amount_off_cents',
  'o.fixed_price_cents',
  'o.reduced_price_cents',
  'o.limit_per_pass',
  'o.limit_period',
  'o.stock_remaining',
  'o.valid_from',
  'o.valid_until',
  'o.discount_borne_by',
  'o.discount_scheme_id',
  'o.payable_from_credit',
  'o.eligible_pass_categories',
  'o.valid_hours',
] as const;

const REDEMPTION_COLUMNS = [
  'r.id',
  'r.offer_id',
  'r.pass_id',
  'r.provider_id',
  'r.price_cents',
  'r.credit_cents',
  'r.reimbursed_cents',
  'r.created_at',
  'r.cancelled_at',
  'o.title as offer_title',
  'p.number as pass_number',
  'pr.name as provider_name',
] as const;

/**
 * The Dutch dates on which the pass `passId` used offer `o` (cancelled redemptions do not count),
 * for offers with a per-pass limit: the service counts those in the limit's period
 * (limit-period.ts). On the (tenant, pass, offer, created_at) index.
 */
const usedOn = (passId: RawBuilder<unknown>) => sql<string[]>`case when o.limit_per_pass is null then '[]'::json else (
  select coalesce(json_agg(to_char(r.created_at at time zone ${sql.lit(TILL_TIME_ZONE)}, 'YYYY-MM-DD')), '[]'::json) from redemptions r
  where r.tenant_id = o.tenant_id and r.pass_id = ${passId} and r.offer_id = o.id and r.cancelled_at is null
) end`;

/**
 * The pass's credit accounts that can pay at offer `o` today: the offer takes credit, the
 * scheme has not ended, and the scheme's spendable offer categories meet the offer's (none: any).
 */
const spendableCreditFrom = (passId: RawBuilder<unknown>, today: string) => sql`ledger_accounts a
  join credit_schemes s on s.tenant_id = a.tenant_id and s.id = a.scheme_id
  where a.tenant_id = o.tenant_id and a.pass_id = ${passId} and a.type = 'pass_credit' and a.balance_cents > 0
    and o.payable_from_credit and s.valid_until >= cast(${today} as date)
    and (cardinality(s.spendable_offer_categories) = 0 or s.spendable_offer_categories && o.categories)`;

/** A pass credit account that can pay at an offer today, as the till reads it. */
export interface SpendableCredit {
  id: string;
  balanceCents: number;
  /** The last day its scheme's credit can be spent (YYYY-MM-DD). */ validUntil: string;
}

/** The pass's credit accounts that can pay at offer `o` today, as JSON in spending order: earliest expiry first. */
const spendableCreditList = (from: RawBuilder<unknown>) => sql<SpendableCredit[]>`(select coalesce(json_agg(
    json_build_object('id', a.id, 'balanceCents', a.balance_cents, 'validUntil', s.valid_until) order by s.valid_until, a.id), '[]'::json)
  from ${from})`;

/** What the till reads of a pass (and of its tenant's kansentarief rules). */
const PASS_COLUMNS = [
  'p.id',
  'p.number',
  'p.category',
  'p.status',
  'p.valid_from',
  'p.valid_until',
  't.reduced_tariff_categories',
  'p.grace_until',
] as const;

interface PassParams {
  tenantId: string;
  number: string;
}

const passQuery = (db: Db, p: <K extends keyof PassParams>(key: K) => PassParams[K]) =>
  db
    .selectFrom('passes as p')
    .innerJoin('tenants as t', 't.id', 'p.tenant_id')
    .select(PASS_COLUMNS)
    .where('p.tenant_id', '=', p('tenantId'))
    .where('p.number', '=', p('number'));

/** The id of the pass with this number, as a subquery (the till knows the number, not the id). */
const passIdOf = (p: <K extends keyof PassParams>(key: K) => PassParams[K]) =>
  sql`(select id from passes where tenant_id = ${p('tenantId')} and number = ${p('number')})`;

/** The columns of an offer the till decides on, with the dates this pass used it (see `usedOn`). */
const tillOfferQuery = (db: Db, passId: RawBuilder<unknown>) =>
  db.selectFrom('offers as o').select([...OFFER_COLUMNS, usedOn(passId).as('used_on')]);

/**
 * The till's list in one statement: the pass, and every published, not yet ended offer of the
 * provider with the dates this pass used it and the credit it can spend there. Offers come back
 * as JSON (dates as 'YYYY-MM-DD', amounts as numbers), in title order.
 */
const LIST_TILL_OFFERS = prepare<PassParams & { providerId: string; today: string }, TillList>(
  'till_list_offers',
  (db, p) => {
    const passId = passIdOf(p);
    return db.selectNoFrom([
      jsonObjectFrom(passQuery(db, p).select('p.redemption_seq')).as('pass'),
      jsonArrayFrom(
        tillOfferQuery(db, passId)
          .select(spendableCreditList(spendableCreditFrom(passId, p('today'))).as('credit'))
          .where('o.tenant_id', '=', p('tenantId'))
          .where('o.provider_id', '=', p('providerId'))
          .where('o.status', '=', 'published')
          .where('o.valid_until', '>=', p('today'))
          .orderBy('o.title')
          .orderBy('o.id'),
      ).as('offers'),
    ]);
  },
);

/** What the till reads for its list: the pass (null: no such pass) and the provider's offers. */
export interface TillList {
  pass: (TillPassRow & { redemption_seq: number }) | null;
  offers: (TillOfferRow & { credit: SpendableCredit[] })[];
}

interface ReadParams {
  tenantId: string;
  number: string;
  offerId: string;
  scope: string;
  key: string;
  today: string;
  withCredit: boolean;
}

/** Everything a redemption is decided on, read in one statement without a lock (see `book`). */
export interface RedemptionFacts {
  /** The answer stored under the Idempotency-Key, if a request with it was answered before. */
  stored: { request_hash: string; response_body: unknown } | null;
  pass: (TillPassRow & { redemption_seq: number }) | null;
  offer: TillOfferRow | null;
  /** With `withCredit`: the pass's credit that can pay at this offer today, in spending order (earliest expiry first). */
  credit: SpendableCredit[];
}

const READ_FOR_REDEMPTION = prepare<ReadParams, RedemptionFacts>('till_read_redemption', (db, p) =>
  db.selectNoFrom((eb) => [
    jsonObjectFrom(
      eb
        .selectFrom('idempotency_keys as k')
        .select(['k.request_hash', 'k.response_body'])
        .where('k.tenant_id', '=', p('tenantId'))
        .where('k.scope', '=', p('scope'))
        .where('k.key', '=', p('key')),
    ).as('stored'),
    jsonObjectFrom(passQuery(db, p).select('p.redemption_seq')).as('pass'),
    jsonObjectFrom(
      tillOfferQuery(db, passIdOf(p)).where('o.tenant_id', '=', p('tenantId')).where('o.id', '=', p('offerId')),
    ).as('offer'),
    spendableCreditList(sql`offers o join passes p on p.tenant_id = o.tenant_id and p.number = ${p('number')}, ${spendableCreditFrom(sql`p.id`, p('today'))}
        and cast(${p('withCredit')} as boolean) and o.tenant_id = ${p('tenantId')} and o.id = cast(${p('offerId')} as uuid)`).as(
      'credit',
    ),
  ]),
);

export interface NewRedemption {
  tenantId: string;
  id: string;
  offerId: string;
  passId: string;
  providerId: string;
  priceCents: number;
  regularPriceCents: number | null;
  creditCents: number;
  reimbursedCents: number;
  channel: 'till' | 'api';
  redeemedBy: string;
  redeemedAt: Date;
}

type BookParams = NewRedemption &
  LedgerBookingParams & {
    withKey: boolean;
    scope: string;
    key: string;
    requestHash: string;
    responseBody: string;
    seenSeq: number;
    takeStock: boolean;
    today: string;
    expectedEntries: number;
    expectedLines: number;
  };

/**
 * A redemption in ONE statement (autocommit: no BEGIN, no COMMIT, no lock held between round
 * trips). Each step happens only if the one before did:
 *
 * 1. claim the Idempotency-Key, storing the answer with it (a second request with the key waits
 *    here until the first is committed or undone);
 * 2. compare-and-set the pass's usage version: still the version the rules were checked at
 *    (another redemption or cancellation of this pass since then fails it), the pass still
 *    active and valid today, the offer still published and valid today;
 * 3. take one from the stock, if the offer has one, while there is any;
 * 4. take the credit from each account, while it still holds it;
 * 5. insert the redemption;
 * 6. write the ledger entries, lines and balances (the ledger module's redemption-booking.sql.ts).
 *
 * If any guarded step found the world changed, `till_booking_lost_race()` (migration 0009) raises
 * SP001 and PostgreSQL undoes the whole statement: nothing is half-booked, and the service reads
 * again. Row locks are taken in the order key, pass, offer, credit, payable, fund.
 */
const bookingStatement = (name: string, withLedger: boolean) =>
  prepare<BookParams, { booked: boolean }>(name, (_db, p) => {
    const booked = sql`exists (select 1 from version) and (not cast(${p('takeStock')} as boolean) or exists (select 1 from stock))`;
    return sql<{ booked: boolean }>`with
  claim as (
    insert into idempotency_keys (tenant_id, scope, key, request_hash, response_status, response_body)
    select ${p('tenantId')}, ${p('scope')}, ${p('key')}, ${p('requestHash')}, 201, cast(${p('responseBody')} as jsonb)
    where cast(${p('withKey')} as boolean)
    on conflict do nothing
    returning key),
  ${passUsageVersionCte(p, sql`${offerStillBookable(p)} and (not cast(${p('withKey')} as boolean) or exists (select 1 from claim))`)},
  ${takeStockCte(p, sql`exists (select 1 from version)`)},
  ${withLedger ? sql`${creditSpendCte(p, booked)},` : sql``}
  ins as (
    insert into redemptions (tenant_id, id, offer_id, pass_id, provider_id, price_cents, regular_price_cents, credit_cents, reimbursed_cents,
      channel, redeemed_by, created_at)
    select ${p('tenantId')}, cast(${p('id')} as uuid), cast(${p('offerId')} as uuid), cast(${p('passId')} as uuid), cast(${p('providerId')} as uuid),
      cast(${p('priceCents')} as integer), cast(${p('regularPriceCents')} as integer), cast(${p('creditCents')} as integer), cast(${p('reimbursedCents')} as integer),
      ${p('channel')}, ${p('redeemedBy')}, cast(${p('redeemedAt')} as timestamptz)
    where ${booked}${withLedger ? sql` and (select count(*) from credits) = cardinality(cast(${p('creditAccountIds')} as uuid[]))` : sql``}
    returning id)${
      withLedger
        ? sql`,
  ${ledgerEntriesCtes(p, sql`exists (select 1 from ins)`)}`
        : sql``
    }
  select case when exists (select 1 from ins)${
    withLedger
      ? sql`
      and (select count(*) from entries) = cast(${p('expectedEntries')} as integer)
      and (select count(*) from lines) = cast(${p('expectedLines')} as integer)`
      : sql``
  }
    then true else till_booking_lost_race() end as booked`;
  });

const BOOK_REDEMPTION = bookingStatement('till_book_redemption', true);
/**
 * The same booking for a redemption that writes nothing in the ledger (no credit, no
 * reimbursement: most sales). Without the ledger's steps PostgreSQL opens four tables instead of
 * seven for it: 0.29 ms instead of 0.52 ms in the till benchmark (decision 0003).
 */
const BOOK_REDEMPTION_WITHOUT_LEDGER = bookingStatement('till_book_redemption_plain', false);

/** SQLSTATE of `till_booking_lost_race()`. */
const LOST_RACE = 'SP001';

export class RedemptionsRepository {
  constructor(private readonly db: Db | Transaction<DB>) {}

  /**
   * Runs `work` in one transaction, with a repository bound to it and the transaction itself, for
   * the other modules' services the work calls (passes, offers, ledger).
   */
  transaction<T>(work: (repo: RedemptionsRepository, tx: Transaction<DB>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => work(new RedemptionsRepository(trx), trx));
  }

  /** Locks the pass row until the transaction ends: a try that lost a race queues here. */
  async lockPass(tenantId: string, number: string) {
    await this.db
      .selectFrom('passes')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('number', '=', number)
      .forUpdate()
      .execute();
  }

  /**
   * What a redemption is decided on, in one statement without locks: the answer already stored
   * under the key, the pass (with its usage version), the offer, the dates this pass used the
   * offer, and (`withCredit`) the credit that can pay there. `number` '' reads no pass.
   */
  async readForRedemption(params: ReadParams): Promise<RedemptionFacts> {
    return (await READ_FOR_REDEMPTION.first(this.db, params))!;
  }

  /**
   * Waits until every booking committed so far is durable (src/db/pipeline.ts, group commit):
   * before a stored answer is given again, since the request that stored it may still be waiting
   * for its barrier. Call it on the repository of the root database, not of a transaction.
   */
  waitUntilDurable(): Promise<void> {
    return waitUntilDurable(this.db);
  }

  /** The pass and every published, not yet ended offer of the provider, with this pass's usage: one statement. */
  async listTillOffers(tenantId: string, providerId: string, number: string, today: string): Promise<TillList> {
    return (await LIST_TILL_OFFERS.first(this.db, { tenantId, providerId, number, today }))!;
  }

  /**
   * Books the redemption, its ledger entries and (with a key) its answer in one statement (see
   * `BOOK_REDEMPTION`). False when a guarded step lost a race with another till: then nothing
   * at all was written, and the caller reads again.
   */
  async book(input: {
    redemption: NewRedemption;
    ledger: ReturnType<typeof ledgerBookingParams>;
    passVersion: number;
    takeStock: boolean;
    today: string;
    idempotent?: { scope: string; key: string; requestHash: string; responseBody: unknown } | undefined;
  }): Promise<boolean> {
    const { redemption, ledger, idempotent } = input;
    try {
      const statement = ledger.expected.entries > 0 ? BOOK_REDEMPTION : BOOK_REDEMPTION_WITHOUT_LEDGER;
      // Object.assign, not spreads: on Node 20 this literal alone made some 20 KB of new hidden
      // classes per sale (decision 0004).
      await statement.first(
        this.db,
        Object.assign({}, ledger.params, redemption, {
          withKey: idempotent !== undefined,
          scope: idempotent?.scope ?? '',
          key: idempotent?.key ?? '',
          requestHash: idempotent?.requestHash ?? '',
          responseBody: JSON.stringify(idempotent?.responseBody ?? null),
          seenSeq: input.passVersion,
          takeStock: input.takeStock,
          today: input.today,
          expectedEntries: ledger.expected.entries,
          expectedLines: ledger.expected.lines,
        }),
      );
      return true;
    } catch (error) {
      if ((error as { code?: unknown }).code === LOST_RACE) return false;
      throw error;
    }
  }

  /**
   * Stores a refusal as the answer to the first request with a key: `{ refusal: { code, detail } }`
   * without a status (statuses belong to the HTTP layer, which turns a replayed refusal into the
   * same problem+json body again). False when another request with the key was answered first.
   */
  async storeRefusal(
    tenantId: string,
    scope: string,
    key: string,
    requestHash: string,
    body: unknown,
  ): Promise<boolean> {
    const row = await this.db
      .insertInto('idempotency_keys')
      .values({
        tenant_id: tenantId,
        scope,
        key,
        request_hash: requestHash,
        response_status: null,
        response_body: JSON.stringify(body),
      })
      .onConflict((oc) => oc.doNothing())
      .returning('key')
      .executeTakeFirst();
    return row !== undefined;
  }

  /**
   * Deletes at most `limit` Idempotency-Keys stored before `cutoff`, of every municipality (a
   * platform chore), and says how many. In batches, so each statement is short. Without an index
   * on created_at: the table is small once swept, and the till's hot path pays for every index.
   */
  async forgetIdempotencyKeysBefore(cutoff: Date, limit: number): Promise<number> {
    const result = await this.db
      .deleteFrom('idempotency_keys')
      .where(({ eb, refTuple, selectFrom }) =>
        eb(
          refTuple('tenant_id', 'scope', 'key'),
          'in',
          selectFrom('idempotency_keys')
            .select(['tenant_id', 'scope', 'key'])
            .where('created_at', '<', cutoff)
            .limit(limit)
            .$asTuple('tenant_id', 'scope', 'key'),
        ),
      )
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  private redemptionQuery(tenantId: string) {
    return this.db
      .selectFrom('redemptions as r')
      .innerJoin('offers as o', (j) => j.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.id', '=', 'r.offer_id'))
      .innerJoin('passes as p', (j) => j.onRef('p.tenant_id', '=', 'r.tenant_id').onRef('p.id', '=', 'r.pass_id'))
      .innerJoin('providers as pr', (j) =>
        j.onRef('pr.tenant_id', '=', 'r.tenant_id').onRef('pr.id', '=', 'r.provider_id'),
      )
      .where('r.tenant_id', '=', tenantId);
  }

  findRedemption(tenantId: string, redemptionId: string) {
    return this.redemptionQuery(tenantId)
      .select(REDEMPTION_COLUMNS)
      .where('r.id', '=', redemptionId)
      .executeTakeFirst();
  }

  /** Moves every redemption of a pass to the pass that replaces it (history and per-pass limits go along). */
  async moveToPass(tenantId: string, fromPassId: string, toPassId: string): Promise<number> {
    const result = await this.db
      .updateTable('redemptions')
      .set({ pass_id: toPassId })
      .where('tenant_id', '=', tenantId)
      .where('pass_id', '=', fromPassId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** Marks the redemption cancelled unless it already is. Returns the new cancelled_at, or undefined. */
  cancelRedemption(tenantId: string, redemptionId: string, at: Date, by: string) {
    return this.db
      .updateTable('redemptions')
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
      items
        .orderBy('r.created_at', 'desc')
        .orderBy('r.id', 'desc')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute(),
    ]);
    return { rows, totalItems: Number(count.n) };
  }
}

export type TillPassRow = InferResult<ReturnType<typeof passQuery>>[number];
export type TillOfferRow = InferResult<ReturnType<typeof tillOfferQuery>>[number];
export type RedemptionRow = NonNullable<Awaited<ReturnType<RedemptionsRepository['findRedemption']>>>;
export type { PassCategory };
