import type { Db } from '../../db/database.ts';

/**
 * How the desk-sales module renews a paid pass that was paid again at a desk: only the passes
 * module writes `passes`. Runs in the caller's transaction. The pass keeps its number, history
 * and credit; only its validity moves on and it is active again.
 */
export function lockPassByNumber(tx: Db, tenantId: string, number: string) {
  return tx
    .selectFrom('passes as p')
    .innerJoin('holders as h', (join) =>
      join.onRef('h.tenant_id', '=', 'p.tenant_id').onRef('h.id', '=', 'p.holder_id'),
    )
    .select(['p.id', 'p.number', 'p.category', 'p.status', 'p.valid_from', 'p.valid_until', 'h.name as holder_name'])
    .where('p.tenant_id', '=', tenantId)
    .where('p.number', '=', number)
    .forUpdate('p')
    .executeTakeFirst();
}

export async function extendPassValidity(tx: Db, tenantId: string, passId: string, validUntil: string) {
  await tx
    .updateTable('passes')
    .set({ valid_until: validUntil, status: 'active' })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', passId)
    .execute();
}
