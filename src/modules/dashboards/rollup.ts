import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/**
 * The dashboards' roll-ups, rolled forward from a high-water mark (decision 0036). Redemptions are
 * rolled up once they are older than the cancellation window (30 minutes, plus a minute of
 * margin): after that a redemption never changes, so a rolled-up figure never has to be undone.
 * The till never waits for this: a periodic job and each dashboard read call it, and it takes a
 * row lock on the tenant's watermark so two callers never roll the same rows twice.
 */
export const SETTLED_AFTER_MS = 31 * 60 * 1000;

export async function rollForward(
  db: Db,
  tenantId: string,
  now = new Date(),
): Promise<{ rolled: boolean; until: Date }> {
  return db.transaction().execute(async (tx) => {
    await sql`insert into dashboard_watermarks (tenant_id, rolled_until) values (${tenantId}, '1970-01-01T00:00:00Z')
              on conflict do nothing`.execute(tx);
    const { rows } = await sql<{ rolled_until: Date }>`select rolled_until from dashboard_watermarks
              where tenant_id = ${tenantId} for update`.execute(tx);
    const from = new Date(rows[0]!.rolled_until);
    const until = new Date(now.getTime() - SETTLED_AFTER_MS);
    if (until <= from) return { rolled: false, until: from };
    const fresh = sql`
      select date_trunc('month', r.created_at at time zone 'Europe/Amsterdam')::date as month,
             extract(year from r.created_at at time zone 'Europe/Amsterdam')::int as year,
             p.holder_id, coalesce(h.wijk_code, '') as wijk_code, coalesce(h.buurt_code, '') as buurt_code,
             p.category, r.offer_id, r.provider_id, r.price_cents
        from redemptions r
        join passes p on p.tenant_id = r.tenant_id and p.id = r.pass_id
        join holders h on h.tenant_id = p.tenant_id and h.id = p.holder_id
       where r.tenant_id = ${tenantId} and r.cancelled_at is null
         and r.created_at >= ${from.toISOString()}::timestamptz and r.created_at < ${until.toISOString()}::timestamptz`;
    await sql`
      with fresh as materialized (${fresh}),
      new_holders as (
        insert into dashboard_holder_months (tenant_id, month, holder_id, wijk_code, category)
        select distinct on (month, holder_id) ${tenantId}, month, holder_id, wijk_code, category
          from fresh order by month, holder_id
        on conflict do nothing
        returning month, wijk_code, category
      ),
      counts as (
        select month, wijk_code, category, count(*)::int as redemptions, sum(price_cents)::bigint as turnover
          from fresh group by 1, 2, 3
      ),
      holder_counts as (select month, wijk_code, category, count(*)::int as holders from new_holders group by 1, 2, 3)
      insert into dashboard_usage_months as d (tenant_id, month, wijk_code, category, holders, redemptions, turnover_cents)
      select ${tenantId}, c.month, c.wijk_code, c.category, coalesce(hc.holders, 0), c.redemptions, c.turnover
        from counts c left join holder_counts hc using (month, wijk_code, category)
      on conflict (tenant_id, month, wijk_code, category) do update
        set holders = d.holders + excluded.holders,
            redemptions = d.redemptions + excluded.redemptions,
            turnover_cents = d.turnover_cents + excluded.turnover_cents`.execute(tx);
    await sql`
      with fresh as materialized (${fresh}),
      new_holders as (
        insert into dashboard_offer_holder_months (tenant_id, month, offer_id, holder_id)
        select distinct ${tenantId}, month, offer_id, holder_id from fresh
        on conflict do nothing
        returning month, offer_id
      ),
      counts as (
        select month, offer_id, provider_id, count(*)::int as redemptions, sum(price_cents)::bigint as turnover
          from fresh group by 1, 2, 3
      ),
      holder_counts as (select month, offer_id, count(*)::int as holders from new_holders group by 1, 2)
      insert into dashboard_offer_months as d (tenant_id, month, offer_id, provider_id, holders, redemptions, turnover_cents)
      select ${tenantId}, c.month, c.offer_id, c.provider_id, coalesce(hc.holders, 0), c.redemptions, c.turnover
        from counts c left join holder_counts hc using (month, offer_id)
      on conflict (tenant_id, month, offer_id) do update
        set holders = d.holders + excluded.holders,
            redemptions = d.redemptions + excluded.redemptions,
            turnover_cents = d.turnover_cents + excluded.turnover_cents`.execute(tx);
    await sql`
      with fresh as materialized (${fresh}),
      new_holders as (
        insert into dashboard_holder_years (tenant_id, year, holder_id, wijk_code, buurt_code, category)
        select distinct on (year, holder_id) ${tenantId}, year, holder_id, wijk_code, buurt_code, category
          from fresh order by year, holder_id
        on conflict do nothing
        returning year, wijk_code, buurt_code, category
      )
      insert into dashboard_reach_years as d (tenant_id, year, wijk_code, buurt_code, category, holders)
      select ${tenantId}, year, wijk_code, buurt_code, category, count(*)::int from new_holders group by 2, 3, 4, 5
      on conflict (tenant_id, year, wijk_code, buurt_code, category) do update set holders = d.holders + excluded.holders`.execute(
      tx,
    );
    await sql`update dashboard_watermarks set rolled_until = ${until.toISOString()}::timestamptz
               where tenant_id = ${tenantId}`.execute(tx);
    return { rolled: true, until };
  });
}

/** How old a kept count of pass holders may be before it is counted again. */
export const PASS_HOLDERS_MAX_AGE_MS = 10 * 60 * 1000;

/**
 * Counts again the people with a pass valid in `years` (default: this year and the two before,
 * the years the dashboards offer) where the kept count is older than PASS_HOLDERS_MAX_AGE_MS or
 * missing. A replaced pass counts through its successor. Returns the counts of `years`.
 */
export async function refreshPassHolders(
  db: Db,
  tenantId: string,
  now = new Date(),
  years = [0, 1, 2].map((back) => now.getUTCFullYear() - back),
): Promise<Map<number, number>> {
  const kept = await db
    .selectFrom('dashboard_pass_holder_years')
    .where('tenant_id', '=', tenantId)
    .where('year', 'in', years)
    .select(['year', 'holders', 'computed_at'])
    .execute();
  const counts = new Map<number, number>();
  for (const year of years) {
    const row = kept.find((k) => k.year === year);
    if (row && now.getTime() - new Date(row.computed_at).getTime() < PASS_HOLDERS_MAX_AGE_MS) {
      counts.set(year, row.holders);
      continue;
    }
    const { rows } = await sql<{ n: number }>`
      insert into dashboard_pass_holder_years as d (tenant_id, year, holders, computed_at)
      select ${tenantId}, ${year}, count(distinct holder_id)::int, ${now.toISOString()}::timestamptz
        from passes
       where tenant_id = ${tenantId} and status <> 'replaced'
         and valid_from < ${`${year + 1}-01-01`}::date and valid_until >= ${`${year}-01-01`}::date
      on conflict (tenant_id, year) do update set holders = excluded.holders, computed_at = excluded.computed_at
      returning holders as n`.execute(db);
    counts.set(year, Number(rows[0]!.n));
  }
  return counts;
}
