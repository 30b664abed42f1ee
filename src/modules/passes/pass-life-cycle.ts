import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DomainError } from '../../shared/errors.ts';
import { movePassCredit } from '../ledger/pass-replacement.ts';
import { moveRedemptionsToPass } from '../redemptions/pass-replacement.ts';
import { PassDevicesRepository } from './pass-devices.repository.ts';
import { issuePasses } from './pass-issuing.ts';
import { PassesRepository } from './passes.repository.ts';
import type { BlockReason } from './passes.tables.ts';

/**
 * Blocking and replacing a pass, in the caller's transaction: for this module's routes and for
 * other modules (the holder's file in Beheer). Each locks the pass row first, so it queues behind
 * a booking on the pass that is under way, and a later booking finds the pass changed.
 */

export interface ReplaceInput {
  tenantId: string;
  passId: string;
  reason: BlockReason;
  /** Who did it: a user id, for the ledger entry. */
  recordedBy: string | null;
  now?: Date;
}

/**
 * Blocks the pass for good and issues a replacement with a new number, in ONE transaction: the
 * redemptions (history and per-pass limits), the credit (a `pass_replacement` ledger entry per
 * scheme), the household links (child passes) and the validity move to the new pass. The old pass
 * is 'replaced'; the database refuses to ever make it active again. A lost phone also removes all
 * the holder's devices.
 */
export async function replacePassTx(tx: Transaction<DB>, input: ReplaceInput) {
  const { tenantId, passId, reason } = input;
  const now = input.now ?? new Date();
  const repo = new PassesRepository(tx);
  const old = await repo.lockPass(tenantId, passId);
  if (!old) throw new DomainError('pass-not-found', 'There is no pass with this id.');
  if (old.status === 'replaced')
    throw new DomainError('pass-replaced', 'This pass was already replaced by a new pass.');
  if (old.status === 'expired')
    throw new DomainError(
      'pass-not-replaceable',
      'This pass has expired. It is renewed, not replaced: buy or apply for the new pass year.',
    );
  const [successor] = await issuePasses(tx, tenantId, [
    {
      holderId: old.holder_id,
      category: old.category,
      parentPassId: old.parent_pass_id,
      validFrom: old.valid_from,
      validUntil: old.valid_until,
    },
  ]);
  await repo.markReplaced(tenantId, old.id, successor!.id, reason, now);
  await repo.relinkChildren(tenantId, old.id, successor!.id);
  const movedRedemptions = await moveRedemptionsToPass(tx, tenantId, old.id, successor!.id);
  const movedCreditCents = await movePassCredit(tx, {
    tenantId,
    fromPassId: old.id,
    toPassId: successor!.id,
    toPassNumber: successor!.number,
    recordedBy: input.recordedBy,
  });
  const revokedDevices =
    reason === 'phone_lost' ? await new PassDevicesRepository(tx).revokeAll(tenantId, old.holder_id, now) : 0;
  return {
    oldPass: { id: old.id, number: old.number },
    newPass: successor!,
    movedRedemptions,
    movedCreditCents,
    revokedDevices,
  };
}

/** Blocks an active pass (the till refuses it) without replacing it yet. */
export async function blockPassTx(tx: Transaction<DB>, input: Omit<ReplaceInput, 'recordedBy'>) {
  const repo = new PassesRepository(tx);
  const pass = await repo.lockPass(input.tenantId, input.passId);
  if (!pass) throw new DomainError('pass-not-found', 'There is no pass with this id.');
  if (pass.status === 'replaced') throw new DomainError('pass-replaced', 'This pass was replaced by a new pass.');
  const changed = pass.status !== 'blocked';
  if (changed) await repo.setBlocked(input.tenantId, pass.id, input.reason, input.now ?? new Date());
  // changed false: it was blocked already, and stays so (the caller has nothing to record).
  return { id: pass.id, number: pass.number, statusBefore: pass.status, changed };
}

/** Lifts a block. A replaced pass stays replaced: `pass-replaced` (and the database would refuse it too). */
export async function unblockPassTx(tx: Transaction<DB>, tenantId: string, passId: string) {
  const repo = new PassesRepository(tx);
  const pass = await repo.lockPass(tenantId, passId);
  if (!pass) throw new DomainError('pass-not-found', 'There is no pass with this id.');
  if (pass.status === 'replaced')
    throw new DomainError('pass-replaced', 'This pass was replaced by a new pass and can never be used again.');
  const changed = pass.status === 'blocked';
  if (changed) await repo.setUnblocked(tenantId, pass.id);
  return { id: pass.id, number: pass.number, changed };
}
