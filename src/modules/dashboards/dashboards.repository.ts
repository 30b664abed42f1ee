import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { refreshPassHolders } from './rollup.ts';

type Row = Record<string, unknown>;
const num = (v: unknown) => Number(v ?? 0);

/**
 * Reads for the dashboards: the roll-ups (dashboards' own tables) and small reads of other
 * modules' tables (wijken, routes, offers, providers, partners, credit, policy goals) by join.
 * Every query reads at most a year of monthly roll-ups or a catalogue-sized table.
 */
export class DashboardsRepository {
  constructor(private readonly db: Db) {}

  private async rows<T extends Row>(query: ReturnType<typeof sql>): Promise<T[]> {
    return (await query.execute(this.db)).rows as T[];
  }

  async watermark(tenantId: string): Promise<Date> {
    const rows = await this.rows<{ rolled_until: Date }>(
      sql`select rolled_until from dashboard_watermarks where tenant_id = ${tenantId}`,
    );
    return rows[0] ? new Date(rows[0].rolled_until) : new Date(0);
  }

  /**
   * Holders with a pass valid on some day of the year (a replaced pass counts through its
   * successor): the count the roll-forward job keeps (rollup.ts), at most a few minutes old;
   * counted here when it is missing or older.
   */
  async passHolders(tenantId: string, year: number, now = new Date()): Promise<number> {
    return (await refreshPassHolders(this.db, tenantId, now, [year])).get(year) ?? 0;
  }

  /** Views of offers and provider profiles in the year (name recognition): counters, no visitors. */
  async views(tenantId: string, year: number): Promise<{ offer: number; provider_profile: number }> {
    const rows = await this.rows<{ subject_type: 'offer' | 'provider_profile'; views: string }>(
      sql`select subject_type, sum(views) as views from dashboard_view_months
           where tenant_id = ${tenantId} and month >= ${`${year}-01-01`}::date and month < ${`${year + 1}-01-01`}::date
           group by subject_type`,
    );
    const of = (type: string) => Number(rows.find((r) => r.subject_type === type)?.views ?? 0);
    return { offer: of('offer'), provider_profile: of('provider_profile') };
  }

  wijken(tenantId: string) {
    return this.rows<{ code: string; name: string; population: number }>(
      sql`select code, name, population from wijken where tenant_id = ${tenantId} order by name`,
    );
  }

  /** The buurten of one wijk (CBS), by name. */
  buurten(tenantId: string, wijkCode: string) {
    return this.rows<{ code: string; name: string }>(
      sql`select code, name from buurten where tenant_id = ${tenantId} and wijk_code = ${wijkCode} order by name`,
    );
  }

  /** Published offers with a location in the wijk, once per buurt of such a location ('' when unknown). */
  offerBuurten(tenantId: string, wijkCode: string) {
    return this.rows<{ offer_id: string; buurt_code: string }>(sql`
      select distinct o.id as offer_id, coalesce(l.buurt_code, '') as buurt_code
        from offers o
        join offer_locations ol on ol.tenant_id = o.tenant_id and ol.offer_id = o.id
        join locations l on l.tenant_id = ol.tenant_id and l.id = ol.location_id
       where o.tenant_id = ${tenantId} and o.status = 'published' and l.wijk_code = ${wijkCode}`);
  }

  /** Providers with a location in the wijk, once per buurt of such a location ('' when unknown). */
  providerBuurten(tenantId: string, wijkCode: string) {
    return this.rows<{ provider_id: string; buurt_code: string }>(sql`
      select distinct provider_id, coalesce(buurt_code, '') as buurt_code from locations
       where tenant_id = ${tenantId} and wijk_code = ${wijkCode}`);
  }

  routes(tenantId: string) {
    return this.rows<{ id: string; slug: string; name: string }>(
      sql`select id, slug, name from routes where tenant_id = ${tenantId} and is_active order by sort_order, name`,
    );
  }

  /** Per month and category: distinct holders, redemptions, turnover. */
  async usageByMonth(tenantId: string, year: number) {
    const rows = await this.rows(sql`
      select to_char(month, 'YYYY-MM') as month, category, sum(holders) as holders, sum(redemptions) as redemptions,
             sum(turnover_cents) as turnover
        from dashboard_usage_months
       where tenant_id = ${tenantId} and month >= make_date(${year}, 1, 1) and month < make_date(${year + 1}, 1, 1)
       group by 1, 2`);
    return rows.map((r) => ({
      month: String(r.month),
      category: String(r.category),
      holders: num(r.holders),
      redemptions: num(r.redemptions),
      turnover: num(r.turnover),
    }));
  }

  /** Distinct holders per wijk, buurt and category who used the pass in the year. */
  async reachByArea(tenantId: string, year: number) {
    const rows = await this.rows(sql`
      select wijk_code, buurt_code, category, holders from dashboard_reach_years
       where tenant_id = ${tenantId} and year = ${year}`);
    return rows.map((r) => ({
      wijkCode: String(r.wijk_code),
      buurtCode: String(r.buurt_code),
      category: String(r.category),
      holders: num(r.holders),
    }));
  }

  /** Per route: redemptions in the year, and the most distinct holders of one offer in one month (a lower bound of its people). */
  async redemptionsByRoute(tenantId: string, year: number) {
    const rows = await this.rows(sql`
      select orr.route_id, sum(om.redemptions) as redemptions, max(om.holders) as min_people
        from dashboard_offer_months om
        join offer_routes orr on orr.tenant_id = om.tenant_id and orr.offer_id = om.offer_id
       where om.tenant_id = ${tenantId} and om.month >= make_date(${year}, 1, 1) and om.month < make_date(${year + 1}, 1, 1)
       group by 1`);
    return rows.map((r) => ({
      routeId: String(r.route_id),
      redemptions: num(r.redemptions),
      minPeople: num(r.min_people),
    }));
  }

  /** Per provider and month with redemptions. */
  async providerMonths(tenantId: string, fromYear: number, toYear: number) {
    const rows = await this.rows(sql`
      select provider_id, to_char(month, 'YYYY-MM') as month, sum(redemptions) as redemptions
        from dashboard_offer_months
       where tenant_id = ${tenantId} and month >= make_date(${fromYear}, 1, 1) and month < make_date(${toYear + 1}, 1, 1)
       group by 1, 2`);
    return rows.map((r) => ({
      providerId: String(r.provider_id),
      month: String(r.month),
      redemptions: num(r.redemptions),
    }));
  }

  /** Wijk of each provider's locations. */
  providerWijken(tenantId: string) {
    return this.rows<{ provider_id: string; wijk_code: string }>(
      sql`select distinct provider_id, wijk_code from locations where tenant_id = ${tenantId}`,
    );
  }

  /** Published offers with their wijken, routes and target groups. */
  async publishedOffers(tenantId: string) {
    const rows = await this.rows(sql`
      select o.id, to_char(o.created_at at time zone 'Europe/Amsterdam', 'YYYY-MM') as created_month, o.target_groups,
             coalesce((select array_agg(distinct l.wijk_code) from offer_locations ol
                        join locations l on l.tenant_id = ol.tenant_id and l.id = ol.location_id
                       where ol.tenant_id = o.tenant_id and ol.offer_id = o.id), '{}') as wijken,
             coalesce((select array_agg(orr.route_id) from offer_routes orr
                       where orr.tenant_id = o.tenant_id and orr.offer_id = o.id), '{}') as routes
        from offers o where o.tenant_id = ${tenantId} and o.status = 'published'`);
    return rows.map((r) => ({
      id: String(r.id),
      createdMonth: String(r.created_month),
      targetGroups: (r.target_groups as string[] | null) ?? [],
      wijken: (r.wijken as string[] | null) ?? [],
      routes: ((r.routes as string[] | null) ?? []).map(String),
    }));
  }

  async newProviders(tenantId: string, year: number) {
    const rows = await this.rows(sql`
      select count(*) as n from providers where tenant_id = ${tenantId}
         and created_at >= make_date(${year}, 1, 1) and created_at < make_date(${year + 1}, 1, 1)`);
    return num(rows[0]?.n);
  }

  /** Support applications granted (approved or later) in the year. */
  async grants(tenantId: string, year: number) {
    const rows = await this.rows(sql`
      select to_char(decided_at at time zone 'Europe/Amsterdam', 'YYYY-MM') as month, wijk_code, target_group,
             coalesce(granted_cents, 0) as granted_cents, reported_participants, offer_id
        from support_applications
       where tenant_id = ${tenantId} and status in ('approved', 'reported', 'closed')
         and decided_at >= make_date(${year}, 1, 1) and decided_at < make_date(${year + 1}, 1, 1)`);
    return rows.map((r) => ({
      month: String(r.month),
      wijkCode: String(r.wijk_code),
      targetGroup: String(r.target_group),
      grantedCents: num(r.granted_cents),
      participants: r.reported_participants === null ? null : num(r.reported_participants),
      hasOffer: r.offer_id !== null,
    }));
  }

  async activePacts(tenantId: string, year: number) {
    const rows = await this.rows(sql`
      select count(*) as n from pacts where tenant_id = ${tenantId} and status <> 'ended'
         and starts_on < make_date(${year + 1}, 1, 1) and ends_on >= make_date(${year}, 1, 1)`);
    return num(rows[0]?.n);
  }

  async opportunities(tenantId: string) {
    const rows = await this.rows(sql`
      select o.status, to_char(o.created_at at time zone 'Europe/Amsterdam', 'YYYY-MM') as month, g.slug, g.name, g.target_group
        from policy_opportunities o join policy_goals g on g.tenant_id = o.tenant_id and g.id = o.goal_id
       where o.tenant_id = ${tenantId}`);
    return rows.map((r) => ({
      status: String(r.status),
      month: String(r.month),
      goalSlug: String(r.slug),
      goalName: String(r.name),
      targetGroup: String(r.target_group),
    }));
  }

  async taggedSubjects(tenantId: string) {
    const rows = await this.rows(
      sql`select subject_type, count(*) as n from policy_goal_tags where tenant_id = ${tenantId} group by 1`,
    );
    return Object.fromEntries(rows.map((r) => [String(r.subject_type), num(r.n)])) as Record<string, number>;
  }

  async creditSchemes(tenantId: string, year: number) {
    const rows = await this.rows(sql`
      select count(*) as n from credit_schemes where tenant_id = ${tenantId} and valid_until >= make_date(${year}, 1, 1)
         and created_at < make_date(${year + 1}, 1, 1)`);
    return num(rows[0]?.n);
  }

  async targetGroupEstimates(tenantId: string, targetGroup: string) {
    const rows = await this.rows(sql`
      select wijk_code, estimated_size, source from target_group_estimates
       where tenant_id = ${tenantId} and target_group = ${targetGroup}`);
    return rows.map((r) => ({ wijkCode: String(r.wijk_code), size: num(r.estimated_size), source: String(r.source) }));
  }
}
