import type { Db } from '../../db/database.ts';

/**
 * Figures about the passes for other modules (the newsletters' figures of the pass as a whole).
 * Raw counts: a module that shows one applies the rule of 10 first (insight/disclosure.ts).
 */

/** Passes that are active and valid on `today` (YYYY-MM-DD, Dutch date): one per person. */
export async function countValidPasses(db: Db, tenantId: string, today: string): Promise<number> {
  const row = await db
    .selectFrom('passes')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('status', '=', 'active')
    .where('valid_until', '>=', today)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
