import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import './partners.tables.ts';

/** Queries of appreciation passes for volunteers: quotas and their codes. */
export class AppreciationRepository {
  constructor(private readonly db: Kysely<DB>) {}

  quotas(tenantId: string) {
    return this.db
      .selectFrom('appreciation_quotas as q')
      .innerJoin('partners as p', (j) => j.onRef('p.tenant_id', '=', 'q.tenant_id').onRef('p.id', '=', 'q.partner_id'))
      .selectAll('q')
      .select([
        'p.name as partner_name',
        sql<number>`(select count(*)::integer from appreciation_codes c where c.tenant_id = q.tenant_id and c.quota_id = q.id)`.as(
          'codes_made',
        ),
        sql<number>`(select count(*)::integer from appreciation_codes c where c.tenant_id = q.tenant_id and c.quota_id = q.id and c.used_at is not null)`.as(
          'codes_used',
        ),
      ])
      .where('q.tenant_id', '=', tenantId);
  }

  quota(tenantId: string, id: string) {
    return this.quotas(tenantId).where('q.id', '=', id).executeTakeFirst();
  }

  insertQuota(
    tenantId: string,
    v: {
      partnerId: string;
      passes: number;
      pricePerPassCents: number;
      fundedBy: 'sponsor' | 'municipal_budget';
      funderName: string;
      createdBy: string;
    },
  ) {
    return this.db
      .insertInto('appreciation_quotas')
      .values({
        tenant_id: tenantId,
        partner_id: v.partnerId,
        passes: v.passes,
        price_per_pass_cents: v.pricePerPassCents,
        funded_by: v.fundedBy,
        funder_name: v.funderName,
        created_by: v.createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  }

  /** Locks the quota row: codes are made one at a time, so the quota is never exceeded. */
  async lockQuota(tenantId: string, id: string) {
    await this.db
      .selectFrom('appreciation_quotas')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .forUpdate()
      .execute();
  }

  insertCode(tenantId: string, quotaId: string, code: string, label: string | null) {
    return this.db
      .insertInto('appreciation_codes')
      .values({ tenant_id: tenantId, quota_id: quotaId, code, label })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  codes(tenantId: string, quotaId: string) {
    return this.db
      .selectFrom('appreciation_codes')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('quota_id', '=', quotaId)
      .orderBy('created_at', 'desc')
      .execute();
  }

  /** The unused code, locked; undefined when it does not exist or was used. */
  unusedCode(tenantId: string, code: string) {
    return this.db
      .selectFrom('appreciation_codes')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('code', '=', code)
      .where('used_at', 'is', null)
      .forUpdate()
      .executeTakeFirst();
  }

  async markUsed(tenantId: string, id: string, passId: string) {
    await this.db
      .updateTable('appreciation_codes')
      .set({ used_at: new Date(), pass_id: passId })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  }
}
