import { sql, type Insertable, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import './schemes.tables.ts';
import type { SchemesTable } from './schemes.tables.ts';

export type SchemeRow = Awaited<ReturnType<SchemesRepository['findById']>> & {};
export type SchemeValues = Omit<Insertable<SchemesTable>, 'tenant_id' | 'id' | 'created_at' | 'status'>;

export interface SchemeFilter {
  status?: 'published';
  lifeEvent?: string;
  theme?: string;
  audience?: string;
  q?: string;
}

/** Queries of schemes and their problem reports. Every query filters by tenant. */
export class SchemesRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private schemes(tenantId: string) {
    return this.db.selectFrom('schemes').selectAll().where('tenant_id', '=', tenantId);
  }

  findById(tenantId: string, id: string) {
    return this.schemes(tenantId).where('id', '=', id).executeTakeFirst();
  }

  /** Published schemes that grant the pass, cheapest first. */
  passSchemes(tenantId: string) {
    return this.db
      .selectFrom('schemes')
      .select(['id', 'slug', 'title', 'pass_price_cents'])
      .where('tenant_id', '=', tenantId)
      .where('status', '=', 'published')
      .where('grants_pass', '=', true)
      .where('pass_price_cents', 'is not', null)
      .orderBy('pass_price_cents')
      .orderBy('title')
      .execute();
  }

  findBySlug(tenantId: string, slug: string) {
    return this.schemes(tenantId).where('slug', '=', slug).executeTakeFirst();
  }

  /** Filters combine (AND); each search word must occur in the title, summary, body or criteria. */
  list(tenantId: string, filter: SchemeFilter) {
    let query = this.schemes(tenantId);
    if (filter.status) query = query.where('status', '=', filter.status);
    if (filter.audience) query = query.where('audience', '=', filter.audience as 'residents' | 'initiatives');
    if (filter.lifeEvent) query = query.where(sql<boolean>`${filter.lifeEvent} = any(life_events)`);
    if (filter.theme) query = query.where(sql<boolean>`${filter.theme} = any(themes)`);
    for (const word of (filter.q ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 10)) {
      const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query = query.where(
        sql<boolean>`lower(title || ' ' || summary || ' ' || body_markdown || ' ' || criteria || ' ' || provider_name) like ${pattern}`,
      );
    }
    // Residents' schemes before the budgets for initiatives ('residents' sorts after 'initiatives').
    return query.orderBy('audience', 'desc').orderBy('title').orderBy('id').execute();
  }

  insert(tenantId: string, values: SchemeValues) {
    return this.db
      .insertInto('schemes')
      .values({ ...values, tenant_id: tenantId })
      .onConflict((oc) => oc.columns(['tenant_id', 'slug']).doNothing())
      .returning('id')
      .executeTakeFirst();
  }

  update(tenantId: string, id: string, values: SchemeValues) {
    return this.db
      .updateTable('schemes')
      .set({ ...values, updated_at: new Date() })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst();
  }

  slugOwner(tenantId: string, slug: string) {
    return this.db
      .selectFrom('schemes')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('slug', '=', slug)
      .executeTakeFirst();
  }

  setStatus(tenantId: string, id: string, status: 'draft' | 'published' | 'archived', by: string) {
    return this.db
      .updateTable('schemes')
      .set({
        status,
        updated_at: new Date(),
        updated_by: by,
        ...(status === 'published' ? { published_at: sql<Date>`coalesce(published_at, now())` } : {}),
      })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst();
  }

  openReportCounts(tenantId: string) {
    return this.db
      .selectFrom('scheme_reports')
      .select(['scheme_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('tenant_id', '=', tenantId)
      .where('answered_at', 'is', null)
      .groupBy('scheme_id')
      .execute();
  }

  insertReport(
    tenantId: string,
    values: {
      schemeId: string;
      reporterKind: 'resident' | 'partner';
      message: string;
      contactName: string | null;
      contactEmail: string | null;
    },
  ) {
    return this.db
      .insertInto('scheme_reports')
      .values({
        tenant_id: tenantId,
        scheme_id: values.schemeId,
        reporter_kind: values.reporterKind,
        message: values.message,
        contact_name: values.contactName,
        contact_email: values.contactEmail,
      })
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
  }

  reports(tenantId: string, schemeId?: string) {
    let query = this.db
      .selectFrom('scheme_reports as r')
      .innerJoin('schemes as s', (join) =>
        join.onRef('s.tenant_id', '=', 'r.tenant_id').onRef('s.id', '=', 'r.scheme_id'),
      )
      .selectAll('r')
      .select('s.title as scheme_title')
      .where('r.tenant_id', '=', tenantId);
    if (schemeId) query = query.where('r.scheme_id', '=', schemeId);
    return query;
  }

  listReports(tenantId: string, schemeId?: string) {
    return this.reports(tenantId, schemeId)
      .orderBy(sql`r.answered_at is not null`)
      .orderBy('r.created_at', 'desc')
      .limit(500)
      .execute();
  }

  findReport(tenantId: string, reportId: string) {
    return this.reports(tenantId).where('r.id', '=', reportId).executeTakeFirst();
  }

  answerReport(tenantId: string, reportId: string, answer: string, by: string) {
    return this.db
      .updateTable('scheme_reports')
      .set({ answer, answered_at: new Date(), answered_by: by })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', reportId)
      .returning('id')
      .executeTakeFirst();
  }
}
