import type { Db } from '../../db/database.ts';

/**
 * How other modules correct a holder's own details (the holder's file in Beheer): only the passes
 * module writes `holders`. Runs in the caller's transaction, so the correction and its audit
 * record are saved together or not at all. Kept in its own file so it does not collide with
 * changes to pass issuing.
 */
export interface HolderDetails {
  name: string;
  email: string | null;
  birthDate: string | null;
  wijkCode: string | null;
}

/** Reads the holder's details, locking the row until the transaction ends. */
export function lockHolderDetails(tx: Db, tenantId: string, holderId: string) {
  return tx
    .selectFrom('holders')
    .select(['id', 'name', 'email', 'birth_date', 'wijk_code'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', holderId)
    .forUpdate()
    .executeTakeFirst();
}

/** Saves the holder's corrected details. */
export async function updateHolderDetails(tx: Db, tenantId: string, holderId: string, details: HolderDetails) {
  await tx
    .updateTable('holders')
    .set({ name: details.name, email: details.email, birth_date: details.birthDate, wijk_code: details.wijkCode })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', holderId)
    .execute();
}
