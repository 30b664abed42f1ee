import type { Db } from '../../db/database.ts';

/** What a holder's name becomes when their data is erased (docs/decisions/0028). */
export const ERASED_NAME = 'Gewist';

/**
 * Erasure of what the passes module holds about a holder (docs/decisions/0028), in the caller's
 * transaction: the holder's row keeps its id and wijk (counted only in groups of 10 or more) but
 * loses name, e-mail, birth date and buurt; their passes in use are blocked; their devices'
 * QR keys stop working. Passes and their numbers stay: the ledger's pass accounts and the
 * redemptions point at them, and without the holder's row they name nobody.
 */
export async function eraseHolderDetails(tx: Db, tenantId: string, holderId: string, now: Date) {
  await tx
    .updateTable('holders')
    .set({ name: ERASED_NAME, email: null, birth_date: null, buurt_code: null })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', holderId)
    .execute();
  const blocked = await tx
    .updateTable('passes')
    .set({ status: 'blocked', blocked_at: now, block_reason: 'other' })
    .where('tenant_id', '=', tenantId)
    .where('holder_id', '=', holderId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  await tx
    .updateTable('pass_devices')
    .set({ revoked_at: now, label: ERASED_NAME })
    .where('tenant_id', '=', tenantId)
    .where('holder_id', '=', holderId)
    .execute();
  return { blockedPasses: Number(blocked.numUpdatedRows) };
}

/** What the passes module holds about a holder, for their own download. */
export async function holderPassData(db: Db, tenantId: string, holderId: string) {
  const holder = await db
    .selectFrom('holders')
    .select(['id', 'name', 'email', 'birth_date', 'wijk_code', 'created_at'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', holderId)
    .executeTakeFirst();
  const passes = await db
    .selectFrom('passes')
    .select(['id', 'number', 'category', 'status', 'valid_from', 'valid_until', 'created_at'])
    .where('tenant_id', '=', tenantId)
    .where('holder_id', '=', holderId)
    .orderBy('created_at')
    .execute();
  const devices = await db
    .selectFrom('pass_devices')
    .select(['label', 'created_at', 'revoked_at'])
    .where('tenant_id', '=', tenantId)
    .where('holder_id', '=', holderId)
    .execute();
  return { holder, passes, devices };
}

/** Holders none of whose passes is valid after `endedBefore` (and who have passes): retention. */
export async function holdersWithoutPassSince(db: Db, endedBefore: string, limit: number) {
  return db
    .selectFrom('holders as h')
    .select(['h.tenant_id', 'h.id'])
    .where('h.name', '<>', ERASED_NAME)
    .where(({ exists, not, selectFrom }) =>
      not(
        exists(
          selectFrom('passes as p')
            .select('p.id')
            .whereRef('p.tenant_id', '=', 'h.tenant_id')
            .whereRef('p.holder_id', '=', 'h.id')
            .where('p.valid_until', '>=', endedBefore),
        ),
      ),
    )
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('passes as p')
          .select('p.id')
          .whereRef('p.tenant_id', '=', 'h.tenant_id')
          .whereRef('p.holder_id', '=', 'h.id'),
      ),
    )
    .limit(limit)
    .execute();
}
