import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { RedemptionsRepository } from './redemptions.repository.ts';

/**
 * Moves a pass's redemptions to the pass that replaces it, in the caller's transaction (the
 * passes module's replacement, which has locked the old pass row first). The history shows on the
 * new pass, and the per-pass limits count what the old pass used. A booking that raced the
 * replacement either committed before the lock (and is moved here) or finds the old pass
 * 'replaced' and books nothing.
 */
export function moveRedemptionsToPass(
  tx: Transaction<DB>,
  tenantId: string,
  fromPassId: string,
  toPassId: string,
): Promise<number> {
  return new RedemptionsRepository(tx).moveToPass(tenantId, fromPassId, toPassId);
}
