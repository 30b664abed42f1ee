import type { Db } from '../../db/database.ts';
import type { PassStatus } from './passes.tables.ts';

/**
 * How the desk-sales module renews a paid pass that was paid again at a desk: only the passes
 * module writes `passes`. Runs in the caller's transaction. The pass keeps its number, history
 * and credit; only its validity moves on and an expired pass is active again.
 */
function lockPass(tx: Db, tenantId: string) {
  return tx
    .selectFrom('passes as p')
    .innerJoin('holders as h', (join) =>
      join.onRef('h.tenant_id', '=', 'p.tenant_id').onRef('h.id', '=', 'p.holder_id'),
    )
    .leftJoin('passes as parent', (join) =>
      join.onRef('parent.tenant_id', '=', 'p.tenant_id').onRef('parent.id', '=', 'p.parent_pass_id'),
    )
    .select([
      'p.id',
      'p.number',
      'p.category',
      'p.status',
      'p.valid_from',
      'p.valid_until',
      'p.holder_id',
      'h.name as holder_name',
      'parent.category as parent_category',
    ])
    .where('p.tenant_id', '=', tenantId)
    .forUpdate('p');
}

export function lockPassByNumber(tx: Db, tenantId: string, number: string) {
  return lockPass(tx, tenantId).where('p.number', '=', number).executeTakeFirst();
}

export function lockPassById(tx: Db, tenantId: string, passId: string) {
  return lockPass(tx, tenantId).where('p.id', '=', passId).executeTakeFirst();
}

/** The new last day; an expired pass is active again, a blocked or replaced one keeps its status. */
export async function extendPassValidity(tx: Db, tenantId: string, passId: string, validUntil: string) {
  await tx
    .updateTable('passes')
    .set((eb) => ({
      valid_until: validUntil,
      status: eb.case().when('status', '=', 'expired').then(eb.val<PassStatus>('active')).else(eb.ref('status')).end(),
    }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', passId)
    .execute();
}
