import type { Db } from '../../db/database.ts';

/**
 * Erasure of a holder's resident accounts (docs/decisions/0028), in the caller's transaction: the
 * sessions and login links go; the user row stays (other rows name its id as who did something)
 * with an e-mail address that reaches nobody, no name and no password.
 */
export async function eraseResidentAccounts(tx: Db, tenantId: string, holderId: string) {
  const users = await tx
    .selectFrom('users')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('holder_id', '=', holderId)
    .execute();
  for (const user of users) {
    await tx.deleteFrom('sessions').where('tenant_id', '=', tenantId).where('user_id', '=', user.id).execute();
    await tx.deleteFrom('login_links').where('tenant_id', '=', tenantId).where('user_id', '=', user.id).execute();
    await tx
      .updateTable('users')
      .set({ email: `gewist-${user.id}@gewist.invalid`, name: 'Gewist', password_hash: null })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', user.id)
      .execute();
  }
  return { accounts: users.length };
}
