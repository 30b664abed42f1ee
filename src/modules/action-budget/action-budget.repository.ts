import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import './action-budget.tables.ts';

/** One group of actiebudget lines: per month, per kind (a reversal counts as the kind it reverses) and, for grants, per wijk and activity. */
export interface ActionBudgetLineGroup {
  month: string;
  kind: string;
  wijk_code: string | null;
  wijk_name: string | null;
  activity_name: string | null;
  debit_cents: number;
  credit_cents: number;
}

const TIME_ZONE = 'Europe/Amsterdam';

/** Queries of the actiebudget. Every query filters by tenant. */
export class ActionBudgetRepository {
  constructor(private readonly db: Kysely<DB>) {}

  wijk(tenantId: string, code: string) {
    return this.db
      .selectFrom('wijken')
      .select(['code', 'name'])
      .where('tenant_id', '=', tenantId)
      .where('code', '=', code)
      .executeTakeFirst();
  }

  provider(tenantId: string, providerId: string) {
    return this.db
      .selectFrom('providers')
      .select(['id', 'name', 'kind'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', providerId)
      .executeTakeFirst();
  }

  findGrantByReference(tenantId: string, reference: string) {
    return this.grants(tenantId).where('g.reference', '=', reference).executeTakeFirst();
  }

  async insertGrant(values: {
    tenantId: string;
    reference: string;
    activityName: string;
    wijkCode: string;
    amountCents: number;
    grantedOn: string;
    providerId: string | null;
    entryId: string;
    createdBy: string | null;
  }) {
    return this.db
      .insertInto('action_budget_grants')
      .values({
        tenant_id: values.tenantId,
        reference: values.reference,
        activity_name: values.activityName,
        wijk_code: values.wijkCode,
        amount_cents: values.amountCents,
        granted_on: values.grantedOn,
        provider_id: values.providerId,
        entry_id: values.entryId,
        created_by: values.createdBy,
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'reference']).doNothing())
      .returning(['id'])
      .executeTakeFirst();
  }

  async listGrants(tenantId: string, limit: number, offset: number) {
    const rows = await this.grants(tenantId)
      .orderBy('g.granted_on', 'desc')
      .orderBy('g.created_at', 'desc')
      .limit(limit)
      .offset(offset)
      .execute();
    const total = await this.db
      .selectFrom('action_budget_grants')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('tenant_id', '=', tenantId)
      .executeTakeFirstOrThrow();
    return { rows, totalItems: Number(total.n) };
  }

  private grants(tenantId: string) {
    return this.db
      .selectFrom('action_budget_grants as g')
      .innerJoin('wijken as w', (join) =>
        join.onRef('w.tenant_id', '=', 'g.tenant_id').onRef('w.code', '=', 'g.wijk_code'),
      )
      .select([
        'g.id',
        'g.reference',
        'g.activity_name',
        'g.wijk_code',
        'w.name as wijk_name',
        'g.amount_cents',
        'g.granted_on',
        'g.provider_id',
        'g.entry_id',
        'g.created_at',
      ])
      .where('g.tenant_id', '=', tenantId);
  }

  /** Sum of the actiebudget's lines that occurred before the start of the year (Dutch time). */
  async balanceBefore(tenantId: string, year: number): Promise<number> {
    const { rows } = await sql<{ total: number | string | null }>`
      select coalesce(sum(l.amount_cents), 0)::bigint as total
        from journal_lines l
        join ledger_accounts a on a.tenant_id = l.tenant_id and a.id = l.account_id
        join journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
       where l.tenant_id = ${tenantId} and a.type = 'action_budget'
         and e.occurred_at < make_timestamptz(${year}, 1, 1, 0, 0, 0, ${TIME_ZONE})`.execute(this.db);
    return Number(rows[0]?.total ?? 0);
  }

  /** The actiebudget's lines of one year (Dutch time), grouped per month, kind and, for grants, wijk and activity. */
  async lineGroups(tenantId: string, year: number): Promise<ActionBudgetLineGroup[]> {
    const { rows } = await sql<ActionBudgetLineGroup>`
      select to_char(e.occurred_at at time zone ${TIME_ZONE}, 'YYYY-MM') as month,
             -- A supported activity's places on the pass are a grant too (partners module).
             case when sa.id is not null then 'action_budget_grant' else coalesce(o.kind, e.kind) end as kind,
             coalesce(g.wijk_code, sa.wijk_code) as wijk_code, w.name as wijk_name,
             coalesce(g.activity_name, sa.title) as activity_name,
             coalesce(sum(case when l.amount_cents > 0 then l.amount_cents else 0 end), 0)::bigint as debit_cents,
             coalesce(sum(case when l.amount_cents < 0 then -l.amount_cents else 0 end), 0)::bigint as credit_cents
        from journal_lines l
        join ledger_accounts a on a.tenant_id = l.tenant_id and a.id = l.account_id
        join journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
        left join journal_entries o on o.tenant_id = e.tenant_id and o.id = e.reverses_entry_id
        left join action_budget_grants g on g.tenant_id = e.tenant_id and g.entry_id = coalesce(e.reverses_entry_id, e.id)
        left join redemptions r on coalesce(o.kind, e.kind) = 'discount_reimbursement'
             and r.tenant_id = e.tenant_id and r.id::text = coalesce(o.reference, e.reference)
        left join support_applications sa on sa.tenant_id = r.tenant_id and sa.offer_id = r.offer_id
        left join wijken w on w.tenant_id = e.tenant_id and w.code = coalesce(g.wijk_code, sa.wijk_code)
       where l.tenant_id = ${tenantId} and a.type = 'action_budget'
         and e.occurred_at >= make_timestamptz(${year}, 1, 1, 0, 0, 0, ${TIME_ZONE})
         and e.occurred_at < make_timestamptz(${year + 1}, 1, 1, 0, 0, 0, ${TIME_ZONE})
       group by 1, 2, 3, 4, 5
       order by 1, 2, 3, 5`.execute(this.db);
    return rows.map((r) => ({ ...r, debit_cents: Number(r.debit_cents), credit_cents: Number(r.credit_cents) }));
  }

  /** Years (Dutch time) in which anything was booked on the actiebudget. */
  async yearsWithLines(tenantId: string): Promise<number[]> {
    const { rows } = await sql<{ year: number | string }>`
      select distinct extract(year from e.occurred_at at time zone ${TIME_ZONE})::integer as year
        from journal_lines l
        join ledger_accounts a on a.tenant_id = l.tenant_id and a.id = l.account_id
        join journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
       where l.tenant_id = ${tenantId} and a.type = 'action_budget'
       order by 1`.execute(this.db);
    return rows.map((r) => Number(r.year));
  }

  /**
   * Sponsor receipts of one year that were not reversed, per pledge, with the sponsor's name
   * only when the pledge agreed to publicity. Contact details never leave this query.
   */
  async sponsorTotals(tenantId: string, year: number) {
    const { rows } = await sql<{
      sponsor_id: string;
      public_name: string | null;
      publicity_text: string | null;
      amount_cents: number | string;
    }>`
      select s.id as sponsor_id,
             case when p.publicity_agreed then s.name end as public_name,
             case when p.publicity_agreed then p.publicity_text end as publicity_text,
             sum(r.amount_cents)::bigint as amount_cents
        from sponsor_receipts r
        join sponsor_pledges p on p.tenant_id = r.tenant_id and p.id = r.pledge_id
        join sponsors s on s.tenant_id = p.tenant_id and s.id = p.sponsor_id
       where r.tenant_id = ${tenantId}
         and r.received_on >= make_date(${year}, 1, 1) and r.received_on < make_date(${year + 1}, 1, 1)
         and not exists (select 1 from journal_entries x where x.tenant_id = r.tenant_id and x.reverses_entry_id = r.entry_id)
       group by s.id, p.id, p.publicity_agreed, s.name, p.publicity_text`.execute(this.db);
    return rows.map((r) => ({ ...r, amount_cents: Number(r.amount_cents) }));
  }

  async actionBudgetBalance(tenantId: string): Promise<number> {
    const row = await this.db
      .selectFrom('ledger_accounts')
      .select('balance_cents')
      .where('tenant_id', '=', tenantId)
      .where('type', '=', 'action_budget')
      .executeTakeFirst();
    return Number(row?.balance_cents ?? 0);
  }

  /** What the actiebudget paid for in one wijk, per activity, newest first (public, no personal data). */
  fundedInWijk(tenantId: string, wijkCode: string) {
    return this.db
      .selectFrom('action_budget_grants')
      .select(['activity_name', 'granted_on'])
      .select((eb) => eb.fn.sum<number>('amount_cents').as('amount_cents'))
      .where('tenant_id', '=', tenantId)
      .where('wijk_code', '=', wijkCode)
      .groupBy(['activity_name', 'granted_on'])
      .orderBy('granted_on', 'desc')
      .limit(20)
      .execute();
  }

  /**
   * The actiebudget's own lines, newest first: what came in and went out, with the wijk and the
   * activity where known (a grant; or a redemption of an offer supported from the actiebudget).
   */
  async ledgerLines(tenantId: string, limit: number, offset: number) {
    const { rows } = await sql<ActionBudgetLedgerLine>`
      select e.id as entry_id, e.occurred_at, coalesce(o.kind, e.kind) as kind, e.description,
             l.amount_cents::bigint as amount_cents,
             coalesce(g.wijk_code, sa.wijk_code) as wijk_code, w.name as wijk_name,
             coalesce(g.activity_name, sa.title, ro.title) as activity_name
        from journal_lines l
        join ledger_accounts a on a.tenant_id = l.tenant_id and a.id = l.account_id
        join journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
        left join journal_entries o on o.tenant_id = e.tenant_id and o.id = e.reverses_entry_id
        left join action_budget_grants g on g.tenant_id = e.tenant_id and g.entry_id = coalesce(e.reverses_entry_id, e.id)
        left join redemptions r on coalesce(o.kind, e.kind) = 'discount_reimbursement'
             and r.tenant_id = e.tenant_id and r.id::text = coalesce(o.reference, e.reference)
        left join offers ro on ro.tenant_id = r.tenant_id and ro.id = r.offer_id
        left join support_applications sa on sa.tenant_id = r.tenant_id and sa.offer_id = r.offer_id
        left join wijken w on w.tenant_id = e.tenant_id and w.code = coalesce(g.wijk_code, sa.wijk_code)
       where l.tenant_id = ${tenantId} and a.type = 'action_budget'
       order by e.occurred_at desc, e.recorded_at desc, e.id
       limit ${limit} offset ${offset}`.execute(this.db);
    const total = await sql<{ n: number | string }>`
      select count(*) as n from journal_lines l
        join ledger_accounts a on a.tenant_id = l.tenant_id and a.id = l.account_id
       where l.tenant_id = ${tenantId} and a.type = 'action_budget'`.execute(this.db);
    return {
      rows: rows.map((r) => ({ ...r, amount_cents: Number(r.amount_cents) })),
      totalItems: Number(total.rows[0]?.n ?? 0),
    };
  }
}

export interface ActionBudgetLedgerLine {
  entry_id: string;
  occurred_at: Date;
  kind: string;
  description: string;
  amount_cents: number;
  wijk_code: string | null;
  wijk_name: string | null;
  activity_name: string | null;
}
