import type { Db } from '../../db/database.ts';

/** Reads for the printable pass: the resident's own passes and their children's, in use today. */
export class CardsRepository {
  constructor(readonly db: Db) {}

  passesToPrint(tenantId: string, holderId: string, today: string) {
    const own = this.db
      .selectFrom('passes')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('holder_id', '=', holderId);
    return this.db
      .selectFrom('passes as p')
      .innerJoin('holders as h', (join) =>
        join.onRef('h.tenant_id', '=', 'p.tenant_id').onRef('h.id', '=', 'p.holder_id'),
      )
      .innerJoin('tenants as t', 't.id', 'p.tenant_id')
      .select(['p.number', 'p.valid_until', 'p.holder_id', 'h.name as holder_name', 't.pass_name'])
      .where('p.tenant_id', '=', tenantId)
      .where('p.status', '=', 'active')
      .where('p.valid_until', '>=', today)
      .where((eb) => eb.or([eb('p.holder_id', '=', holderId), eb('p.parent_pass_id', 'in', own)]))
      .orderBy('p.parent_pass_id', 'desc')
      .orderBy('h.name')
      .execute();
  }
}
