import { randomUUID } from 'node:crypto';
import { DomainError } from '../../shared/errors.ts';
import { findEntryByReference, reverseEntry, type Tx } from './ledger.service.ts';

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
 * (redemptions/redemptions.repository.ts), built from the CTEs in redemption-booking.sql.ts, so a redemption without credit or
 * reimbursement writes no ledger rows and one with them needs no extra round trip. The CTEs do
 * what `postEntry` does, for this fixed shape: the entries, their lines, and each account's cached
 * balance (`balance_cents + delta`). The database's CHECK (no negative pass credit) and its
 * balanced-entry trigger at commit back the statement up.
 */

// Entry kinds (listed in ledger.service.ts EntryKind and docs/ledger.md); booked by redemption-booking.sql.ts, not by postEntry.
export const CREDIT_PAYMENT = 'redemption_credit_payment';
export const DISCOUNT_REIMBURSEMENT = 'discount_reimbursement';

export interface CreditLine {
  accountId: string;
  amountCents: number;
}

/** The parameters of the ledger part of a booking statement (see `ledgerBookingParams`). */
export interface LedgerBookingParams {
  tenantId: string;
  reference: string;
  providerId: string;
  occurredAt: Date;
  recordedBy: string;
  entries: string;
  creditAccountIds: string[];
  creditAmounts: number[];
  creditLineNos: number[];
  creditCents: number;
  payableLineNo: number;
  payEntryId: string;
  payableDelta: number;
  reimbursedCents: number;
  reimbEntryId: string;
  sourceType: 'scheme_fund' | 'action_budget';
  sourceSchemeId: string | null;
}
export interface RedemptionBooking {
  tenantId: string;
  redemptionId: string;
  providerId: string;
  redeemedAt: Date;
  recordedBy: string;
  credit: CreditLine[];
  reimbursedCents: number;
  /** Who bears the discount, when reimbursedCents > 0. */
  source: { type: 'scheme_fund'; schemeId: string } | { type: 'action_budget' } | null;
}

/**
 * The parameters that book `booking` (nothing to book: no entries, no lines) and how many
 * entries, credit rows and lines the statement must write.
 */
export function ledgerBookingParams(booking: RedemptionBooking): {
  params: LedgerBookingParams;
  expected: { entries: number; credits: number; lines: number };
} {
  const creditCents = booking.credit.reduce((total, line) => total + line.amountCents, 0);
  const reimbursedCents = booking.source ? booking.reimbursedCents : 0;
  const payEntryId = randomUUID();
  const reimbEntryId = randomUUID();
  const entries = [
    ...(creditCents > 0
      ? [{ id: payEntryId, kind: CREDIT_PAYMENT, description: 'Paid at the till from pass credit' }]
      : []),
    ...(reimbursedCents > 0
      ? [{ id: reimbEntryId, kind: DISCOUNT_REIMBURSEMENT, description: 'Discount reimbursed to the provider' }]
      : []),
  ];
  const credits =
    creditCents > 0
      ? booking.credit.map((line, i) => ({ id: line.accountId, amount: line.amountCents, line_no: i + 1 }))
      : [];
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

/**
 * Reverses what a redemption booked (its credit payment and its reimbursement), inside the
 * cancellation's transaction: the credit goes back to the pass, the claim is withdrawn. Safe to
 * run twice: an entry is reversed at most once.
 */
export async function reverseRedemptionInLedger(
  tx: Tx,
  input: {
    tenantId: string;
    redemptionId: string;
    creditCents: number;
    reimbursedCents: number;
    recordedBy: string;
  },
) {
  const kinds = [
    ...(input.creditCents > 0 ? [CREDIT_PAYMENT] : []),
    ...(input.reimbursedCents > 0 ? [DISCOUNT_REIMBURSEMENT] : []),
  ];
  for (const kind of kinds) {
    const entry = await findEntryByReference(tx, input.tenantId, kind, input.redemptionId);
    if (!entry)
      throw new DomainError(
        'ledger-entry-not-found',
        `Redemption ${input.redemptionId} has no ${kind} entry to reverse.`,
      );
    await reverseEntry(tx, {
      tenantId: input.tenantId,
      entryId: entry.id,
      reason: 'Redemption cancelled at the till',
      recordedBy: input.recordedBy,
    });
  }
}
