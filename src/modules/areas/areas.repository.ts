import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';

/**
 * Number of offers the public catalogue shows in a wijk: published, not yet ended, with at
 * least one location in the wijk (the same rule as GET /offers?wijk=...).
 */
function offerCount(eb: ExpressionBuilder<DB & { w: DB['wijken'] }, 'w'>, today: string) {
  return eb
    .selectFrom('offers as o')
    .select((inner) => inner.fn.countAll<number>().as('n'))
    .whereRef('o.tenant_id', '=', 'w.tenant_id')
    .where('o.status', '=', 'published')
    .where('o.valid_until', '>=', today)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('offer_locations as ol')
          .innerJoin('locations as l', (join) =>
            join.onRef('l.tenant_id', '=', 'ol.tenant_id').onRef('l.id', '=', 'ol.location_id'),
          )
          .select('ol.offer_id')
          .whereRef('ol.tenant_id', '=', 'o.tenant_id')
          .whereRef('ol.offer_id', '=', 'o.id')
          .whereRef('l.wijk_code', '=', 'w.code'),
      ),
    )
    .as('offer_count');
}

export class AreasRepository {
  constructor(private readonly db: Db) {}

  listWijken(tenantId: string, today: string) {
    return this.db
      .selectFrom('wijken as w')
      .select(['w.code', 'w.name', 'w.population'])
      .select((eb) => offerCount(eb, today))
      .where('w.tenant_id', '=', tenantId)
      .orderBy('w.name')
      .execute();
  }

  /** One wijk with its geometry as stored and its buurten, in one query. */
  findWijk(tenantId: string, code: string, today: string) {
    return this.db
      .selectFrom('wijken as w')
      .select(['w.code', 'w.name', 'w.population', 'w.households', 'w.geometry'])
      .select((eb) => [
        offerCount(eb, today),
        jsonArrayFrom(
          eb
            .selectFrom('buurten as b')
            .select(['b.code', 'b.name', 'b.population'])
            .whereRef('b.tenant_id', '=', 'w.tenant_id')
            .whereRef('b.wijk_code', '=', 'w.code')
            .orderBy('b.name'),
        ).as('buurten'),
      ])
      .where('w.tenant_id', '=', tenantId)
      .where('w.code', '=', code)
      .executeTakeFirst();
  }
}
