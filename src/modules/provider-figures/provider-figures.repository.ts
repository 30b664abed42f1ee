import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/**
 * Reads for a provider's figures: its redemptions (not cancelled) in a period, with the holder's
 * wijk and the offer's routes. Counts of distinct holders only; no holder's category is read.
 */
export class ProviderFiguresRepository {
  constructor(private readonly db: Db) {}

  private redemptions(tenantId: string, providerId: string, from: string, to: string) {
    return this.db
      .selectFrom('redemptions as r')
      .where('r.tenant_id', '=', tenantId)
      .where('r.provider_id', '=', providerId)
      .where('r.cancelled_at', 'is', null)
      .where(sql<boolean>`(r.created_at at time zone 'Europe/Amsterdam')::date between ${from}::date and ${to}::date`);
  }

  totals(tenantId: string, providerId: string, from: string, to: string) {
    return this.redemptions(tenantId, providerId, from, to)
      .innerJoin('passes as p', (join) => join.onRef('p.tenant_id', '=', 'r.tenant_id').onRef('p.id', '=', 'r.pass_id'))
      .select([
        sql<number>`count(*)::int`.as('redemptions'),
        sql<number>`count(distinct p.holder_id)::int`.as('holders'),
        sql<number>`coalesce(sum(r.price_cents), 0)::int`.as('turnover_cents'),
        sql<number>`coalesce(sum(r.reimbursed_cents), 0)::int`.as('reimbursed_cents'),
      ])
      .executeTakeFirstOrThrow();
  }

  perPeriod(tenantId: string, providerId: string, from: string, to: string, unit: 'week' | 'month') {
    const start = sql<string>`to_char(date_trunc(${unit}, r.created_at at time zone 'Europe/Amsterdam'), ${unit === 'week' ? 'YYYY-MM-DD' : 'YYYY-MM'})`;
    return this.redemptions(tenantId, providerId, from, to)
      .select([start.as('period'), sql<number>`count(*)::int`.as('redemptions')])
      .groupBy(sql`1`)
      .orderBy(sql`1`)
      .execute();
  }

  holdersPerWijk(tenantId: string, providerId: string, from: string, to: string) {
    return this.redemptions(tenantId, providerId, from, to)
      .innerJoin('passes as p', (join) => join.onRef('p.tenant_id', '=', 'r.tenant_id').onRef('p.id', '=', 'r.pass_id'))
      .innerJoin('holders as h', (join) =>
        join.onRef('h.tenant_id', '=', 'p.tenant_id').onRef('h.id', '=', 'p.holder_id'),
      )
      .innerJoin('wijken as w', (join) =>
        join.onRef('w.tenant_id', '=', 'h.tenant_id').onRef('w.code', '=', 'h.wijk_code'),
      )
      .select(['w.code', 'w.name', sql<number>`count(distinct h.id)::int`.as('holders')])
      .groupBy(['w.code', 'w.name'])
      .orderBy('w.name')
      .execute();
  }

  holdersPerRoute(tenantId: string, providerId: string, from: string, to: string) {
    return this.redemptions(tenantId, providerId, from, to)
      .innerJoin('passes as p', (join) => join.onRef('p.tenant_id', '=', 'r.tenant_id').onRef('p.id', '=', 'r.pass_id'))
      .innerJoin('offer_routes as orr', (join) =>
        join.onRef('orr.tenant_id', '=', 'r.tenant_id').onRef('orr.offer_id', '=', 'r.offer_id'),
      )
      .innerJoin('routes as ro', (join) =>
        join.onRef('ro.tenant_id', '=', 'orr.tenant_id').onRef('ro.id', '=', 'orr.route_id'),
      )
      .select(['ro.slug', 'ro.name', sql<number>`count(distinct p.holder_id)::int`.as('holders')])
      .groupBy(['ro.slug', 'ro.name'])
      .orderBy('ro.name')
      .execute();
  }
}
