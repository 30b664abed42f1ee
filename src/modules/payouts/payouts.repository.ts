import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import './payouts.tables.ts';
import type { PaymentSource } from './payouts.tables.ts';

/** Dutch midnight at the start of a 'YYYY-MM-DD' date, as a timestamptz. */
const dutchMidnight = (date: string) => sql<Date>`(cast(${date} as date)::timestamp at time zone 'Europe/Amsterdam')`;
/** The first moment after the Dutch day `date`. */
const afterDutchDay = (date: string) =>
  sql<Date>`((cast(${date} as date) + 1)::timestamp at time zone 'Europe/Amsterdam')`;

const SETTLEMENT_COLUMNS = [
  's.id',
  's.run_id',
  's.provider_id',
  'pr.name as provider_name',
  's.period_start',
  's.period_end',
  's.amount_cents',
  's.creditor_name',
  's.creditor_iban',
  's.creditor_bic',
  's.entry_id',
  's.status',
  's.paid_at',
  's.paid_on',
  's.payment_entry_id',
  's.payment_source',
  's.payment_reference',
  's.created_at',
] as const;

export interface UnsettledLine {
  provider_id: string;
  account_id: string;
  entry_id: string;
  line_no: number;
  amount_cents: number;
}

/** Queries of the payouts module; built on the caller's transaction for anything that books. */
export class PayoutsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Settlement runs of one tenant are made one at a time (until the transaction ends). */
  async lockRunsOfTenant(tenantId: string) {
    await sql`select pg_advisory_xact_lock(4790007, hashtext(${tenantId}))`.execute(this.db);
  }

  findTenant(tenantId: string) {
    return this.db
      .selectFrom('tenants')
      .select(['id', 'name', 'pass_name', 'payout_iban', 'payout_bic', 'payout_account_name'])
      .where('id', '=', tenantId)
      .executeTakeFirst();
  }

  private runs(tenantId: string) {
    return this.db
      .selectFrom('settlement_runs')
      .select([
        'id',
        'period_start',
        'period_end',
        'debtor_iban',
        'debtor_bic',
        'debtor_name',
        'created_at',
        'created_by',
      ])
      .where('tenant_id', '=', tenantId);
  }

  findRun(tenantId: string, runId: string) {
    return this.runs(tenantId).where('id', '=', runId).executeTakeFirst();
  }

  findRunByPeriod(tenantId: string, periodStart: string, periodEnd: string) {
    return this.runs(tenantId)
      .where('period_start', '=', periodStart)
      .where('period_end', '=', periodEnd)
      .executeTakeFirst();
  }

  /** A run whose period shares at least one day with [start, end]. */
  findOverlappingRun(tenantId: string, periodStart: string, periodEnd: string) {
    return this.runs(tenantId)
      .where('period_start', '<=', periodEnd)
      .where('period_end', '>=', periodStart)
      .orderBy('period_start')
      .executeTakeFirst();
  }

  async listRuns(tenantId: string, page: number, pageSize: number) {
    const [rows, count] = await Promise.all([
      this.runs(tenantId)
        .orderBy('period_start', 'desc')
        .orderBy('id')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute(),
      this.db
        .selectFrom('settlement_runs')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('tenant_id', '=', tenantId)
        .executeTakeFirstOrThrow(),
    ]);
    return { rows, totalItems: Number(count.n) };
  }

  insertRun(values: {
    tenantId: string;
    periodStart: string;
    periodEnd: string;
    debtorIban: string | null;
    debtorBic: string | null;
    debtorName: string;
    createdBy: string | null;
  }) {
    return this.db
      .insertInto('settlement_runs')
      .values({
        tenant_id: values.tenantId,
        period_start: values.periodStart,
        period_end: values.periodEnd,
        debtor_iban: values.debtorIban,
        debtor_bic: values.debtorBic,
        debtor_name: values.debtorName,
        created_by: values.createdBy,
      })
      .returning(['id'])
      .executeTakeFirstOrThrow();
  }

  /**
   * Every provider-payable journal line booked before the end of the Dutch day `periodEnd` that
   * no settlement covers yet (earlier unsettled lines carry over), except the settlements'
   * own bookings on the payable (and reversals of them).
   */
  async unsettledPayableLines(tenantId: string, periodEnd: string): Promise<UnsettledLine[]> {
    const result = await sql<UnsettledLine>`
      select a.provider_id, l.account_id, l.entry_id, l.line_no, l.amount_cents
      from journal_lines l
      join ledger_accounts a on a.tenant_id = l.tenant_id and a.id = l.account_id
      join journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
      left join journal_entries o on o.tenant_id = e.tenant_id and o.id = e.reverses_entry_id
      where l.tenant_id = ${tenantId} and a.type = 'provider_payable'
        and e.occurred_at < ${afterDutchDay(periodEnd)}
        and coalesce(o.kind, e.kind) <> 'settlement'
        and not exists (select 1 from settlement_lines s
          where s.tenant_id = l.tenant_id and s.entry_id = l.entry_id and s.line_no = l.line_no)
      order by a.provider_id, l.entry_id, l.line_no`.execute(this.db);
    return result.rows.map((r) => ({ ...r, amount_cents: Number(r.amount_cents), line_no: Number(r.line_no) }));
  }

  providersByIds(tenantId: string, providerIds: string[]) {
    if (providerIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('providers')
      .select(['id', 'name', 'iban', 'bic', 'account_holder_name'])
      .where('tenant_id', '=', tenantId)
      .where('id', 'in', providerIds)
      .execute();
  }

  insertSettlement(values: {
    tenantId: string;
    id: string;
    runId: string;
    providerId: string;
    periodStart: string;
    periodEnd: string;
    amountCents: number;
    creditorName: string;
    creditorIban: string;
    creditorBic: string | null;
    entryId: string;
  }) {
    return this.db
      .insertInto('settlements')
      .values({
        tenant_id: values.tenantId,
        id: values.id,
        run_id: values.runId,
        provider_id: values.providerId,
        period_start: values.periodStart,
        period_end: values.periodEnd,
        amount_cents: values.amountCents,
        creditor_name: values.creditorName,
        creditor_iban: values.creditorIban,
        creditor_bic: values.creditorBic,
        entry_id: values.entryId,
      })
      .execute();
  }

  async insertSettlementLines(tenantId: string, settlementId: string, lines: UnsettledLine[]) {
    for (let i = 0; i < lines.length; i += 1000) {
      await this.db
        .insertInto('settlement_lines')
        .values(
          lines.slice(i, i + 1000).map((l) => ({
            tenant_id: tenantId,
            entry_id: l.entry_id,
            line_no: l.line_no,
            settlement_id: settlementId,
            amount_cents: l.amount_cents,
          })),
        )
        .execute();
    }
  }

  insertBlocked(tenantId: string, runId: string, providerId: string, amountCents: number, reason: string) {
    return this.db
      .insertInto('settlement_run_blocked')
      .values({ tenant_id: tenantId, run_id: runId, provider_id: providerId, amount_cents: amountCents, reason })
      .execute();
  }

  private settlements(tenantId: string) {
    return this.db
      .selectFrom('settlements as s')
      .innerJoin('providers as pr', (j) =>
        j.onRef('pr.tenant_id', '=', 's.tenant_id').onRef('pr.id', '=', 's.provider_id'),
      )
      .select(SETTLEMENT_COLUMNS)
      .where('s.tenant_id', '=', tenantId);
  }

  settlementsOfRun(tenantId: string, runId: string) {
    return this.settlements(tenantId).where('s.run_id', '=', runId).orderBy('pr.name').orderBy('s.id').execute();
  }

  blockedOfRun(tenantId: string, runId: string) {
    return this.db
      .selectFrom('settlement_run_blocked as b')
      .innerJoin('providers as pr', (j) =>
        j.onRef('pr.tenant_id', '=', 'b.tenant_id').onRef('pr.id', '=', 'b.provider_id'),
      )
      .select(['b.provider_id', 'pr.name as provider_name', 'b.amount_cents', 'b.reason'])
      .where('b.tenant_id', '=', tenantId)
      .where('b.run_id', '=', runId)
      .orderBy('pr.name')
      .execute();
  }

  findSettlement(tenantId: string, settlementId: string) {
    return this.settlements(tenantId).where('s.id', '=', settlementId).executeTakeFirst();
  }

  /** Locks the settlement row until the transaction ends: one payment confirmation at a time. */
  lockSettlement(tenantId: string, settlementId: string) {
    return this.db
      .selectFrom('settlements')
      .select(['id', 'status', 'amount_cents', 'provider_id', 'run_id'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', settlementId)
      .forUpdate()
      .executeTakeFirst();
  }

  async settlementsOfProvider(tenantId: string, providerId: string, page: number, pageSize: number) {
    const [rows, count] = await Promise.all([
      this.settlements(tenantId)
        .where('s.provider_id', '=', providerId)
        .orderBy('s.period_start', 'desc')
        .orderBy('s.id')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute(),
      this.db
        .selectFrom('settlements')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('tenant_id', '=', tenantId)
        .where('provider_id', '=', providerId)
        .executeTakeFirstOrThrow(),
    ]);
    return { rows, totalItems: Number(count.n) };
  }

  markPaid(
    tenantId: string,
    settlementId: string,
    values: {
      paidOn: string;
      paymentEntryId: string;
      source: PaymentSource;
      reference: string | null;
      confirmedBy: string | null;
    },
  ) {
    return this.db
      .updateTable('settlements')
      .set({
        status: 'paid',
        paid_at: sql<Date>`now()`,
        paid_on: values.paidOn,
        payment_entry_id: values.paymentEntryId,
        payment_source: values.source,
        payment_reference: values.reference,
        confirmed_by: values.confirmedBy,
      })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', settlementId)
      .where('status', '=', 'pending')
      .execute();
  }

  /** The provider's redemptions made on the Dutch days of the period, with the offer's title. */
  redemptionsInPeriod(tenantId: string, providerId: string, periodStart: string, periodEnd: string) {
    return this.db
      .selectFrom('redemptions as r')
      .innerJoin('offers as o', (j) => j.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.id', '=', 'r.offer_id'))
      .select(['r.id', 'r.created_at', 'r.price_cents', 'r.cancelled_at', 'o.title as offer_title'])
      .where('r.tenant_id', '=', tenantId)
      .where('r.provider_id', '=', providerId)
      .where('r.created_at', '>=', dutchMidnight(periodStart))
      .where('r.created_at', '<', afterDutchDay(periodEnd))
      .orderBy('r.created_at')
      .orderBy('r.id')
      .execute();
  }

  /** Redemptions of the provider by id (for settled lines of redemptions outside the period). */
  redemptionsByIds(tenantId: string, providerId: string, ids: string[]) {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('redemptions as r')
      .innerJoin('offers as o', (j) => j.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.id', '=', 'r.offer_id'))
      .select(['r.id', 'r.created_at', 'r.price_cents', 'r.cancelled_at', 'o.title as offer_title'])
      .where('r.tenant_id', '=', tenantId)
      .where('r.provider_id', '=', providerId)
      .where('r.id', 'in', ids)
      .execute();
  }

  /** The lines a settlement covers, with the kind and reference of their entry (a reversal: of the entry it reverses). */
  async settledLines(tenantId: string, settlementId: string) {
    const result = await sql<{
      entry_id: string;
      amount_cents: number;
      kind: string;
      reversal: boolean;
      reference: string;
      description: string;
      occurred_at: Date;
    }>`
      select sl.entry_id, sl.amount_cents, coalesce(o.kind, e.kind) as kind, (o.id is not null) as reversal,
        coalesce(o.reference, e.reference) as reference, e.description, e.occurred_at
      from settlement_lines sl
      join journal_entries e on e.tenant_id = sl.tenant_id and e.id = sl.entry_id
      left join journal_entries o on o.tenant_id = e.tenant_id and o.id = e.reverses_entry_id
      where sl.tenant_id = ${tenantId} and sl.settlement_id = ${settlementId}
      order by e.occurred_at, sl.entry_id, sl.line_no`.execute(this.db);
    return result.rows.map((r) => ({ ...r, amount_cents: Number(r.amount_cents) }));
  }
}
