import type { Db } from '../../db/database.ts';

/**
 * Erasure of what the sales module holds about a holder, in the caller's transaction
 * (docs/decisions/0041): the names and birth dates typed for the passes of their orders become
 * "Gewist" and empty. Orders keep amounts, payment and booking: the ledger stays whole.
 */
export async function eraseHolderOrders(tx: Db, tenantId: string, holderId: string) {
  const result = await tx
    .updateTable('pass_order_items')
    .set({ holder_name: 'Gewist', birth_date: null })
    .where('tenant_id', '=', tenantId)
    .where('order_id', 'in', (eb) =>
      eb.selectFrom('pass_orders').select('id').where('tenant_id', '=', tenantId).where('holder_id', '=', holderId),
    )
    .executeTakeFirst();
  return { orderItems: Number(result.numUpdatedRows) };
}
