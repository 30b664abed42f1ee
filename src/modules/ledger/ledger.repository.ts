import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { LedgerAccountType } from './ledger.tables.ts';

/** Who an account belongs to. Tenant-wide accounts (action budget, bank, ...) have no owner. */
export interface AccountOwner {
  schemeId?: string | null;
  passId?: string | null;
  providerId?: string | null;
}

/** The same text as the generated column ledger_accounts.owner_key. */
export const ownerKey = (owner: AccountOwner) =>
  `${owner.schemeId ?? ''}:${owner.passId ?? ''}:${owner.providerId ?? ''}`;

export interface NewLine {
  accountId: string;
  amountCents: number;
}

/**
 * Queries of the ledger. Built on a Kysely instance or, for anything that books, on the
 * caller's transaction: a repository never opens a transaction of its own.
 */
export class LedgerRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Inserts the entry unless (kind, reference) is already booked; returns its id, or undefined if it was. */
  async insertEntry(values: {
    tenantId: string;
    kind: string;
    reference: string;
    description: string;
    occurredAt: Date;
    reversesEntryId: string | null;
    recordedBy: string | null;
  }) {
    const row = await this.db
      .insertInto('journal_entries')
      .values({
        tenant_id: values.tenantId,
        kind: values.kind,
        reference: values.reference,
        description: values.description,
        occurred_at: values.occurredAt,
        reverses_entry_id: values.reversesEntryId,
        recorded_by: values.recordedBy,
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'kind', 'reference']).doNothing())
      .returning(['id', 'recorded_at'])
      .executeTakeFirst();
    return row;
  }

  findEntryByReference(tenantId: string, kind: string, reference: string) {
    return this.entries(tenantId).where('kind', '=', kind).where('reference', '=', reference).executeTakeFirst();
  }

  findEntry(tenantId: string, entryId: string) {
    return this.entries(tenantId).where('id', '=', entryId).executeTakeFirst();
  }

  findReversalOf(tenantId: string, entryId: string) {
    return this.entries(tenantId).where('reverses_entry_id', '=', entryId).executeTakeFirst();
  }

  private entries(tenantId: string) {
    return this.db
      .selectFrom('journal_entries')
      .select([
        'id',
        'kind',
        'reference',
        'description',
        'occurred_at',
        'recorded_at',
        'reverses_entry_id',
        'recorded_by',
      ])
      .where('tenant_id', '=', tenantId);
  }

  linesOfEntry(tenantId: string, entryId: string) {
    return this.db
      .selectFrom('journal_lines')
      .select(['line_no', 'account_id', 'amount_cents'])
      .where('tenant_id', '=', tenantId)
      .where('entry_id', '=', entryId)
      .orderBy('line_no')
      .execute();
  }

  /**
   * Locks the accounts until the transaction ends, in id order. Every booking locks its accounts
   * this way, so two bookings never wait for each other in a circle. Missing ids (or ids of
   * another tenant) are simply not returned.
   */
  lockAccounts(tenantId: string, accountIds: string[]) {
    if (accountIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('ledger_accounts')
      .select(['id', 'type', 'balance_cents'])
      .where('tenant_id', '=', tenantId)
      .where('id', 'in', accountIds)
      .orderBy('id')
      .forUpdate()
      .execute();
  }

  async insertLines(tenantId: string, entryId: string, lines: NewLine[]) {
    await this.db
      .insertInto('journal_lines')
      .values(
        lines.map((line, i) => ({
          tenant_id: tenantId,
          entry_id: entryId,
          line_no: i + 1,
          account_id: line.accountId,
          amount_cents: line.amountCents,
        })),
      )
      .execute();
  }

  /** `balance_cents = balance_cents + delta`, one statement per account, in id order. */
  async addToBalances(tenantId: string, deltas: { accountId: string; deltaCents: number }[]) {
    const sorted = [...deltas].sort((a, b) => (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0));
    for (const { accountId, deltaCents } of sorted) {
      await this.db
        .updateTable('ledger_accounts')
        .set({ balance_cents: sql`balance_cents + ${deltaCents}::bigint` })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', accountId)
        .execute();
    }
  }

  /** The account of this type and owner, created on first use. */
  async ensureAccount(
    tenantId: string,
    type: LedgerAccountType,
    owner: AccountOwner,
    name: string | (() => Promise<string>),
  ) {
    const existing = await this.findAccount(tenantId, type, owner);
    if (existing) return existing;
    const accountName = typeof name === 'string' ? name : await name();
    await this.db
      .insertInto('ledger_accounts')
      .values({
        tenant_id: tenantId,
        type,
        scheme_id: owner.schemeId ?? null,
        pass_id: owner.passId ?? null,
        provider_id: owner.providerId ?? null,
        name: accountName,
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'type', 'owner_key']).doNothing())
      .execute();
    const created = await this.findAccount(tenantId, type, owner);
    if (!created) throw new Error(`ledger account ${type} ${ownerKey(owner)} could not be created`);
    return created;
  }

  findAccount(tenantId: string, type: LedgerAccountType, owner: AccountOwner) {
    return this.db
      .selectFrom('ledger_accounts')
      .select(['id', 'type', 'name', 'balance_cents', 'scheme_id', 'pass_id', 'provider_id'])
      .where('tenant_id', '=', tenantId)
      .where('type', '=', type)
      .where('owner_key', '=', ownerKey(owner))
      .executeTakeFirst();
  }

  /** Entries booked under any of these references (one kind), for idempotent batches. */
  async existingReferences(tenantId: string, kind: string, references: string[]) {
    if (references.length === 0) return new Set<string>();
    const rows = await this.db
      .selectFrom('journal_entries')
      .select('reference')
      .where('tenant_id', '=', tenantId)
      .where('kind', '=', kind)
      .where('reference', 'in', references)
      .execute();
    return new Set(rows.map((r) => r.reference));
  }

  /** How many lines the account has: a version number that grows with every booking on it. */
  async lineCountOfAccount(tenantId: string, accountId: string) {
    const row = await this.db
      .selectFrom('journal_lines')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('tenant_id', '=', tenantId)
      .where('account_id', '=', accountId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  // ---- Export -------------------------------------------------------------------------------

  listAccounts(tenantId: string) {
    return this.db
      .selectFrom('ledger_accounts as a')
      .leftJoin('passes as p', (join) => join.onRef('p.tenant_id', '=', 'a.tenant_id').onRef('p.id', '=', 'a.pass_id'))
      .select([
        'a.id',
        'a.type',
        'a.name',
        'a.scheme_id',
        'a.pass_id',
        'p.number as pass_number',
        'a.provider_id',
        'a.balance_cents',
        'a.created_at',
      ])
      .where('a.tenant_id', '=', tenantId)
      .orderBy('a.type')
      .orderBy('a.created_at')
      .orderBy('a.id')
      .execute();
  }

  listEntries(tenantId: string) {
    return this.db
      .selectFrom('journal_entries')
      .select([
        'id',
        'kind',
        'reference',
        'description',
        'occurred_at',
        'recorded_at',
        'reverses_entry_id',
        'recorded_by',
      ])
      .where('tenant_id', '=', tenantId)
      .orderBy('recorded_at')
      .orderBy('id')
      .execute();
  }

  listLines(tenantId: string) {
    return this.db
      .selectFrom('journal_lines')
      .select(['entry_id', 'line_no', 'account_id', 'amount_cents'])
      .where('tenant_id', '=', tenantId)
      .orderBy('entry_id')
      .orderBy('line_no')
      .execute();
  }

  /** Settlement runs (payouts, migration 0007), oldest period first. */
  listSettlementRuns(tenantId: string) {
    return this.db
      .selectFrom('settlement_runs')
      .select([
        'id',
        'period_start',
        'period_end',
        'debtor_name',
        'debtor_iban',
        'debtor_bic',
        'created_at',
        'created_by',
      ])
      .where('tenant_id', '=', tenantId)
      .orderBy('period_start')
      .orderBy('id')
      .execute();
  }

  listSettlements(tenantId: string) {
    return this.db
      .selectFrom('settlements')
      .select([
        'id',
        'run_id',
        'provider_id',
        'period_start',
        'period_end',
        'amount_cents',
        'creditor_name',
        'creditor_iban',
        'creditor_bic',
        'entry_id',
        'status',
        'paid_on',
        'paid_at',
        'payment_entry_id',
        'payment_source',
        'payment_reference',
        'created_at',
      ])
      .where('tenant_id', '=', tenantId)
      .orderBy('period_start')
      .orderBy('provider_id')
      .orderBy('id')
      .execute();
  }

  listSettlementLines(tenantId: string) {
    return this.db
      .selectFrom('settlement_lines')
      .select(['settlement_id', 'entry_id', 'line_no', 'amount_cents'])
      .where('tenant_id', '=', tenantId)
      .orderBy('settlement_id')
      .orderBy('entry_id')
      .orderBy('line_no')
      .execute();
  }

  listBlockedProviders(tenantId: string) {
    return this.db
      .selectFrom('settlement_run_blocked')
      .select(['run_id', 'provider_id', 'amount_cents', 'reason'])
      .where('tenant_id', '=', tenantId)
      .orderBy('run_id')
      .orderBy('provider_id')
      .execute();
  }

  /** The pass's credit accounts that hold credit, locked until the transaction ends (a pass replacement moves them). */
  passCreditAccountsForUpdate(tenantId: string, passId: string) {
    return this.db
      .selectFrom('ledger_accounts')
      .select(['id', 'scheme_id', 'name', 'balance_cents'])
      .where('tenant_id', '=', tenantId)
      .where('type', '=', 'pass_credit')
      .where('pass_id', '=', passId)
      .where('balance_cents', '>', 0)
      .orderBy('id')
      .forUpdate()
      .execute();
  }
}

/** The books as the ledger export reads them: rows of every table of the ledger, for one tenant. */
export type AccountRow = Awaited<ReturnType<LedgerRepository['listAccounts']>>[number];
export type EntryRow = Awaited<ReturnType<LedgerRepository['listEntries']>>[number];
export type LineRow = Awaited<ReturnType<LedgerRepository['listLines']>>[number];
export type RunRow = Awaited<ReturnType<LedgerRepository['listSettlementRuns']>>[number];
export type SettlementRow = Awaited<ReturnType<LedgerRepository['listSettlements']>>[number];
export type SettlementLineRow = Awaited<ReturnType<LedgerRepository['listSettlementLines']>>[number];
export type BlockedRow = Awaited<ReturnType<LedgerRepository['listBlockedProviders']>>[number];

export interface LedgerData {
  tenantId: string;
  generatedAt: Date;
  accounts: AccountRow[];
  entries: EntryRow[];
  lines: LineRow[];
  settlementRuns: RunRow[];
  settlements: SettlementRow[];
  settlementLines: SettlementLineRow[];
  blockedProviders: BlockedRow[];
}
