import type { Db } from '../../db/database.ts';

/**
 * Figures about redemptions for other modules (the newsletters' figures of the pass as a whole).
 * Raw counts: a module that shows one applies the rule of 10 first (insight/disclosure.ts), on
 * `passes`, the number of people the figure is about.
 */
export async function countRedemptionsSince(
  db: Db,
  tenantId: string,
  since: Date,
): Promise<{ redemptions: number; passes: number }> {
  const row = await db
    .selectFrom('redemptions')
    .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.count<string>('pass_id').distinct().as('passes')])
    .where('tenant_id', '=', tenantId)
    .where('cancelled_at', 'is', null)
    .where('created_at', '>=', since)
    .executeTakeFirstOrThrow();
  return { redemptions: Number(row.n), passes: Number(row.passes) };
}
