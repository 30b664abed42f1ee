import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { prepare } from '../../db/prepared.ts';
import { DomainError } from '../../shared/errors.ts';
import { LedgerRepository } from '../ledger/ledger.repository.ts';
import { reverseEntry, type Tx } from '../ledger/ledger.service.ts';
import type { SpendableCredit } from './redemptions.repository.ts';
import type { DiscountBorneBy } from './redemptions.tables.ts';

/**
 * What a redemption books in the ledger, in the redemption's own transaction:
 *
 * - `redemption_credit_payment` (reference: the redemption id): the part of the price the holder
 *   pays from pass credit. One line per pass credit account spent (−), the provider's payable (+).
 * - `discount_reimbursement` (reference: the redemption id): the discount (regular price minus the
 *   price charged, kansentarief included) when a scheme fund or the actiebudget bears it: the
 *   fund or actiebudget (−), the provider's payable (+).
 *
 * At the till both entries go out inside the redemption's own booking statement
 * (redemptions.repository.ts), built from the CTEs below, so a redemption without credit or
 * reimbursement writes no ledger rows and one with them needs no extra round trip. The CTEs do
 * what `postEntry` does, for this fixed shape: the entries, their lines, and each account's cached
 * balance (`balance_cents + delta`). The database's CHECK (no negative pass credit) and its
 * balanced-entry trigger at commit back the statement up.
 */

// Entry kinds (listed in ledger.service.ts EntryKind and docs/ledger.md); booked by the statement below, not by postEntry.
export const CREDIT_PAYMENT = 'redemption_credit_payment';
export const DISCOUNT_REIMBURSEMENT = 'discount_reimbursement';

export interface CreditLine { accountId: string; amountCents: number }

/**
 * Spreads `amountCents` over the spendable accounts in their order (earliest expiry first):
 * each pays what it holds until the amount is covered. Null when they hold too little.
 */
export function spreadCredit(accounts: SpendableCredit[], amountCents: number): CreditLine[] | null {
  const lines: CreditLine[] = [];
  let left = amountCents;
  for (const account of accounts) {
    if (left === 0) break;
    const take = Math.min(left, Number(account.balanceCents));
    if (take > 0) lines.push({ accountId: account.id, amountCents: take });
    left -= take;
  }
  return left === 0 ? lines : null;
}

/** The discount the provider gets back from a fund: 0 when the provider bears it or the offer has no regular price. */
export function reimbursableCents(offer: { discount_borne_by: DiscountBorneBy; regular_price_cents: number | null }, priceCents: number) {
  if (offer.discount_borne_by === 'provider' || offer.regular_price_cents === null) return 0;
  return Math.max(0, offer.regular_price_cents - priceCents);
}

/** The parameters of the ledger part of a booking statement (see `ledgerBookingParams`). */
export interface LedgerBookingParams {
  tenantId: string; reference: string; providerId: string; occurredAt: Date; recordedBy: string;
  entries: string; creditAccountIds: string[]; creditAmounts: number[]; creditLineNos: number[]; creditCents: number; payableLineNo: number;
  payEntryId: string; payableDelta: number; reimbursedCents: number; reimbEntryId: string; sourceType: 'scheme_fund' | 'action_budget'; sourceSchemeId: string | null;
}
type Param<P> = <K extends keyof P>(key: K) => P[K];

/**
 * The CTE `credits`: takes what the pass pays from each credit account, only where the account
 * still holds it (a guard, re-checked by PostgreSQL after waiting for another booking's lock),
 * and only `when` the step before happened. Its row count tells whether every account paid.
 */
export const creditSpendCte = <P extends LedgerBookingParams>(p: Param<P>, when: RawBuilder<unknown>) => sql`credits as (
    update ledger_accounts a set balance_cents = a.balance_cents - c.amount
    -- Arrays and id = any(...), not a JSON record set: the generic plan then probes the primary
    -- key for a few rows, whatever the statistics say; with jsonb_to_recordset it scanned every account.
    from unnest(cast(${p('creditAccountIds')} as uuid[]), cast(${p('creditAmounts')} as bigint[]), cast(${p('creditLineNos')} as integer[]))
      as c(id, amount, line_no)
    where a.tenant_id = ${p('tenantId')} and a.id = any(cast(${p('creditAccountIds')} as uuid[])) and a.id = c.id and a.type = 'pass_credit'
      and a.balance_cents >= c.amount and ${when}
    returning a.id, c.amount, c.line_no)`;

/**
 * The CTEs that write the entries, only `when` the booking happened: the entries, their lines
 * (the credit lines from `credits`), and the payable, fund or actiebudget balances. The payable,
 * fund or actiebudget account is created on first use by the upsert that adds to its balance.
 */
export const ledgerEntriesCtes = <P extends LedgerBookingParams>(p: Param<P>, when: RawBuilder<unknown>) => sql`entries as (
    insert into journal_entries (tenant_id, id, kind, reference, description, occurred_at, recorded_by)
    select ${p('tenantId')}, e.id, e.kind, ${p('reference')}, e.description, cast(${p('occurredAt')} as timestamptz), ${p('recordedBy')}
    from jsonb_to_recordset(cast(${p('entries')} as jsonb)) as e(id uuid, kind text, description text)
    where ${when}
    returning id),
  payable as (
    insert into ledger_accounts as a (tenant_id, type, provider_id, name, balance_cents)
    select pr.tenant_id, 'provider_payable', pr.id, 'Payable to ' || pr.name, cast(${p('payableDelta')} as bigint)
    from providers pr where pr.tenant_id = ${p('tenantId')} and pr.id = cast(${p('providerId')} as uuid)
      and cast(${p('payableDelta')} as bigint) > 0 and ${when}
    on conflict (tenant_id, type, owner_key) do update set balance_cents = a.balance_cents + excluded.balance_cents
    returning a.id),
  source as (
    insert into ledger_accounts as a (tenant_id, type, scheme_id, name, balance_cents)
    select ${p('tenantId')}, ${p('sourceType')}, cast(${p('sourceSchemeId')} as uuid),
      coalesce((select 'Scheme fund: ' || s.name from credit_schemes s
        where s.tenant_id = ${p('tenantId')} and s.id = cast(${p('sourceSchemeId')} as uuid)), 'Actiebudget'),
      -cast(${p('reimbursedCents')} as bigint)
    where cast(${p('reimbursedCents')} as integer) > 0 and ${when}
    on conflict (tenant_id, type, owner_key) do update set balance_cents = a.balance_cents + excluded.balance_cents
    returning a.id),
  lines as (
    insert into journal_lines (tenant_id, entry_id, line_no, account_id, amount_cents)
    select ${p('tenantId')}, cast(${p('payEntryId')} as uuid), c.line_no, c.id, -c.amount from credits c
    union all
    select ${p('tenantId')}, cast(${p('payEntryId')} as uuid), cast(${p('payableLineNo')} as integer), y.id, cast(${p('creditCents')} as bigint)
    from payable y where cast(${p('creditCents')} as integer) > 0
    union all
    select ${p('tenantId')}, cast(${p('reimbEntryId')} as uuid), 1, s.id, -cast(${p('reimbursedCents')} as bigint) from source s
    union all
    select ${p('tenantId')}, cast(${p('reimbEntryId')} as uuid), 2, y.id, cast(${p('reimbursedCents')} as bigint)
    from payable y where cast(${p('reimbursedCents')} as integer) > 0
    returning 1)`;

/** The ledger booking alone, for redemptions written before (the demo seed). */
const BOOK_LEDGER = prepare<LedgerBookingParams, { entries: number; lines: number; credits: number }>('book_redemption_ledger', (_db, p) => sql`with
  ${creditSpendCte(p, sql`true`)},
  ${ledgerEntriesCtes(p, sql`true`)}
  select (select count(*) from entries)::integer as entries, (select count(*) from lines)::integer as lines,
    (select count(*) from credits)::integer as credits`);

export interface RedemptionBooking {
  tenantId: string; redemptionId: string; providerId: string; redeemedAt: Date; recordedBy: string;
  credit: CreditLine[];
  reimbursedCents: number;
  /** Who bears the discount, when reimbursedCents > 0. */
  source: { type: 'scheme_fund'; schemeId: string } | { type: 'action_budget' } | null;
}

/**
 * The parameters that book `booking` (nothing to book: no entries, no lines) and how many
 * entries, credit rows and lines the statement must write.
 */
export function ledgerBookingParams(booking: RedemptionBooking): { params: LedgerBookingParams; expected: { entries: number; credits: number; lines: number } } {
  const creditCents = booking.credit.reduce((total, line) => total + line.amountCents, 0);
  const reimbursedCents = booking.source ? booking.reimbursedCents : 0;
  const payEntryId = randomUUID();
  const reimbEntryId = randomUUID();
  const entries = [
    ...(creditCents > 0 ? [{ id: payEntryId, kind: CREDIT_PAYMENT, description: 'Paid at the till from pass credit' }] : []),
    ...(reimbursedCents > 0 ? [{ id: reimbEntryId, kind: DISCOUNT_REIMBURSEMENT, description: 'Discount reimbursed to the provider' }] : []),
  ];
  const credits = creditCents > 0 ? booking.credit.map((line, i) => ({ id: line.accountId, amount: line.amountCents, line_no: i + 1 })) : [];
  return {
    params: {
      tenantId: booking.tenantId,
      reference: booking.redemptionId,
      providerId: booking.providerId,
      occurredAt: booking.redeemedAt,
      recordedBy: booking.recordedBy,
      entries: JSON.stringify(entries),
      creditAccountIds: credits.map((c) => c.id),
      creditAmounts: credits.map((c) => c.amount),
      creditLineNos: credits.map((c) => c.line_no),
      creditCents,
      payableLineNo: credits.length + 1,
      payEntryId,
      payableDelta: creditCents + reimbursedCents,
      reimbursedCents,
      reimbEntryId,
      sourceType: booking.source?.type ?? 'action_budget',
      sourceSchemeId: booking.source?.type === 'scheme_fund' ? booking.source.schemeId : null,
    },
    expected: {
      entries: entries.length,
      credits: credits.length,
      lines: (creditCents > 0 ? credits.length + 1 : 0) + (reimbursedCents > 0 ? 2 : 0),
    },
  };
}

/** Books a redemption's credit payment and discount reimbursement in one statement. Nothing to book: no statement. */
export async function bookRedemptionInLedger(db: Kysely<DB>, booking: RedemptionBooking): Promise<void> {
  const { params, expected } = ledgerBookingParams(booking);
  if (expected.entries === 0) return;
  const row = await BOOK_LEDGER.first(db, params);
  if (!row || row.entries !== expected.entries || row.credits !== expected.credits || row.lines !== expected.lines) {
    // The credit was read by the caller in the same transaction; throwing rolls everything back.
    throw new Error(`redemption ${booking.redemptionId}: the ledger booking wrote ${JSON.stringify(row)}; expected ${JSON.stringify(expected)}`);
  }
}

/**
 * Reverses what a redemption booked (its credit payment and its reimbursement), inside the
 * cancellation's transaction: the credit goes back to the pass, the claim is withdrawn. Safe to
 * run twice: an entry is reversed at most once.
 */
export async function reverseRedemptionInLedger(tx: Tx, input: {
  tenantId: string; redemptionId: string; creditCents: number; reimbursedCents: number; recordedBy: string;
}) {
  const ledger = new LedgerRepository(tx);
  const kinds = [...(input.creditCents > 0 ? [CREDIT_PAYMENT] : []), ...(input.reimbursedCents > 0 ? [DISCOUNT_REIMBURSEMENT] : [])];
  for (const kind of kinds) {
    const entry = await ledger.findEntryByReference(input.tenantId, kind, input.redemptionId);
    if (!entry) throw new DomainError('ledger-entry-not-found', `Redemption ${input.redemptionId} has no ${kind} entry to reverse.`);
    await reverseEntry(tx, { tenantId: input.tenantId, entryId: entry.id, reason: 'Redemption cancelled at the till', recordedBy: input.recordedBy });
  }
}
