import type { Db } from '../../db/database.ts';

/**
 * Erasure of what the desk-sales module holds about a holder, in the caller's transaction
 * (docs/decisions/0041): their desk sales no longer point at their passes, so nothing says at
 * which desk and on which day they bought or renewed. The sale keeps its amount, payment
 * method, actiebudget share and journal entry: the day's closing and the ledger stay whole.
 */
export async function eraseHolderDeskSales(tx: Db, tenantId: string, passIds: string[]) {
  if (passIds.length === 0) return { deskSales: 0 };
  const result = await tx
    .updateTable('desk_sales')
    .set({ pass_id: null })
    .where('tenant_id', '=', tenantId)
    .where('pass_id', 'in', passIds)
    .executeTakeFirst();
  return { deskSales: Number(result.numUpdatedRows) };
}

/** The holder's desk sales, for their own download. */
export function holderDeskSaleData(db: Db, tenantId: string, passIds: string[]) {
  if (passIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('desk_sales as s')
    .innerJoin('sales_points as p', (j) =>
      j.onRef('p.tenant_id', '=', 's.tenant_id').onRef('p.id', '=', 's.sales_point_id'),
    )
    .select(['p.name as sales_point', 's.kind', 's.payment_method', 's.amount_cents', 's.created_at', 's.pass_id'])
    .where('s.tenant_id', '=', tenantId)
    .where('s.pass_id', 'in', passIds)
    .orderBy('s.created_at')
    .execute();
}
