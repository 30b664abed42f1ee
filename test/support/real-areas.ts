import type { Db } from '../../src/db/database.ts';
import { loadAreas, pointInBuurt } from '../../src/seed/areas.ts';
import { Random } from '../../src/shared/random.ts';
import { TENANT } from './fixtures.ts';

/**
 * The real CBS boundaries of Zaanstad's wijken and buurten (src/seed/data) in the test tenant,
 * instead of the fixtures' unit squares: for tests of the maps. Run after createTenant.
 */
export async function useRealAreas(db: Db, tenantId = TENANT) {
  const { wijken, buurten } = loadAreas();
  for (const w of wijken) {
    const values = {
      name: w.name,
      population: w.population,
      households: w.households,
      geometry: JSON.stringify(w.geometry),
    };
    const updated = await db
      .updateTable('wijken')
      .set(values)
      .where('tenant_id', '=', tenantId)
      .where('code', '=', w.code)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0)
      await db
        .insertInto('wijken')
        .values({ tenant_id: tenantId, code: w.code, ...values })
        .execute();
  }
  await db
    .insertInto('buurten')
    .values(
      buurten.map((b) => ({
        tenant_id: tenantId,
        code: b.code,
        wijk_code: b.wijkCode,
        name: b.name,
        population: b.population,
        geometry: JSON.stringify(b.geometry),
      })),
    )
    .execute();
  return { wijken, buurten };
}

/** An RD New point inside a buurt of the wijk, for a location's x_rd / y_rd. */
export function pointInWijk(wijkCode: string, seed = 1) {
  const { buurten } = loadAreas();
  const buurt = buurten.find((b) => b.wijkCode === wijkCode)!;
  return pointInBuurt(buurt, new Random(seed));
}
