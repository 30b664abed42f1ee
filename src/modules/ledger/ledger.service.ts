import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { LedgerAccountType } from './ledger.tables.ts';
import { DomainError, type InvalidParam } from '../../shared/errors.ts';
import { actorId, type Principal } from '../access/principal.ts';
import { LedgerRepository, type AccountOwner, type LedgerData, type NewLine } from './ledger.repository.ts';
import { withRetry } from './retry.ts';
import { ledgerPolicy } from './ledger.policy.ts';

/**
 * The double-entry ledger. Every booking is one journal entry whose lines sum to zero, in
 * integer cents; entries are never changed, a correction is a reversing entry. The database
 * enforces the same (append-only triggers, a balance check at commit, no negative pass credit):
 * this code is the first line of defence, not the only one.
 *
 * Booking functions take the caller's transaction: a booking is always part of the business
 * change it records (a load, a payment), and commits or rolls back with it.
 */

/** Kinds of entries booked so far. The database accepts any snake_case kind; keep this list in docs/ledger.md. */
export type EntryKind =
  | 'sponsor_contribution'
  | 'action_budget_grant'
  | 'scheme_funding'
  | 'credit_load'
  | 'credit_spend'
  | 'credit_expiry'
  | 'reversal'
  | 'redemption_credit_payment'
  | 'discount_reimbursement'
  | 'settlement'
  | 'settlement_payment'
  | 'pass_sale'
  | 'pass_sale_refund'
  | 'pass_replacement';

export type Tx = Transaction<DB>;

export interface LockedAccount {
  id: string;
  type: LedgerAccountType;
  balanceAfterCents: number;
}

export interface PostEntryInput {
  tenantId: string;
  kind: EntryKind;
  /** Business reference; (kind, reference) is booked once per tenant. */
  reference: string;
  description?: string;
  occurredAt?: Date;
  recordedBy?: string | null;
  reversesEntryId?: string | null;
  lines: NewLine[];
  /**
   * Runs after the accounts are locked and before anything is written, with each account's
   * balance as it would be after this entry; throw to refuse (e.g. a fund without budget).
   * Not run when the entry was booked before.
   */
  guard?: (accounts: Map<string, LockedAccount>) => void;
}

export interface PostedEntry {
  id: string;
  kind: string;
  reference: string;
  lines: NewLine[];
  /** false when (kind, reference) was already booked with the same lines: nothing new was booked. */
  created: boolean;
}

const PASS_CREDIT_CONSTRAINT = 'ledger_accounts_pass_credit_not_negative';

/** Rejects lines that cannot form a valid entry, listing every problem. */
export function validateLines(lines: NewLine[]): InvalidParam[] {
  const problems: InvalidParam[] = [];
  if (lines.length < 2)
    problems.push({ name: 'lines', code: 'too-few-lines', reason: 'an entry needs at least two lines' });
  lines.forEach((line, i) => {
    if (!Number.isSafeInteger(line.amountCents)) {
      problems.push({
        name: `lines[${i}].amountCents`,
        code: 'not-integer-cents',
        reason: `${line.amountCents} is not a whole number of cents`,
      });
    } else if (line.amountCents === 0) {
      problems.push({
        name: `lines[${i}].amountCents`,
        code: 'zero-amount',
        reason: 'a line of zero cents books nothing',
      });
    }
  });
  if (problems.length === 0) {
    const sum = lines.reduce((total, line) => total + line.amountCents, 0);
    if (sum !== 0) problems.push({ name: 'lines', code: 'unbalanced', reason: `the lines sum to ${sum} cents, not 0` });
  }
  return problems;
}

const sameLines = (a: NewLine[], b: NewLine[]) => {
  const key = (lines: NewLine[]) =>
    lines
      .map((l) => `${l.accountId}:${l.amountCents}`)
      .sort()
      .join('|');
  return key(a) === key(b);
};

/**
 * Books one journal entry inside the caller's transaction: validates the lines, books
 * (kind, reference) at most once, locks the accounts in id order, checks that no pass credit
 * goes below zero, writes the lines and adds each account's delta to its cached balance.
 */
export async function postEntry(tx: Tx, input: PostEntryInput): Promise<PostedEntry> {
  const problems = validateLines(input.lines);
  if (problems.length > 0)
    throw new DomainError('invalid-input', 'This journal entry is not valid; see invalidParams.', problems);
  const repo = new LedgerRepository(tx);

  const inserted = await repo.insertEntry({
    tenantId: input.tenantId,
    kind: input.kind,
    reference: input.reference,
    description: input.description ?? '',
    occurredAt: input.occurredAt ?? new Date(),
    reversesEntryId: input.reversesEntryId ?? null,
    recordedBy: input.recordedBy ?? null,
  });
  if (!inserted) {
    // Booked before (a retry, or a batch run again): the same booking is fine, another one is not.
    const existing = await repo.findEntryByReference(input.tenantId, input.kind, input.reference);
    const lines = (await repo.linesOfEntry(input.tenantId, existing!.id)).map((l) => ({
      accountId: l.account_id,
      amountCents: l.amount_cents,
    }));
    if (!sameLines(lines, input.lines)) {
      throw new DomainError(
        'ledger-reference-conflict',
        `Reference "${input.reference}" was already booked (${input.kind}) with other amounts.`,
      );
    }
    return { id: existing!.id, kind: input.kind, reference: input.reference, lines, created: false };
  }

  const deltas = new Map<string, number>();
  for (const line of input.lines) deltas.set(line.accountId, (deltas.get(line.accountId) ?? 0) + line.amountCents);
  const locked = await repo.lockAccounts(input.tenantId, [...deltas.keys()]);
  if (locked.length !== deltas.size) {
    const found = new Set(locked.map((a) => a.id));
    const missing = [...deltas.keys()].filter((id) => !found.has(id));
    throw new DomainError(
      'invalid-input',
      'Every line must book on an account of this municipality.',
      missing.map((id) => ({
        name: 'lines.accountId',
        code: 'unknown-account',
        reason: `account ${id} does not exist here`,
      })),
    );
  }
  const accounts = new Map(
    locked.map((a) => [a.id, { id: a.id, type: a.type, balanceAfterCents: a.balance_cents + (deltas.get(a.id) ?? 0) }]),
  );
  for (const account of accounts.values()) {
    if (account.type === 'pass_credit' && account.balanceAfterCents < 0) {
      const available = account.balanceAfterCents - (deltas.get(account.id) ?? 0);
      throw new DomainError(
        'credit-insufficient',
        `The pass has ${available} cents of credit; this booking needs ${available - account.balanceAfterCents}.`,
      );
    }
  }
  input.guard?.(accounts);

  await repo.insertLines(input.tenantId, inserted.id, input.lines);
  try {
    await repo.addToBalances(
      input.tenantId,
      [...deltas].filter(([, d]) => d !== 0).map(([accountId, deltaCents]) => ({ accountId, deltaCents })),
    );
  } catch (error) {
    // Unreachable while the check above holds the lock; the database has the last word anyway.
    if ((error as { constraint?: string }).constraint === PASS_CREDIT_CONSTRAINT) {
      throw new DomainError('credit-insufficient', 'There is not enough credit on the pass for this booking.');
    }
    throw error;
  }
  return { id: inserted.id, kind: input.kind, reference: input.reference, lines: input.lines, created: true };
}

/**
 * Corrects an entry by booking its mirror image: every line with the opposite sign. An entry is
 * reversed at most once (reversing it again returns the first reversal); a reversal itself is
 * not reversed: book the right entry anew instead.
 */
export async function reverseEntry(
  tx: Tx,
  input: { tenantId: string; entryId: string; reason: string; recordedBy?: string | null },
): Promise<PostedEntry> {
  const repo = new LedgerRepository(tx);
  const original = await repo.findEntry(input.tenantId, input.entryId);
  if (!original) throw new DomainError('ledger-entry-not-found', `There is no journal entry with id ${input.entryId}.`);
  if (original.kind === 'reversal')
    throw new DomainError('ledger-entry-not-reversible', 'A reversal is not reversed; book the correct entry instead.');
  // A business reversal (a refund, a cancellation) may already mirror this entry: a second,
  // generic reversal would undo the correction twice.
  const earlier = await repo.findReversalOf(input.tenantId, original.id);
  if (earlier && earlier.kind !== 'reversal') {
    throw new DomainError(
      'ledger-entry-not-reversible',
      `This entry was already reversed by a ${earlier.kind} entry (${earlier.id}).`,
    );
  }
  const lines = await repo.linesOfEntry(input.tenantId, original.id);
  return postEntry(tx, {
    tenantId: input.tenantId,
    kind: 'reversal',
    reference: original.id,
    reversesEntryId: original.id,
    description: input.reason,
    recordedBy: input.recordedBy ?? null,
    lines: lines.map((line) => ({ accountId: line.account_id, amountCents: -line.amount_cents })),
  });
}

/** The account of this type and owner, created on first use. */
export function ensureAccount(
  tx: Kysely<DB>,
  tenantId: string,
  type: LedgerAccountType,
  owner: AccountOwner,
  name: string | (() => Promise<string>),
) {
  return new LedgerRepository(tx).ensureAccount(tenantId, type, owner, name);
}

/** The account of this type and owner, if it exists. */
export function findAccount(db: Kysely<DB>, tenantId: string, type: LedgerAccountType, owner: AccountOwner) {
  return new LedgerRepository(db).findAccount(tenantId, type, owner);
}

/** Locks accounts in id order until the transaction ends (before a batch of bookings on them). */
export function lockAccounts(tx: Tx, tenantId: string, accountIds: string[]) {
  return new LedgerRepository(tx).lockAccounts(tenantId, accountIds);
}

/** The tenant's external counter-account: money that is in the municipality's own bank, outside the platform. */
export function municipalityBank(tx: Kysely<DB>, tenantId: string) {
  return ensureAccount(tx, tenantId, 'municipality_bank', {}, 'Municipality bank account (external)');
}

/** What the ledger's routes do: the export and corrections, both for the pass organisation only. */
export class LedgerService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The tenant's complete ledger, read in one repeatable-read transaction so it is one consistent picture. */
  async exportLedger(principal: Principal): Promise<LedgerData> {
    ledgerPolicy.authorize(principal, 'ledger.export');
    const tenantId = principal.tenantId;
    return this.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (tx) => {
        const repo = new LedgerRepository(tx);
        const accounts = await repo.listAccounts(tenantId);
        const entries = await repo.listEntries(tenantId);
        const lines = await repo.listLines(tenantId);
        const settlementRuns = await repo.listSettlementRuns(tenantId);
        const settlements = await repo.listSettlements(tenantId);
        const settlementLines = await repo.listSettlementLines(tenantId);
        const blockedProviders = await repo.listBlockedProviders(tenantId);
        return {
          tenantId,
          generatedAt: this.now(),
          accounts,
          entries,
          lines,
          settlementRuns,
          settlements,
          settlementLines,
          blockedProviders,
        };
      });
  }

  async reverse(principal: Principal, entryId: string, reason: string) {
    ledgerPolicy.authorize(principal, 'ledger.correct');
    const posted = await withRetry(() =>
      this.db
        .transaction()
        .execute((tx) =>
          reverseEntry(tx, { tenantId: principal.tenantId, entryId, reason, recordedBy: actorId(principal) }),
        ),
    );
    return posted;
  }
}

/*
 * What other modules may read of the journal, in their own transaction or on the root database.
 * Only this module writes it (postEntry, reverseEntry, ensureAccount and the till's booking SQL).
 */

export function findEntryByReference(db: Kysely<DB>, tenantId: string, kind: string, reference: string) {
  return new LedgerRepository(db).findEntryByReference(tenantId, kind, reference);
}

export function findReversalOf(db: Kysely<DB>, tenantId: string, entryId: string) {
  return new LedgerRepository(db).findReversalOf(tenantId, entryId);
}

export function linesOfEntry(db: Kysely<DB>, tenantId: string, entryId: string) {
  return new LedgerRepository(db).linesOfEntry(tenantId, entryId);
}

/** The references of `kind` among `references` that are booked already. */
export function existingReferences(db: Kysely<DB>, tenantId: string, kind: string, references: string[]) {
  return new LedgerRepository(db).existingReferences(tenantId, kind, references);
}

/** How many lines the account has: a version number for references that must change with it. */
export function lineCountOfAccount(db: Kysely<DB>, tenantId: string, accountId: string) {
  return new LedgerRepository(db).lineCountOfAccount(tenantId, accountId);
}
