import { LedgerRepository } from './ledger.repository.ts';
import { ensureAccount, postEntry, type Tx } from './ledger.service.ts';

/**
 * Moves all credit of a pass to the pass that replaces it, in the caller's transaction: one
 * `pass_replacement` entry with, per scheme, the old pass's account to zero and the new pass's
 * account (created when needed) up by the same amount. The books stay complete: the old account
 * keeps its history, and `ledger-check` counts the move on both sides. Returns the cents moved.
 */
export async function movePassCredit(
  tx: Tx,
  input: { tenantId: string; fromPassId: string; toPassId: string; toPassNumber: string; recordedBy: string | null },
): Promise<number> {
  const { tenantId, fromPassId, toPassId } = input;
  const accounts = await new LedgerRepository(tx).passCreditAccountsForUpdate(tenantId, fromPassId);
  const lines: { accountId: string; amountCents: number }[] = [];
  let moved = 0;
  for (const account of accounts) {
    const amount = Number(account.balance_cents);
    const target = await ensureAccount(
      tx,
      tenantId,
      'pass_credit',
      { schemeId: account.scheme_id, passId: toPassId },
      `${account.name} (vervangen door ${input.toPassNumber})`,
    );
    lines.push({ accountId: account.id, amountCents: -amount }, { accountId: target.id, amountCents: amount });
    moved += amount;
  }
  if (lines.length === 0) return 0;
  await postEntry(tx, {
    tenantId,
    kind: 'pass_replacement',
    reference: `pass-replacement:${fromPassId}`,
    description: `Credit moved to replacement pass ${input.toPassNumber}`,
    recordedBy: input.recordedBy,
    lines,
  });
  return moved;
}
