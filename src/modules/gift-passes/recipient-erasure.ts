import type { Db } from '../../db/database.ts';

/**
 * Erasure of what the gift-passes module holds about a recipient, in the caller's transaction
 * (docs/decisions/0041): the codes that made their passes no longer point at those passes. A
 * code stays used (redeemed_at), so it can never make a second pass; the order, its payment and
 * the actiebudget's share are the buyer's and stay as they are.
 */
export async function eraseGiftRecipient(tx: Db, tenantId: string, passIds: string[]) {
  if (passIds.length === 0) return { giftCodes: 0 };
  const result = await tx
    .updateTable('gift_codes')
    .set({ pass_id: null })
    .where('tenant_id', '=', tenantId)
    .where('pass_id', 'in', passIds)
    .executeTakeFirst();
  return { giftCodes: Number(result.numUpdatedRows) };
}

/** The gift codes that made the holder's passes, for their own download (code, when used). */
export function recipientGiftData(db: Db, tenantId: string, passIds: string[]) {
  if (passIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('gift_codes')
    .select(['code', 'redeemed_at', 'pass_id'])
    .where('tenant_id', '=', tenantId)
    .where('pass_id', 'in', passIds)
    .execute();
}
