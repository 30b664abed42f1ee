import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import './partners.tables.ts';

const TIME_ZONE = 'Europe/Amsterdam';

export interface PeriodFigures {
  activities: number;
  holders: number;
  lumpSumCents: number;
  perParticipantCents: number;
  redemptions: number;
}

/** Queries of pacts and of the figures an evaluation moment shows. Every query filters by tenant. */
export class PactsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private pacts(tenantId: string) {
    return this.db
      .selectFrom('pacts as k')
      .innerJoin('partners as p', (j) => j.onRef('p.tenant_id', '=', 'k.tenant_id').onRef('p.id', '=', 'k.partner_id'))
      .selectAll('k')
      .select([
        'p.name as partner_name',
        'p.kind as partner_kind',
        'p.provider_id',
        sql<string[]>`k.evaluation_moments::text[]`.as('moments'),
      ])
      .where('k.tenant_id', '=', tenantId);
  }

  list(tenantId: string, partnerId?: string) {
    let query = this.pacts(tenantId);
    if (partnerId) query = query.where('k.partner_id', '=', partnerId);
    return query.orderBy('k.starts_on', 'desc').orderBy('p.name').execute();
  }

  find(tenantId: string, id: string) {
    return this.pacts(tenantId).where('k.id', '=', id).executeTakeFirst();
  }

  async lock(tenantId: string, id: string) {
    await this.db
      .selectFrom('pacts')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .forUpdate()
      .execute();
  }

  insert(
    tenantId: string,
    v: {
      partnerId: string;
      startsOn: string;
      endsOn: string;
      organisationCommitments: string;
      partnerCommitments: string;
      activitiesPerQuarter: number;
      expectedReach: number;
      supportCents: number;
      evaluationMoments: string[];
      renewsPactId: string | null;
      createdBy: string;
    },
  ) {
    return this.db
      .insertInto('pacts')
      .values({
        tenant_id: tenantId,
        partner_id: v.partnerId,
        starts_on: v.startsOn,
        ends_on: v.endsOn,
        organisation_commitments: v.organisationCommitments,
        partner_commitments: v.partnerCommitments,
        activities_per_quarter: v.activitiesPerQuarter,
        expected_reach: v.expectedReach,
        support_cents: v.supportCents,
        evaluation_moments: v.evaluationMoments,
        renews_pact_id: v.renewsPactId,
        created_by: v.createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  }

  async setStatus(tenantId: string, id: string, status: 'renewed' | 'ended', endedOn?: string, reason?: string) {
    await this.db
      .updateTable('pacts')
      .set({ status, ...(endedOn ? { ended_on: endedOn } : {}), ...(reason ? { end_reason: reason } : {}) })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  }

  /**
   * What the platform knows about a partner in a period (dates inclusive, Dutch time): activities
   * held (supported activities that started), distinct holders who used the partner's offers on
   * the pass, and what the actiebudget paid for its activities (lump sums, and per participant).
   */
  async figures(tenantId: string, partnerId: string, providerId: string | null, from: string, to: string) {
    const { rows } = await sql<{
      activities: number | string;
      holders: number | string;
      lump_sum_cents: number | string;
      per_participant_cents: number | string;
      redemptions: number | string;
    }>`
      with apps as (
        select id, offer_id, starts_on, status from support_applications
         where tenant_id = ${tenantId} and partner_id = ${partnerId}
      ), used as (
        select r.id, r.offer_id, ps.holder_id, r.reimbursed_cents
          from redemptions r join passes ps on ps.tenant_id = r.tenant_id and ps.id = r.pass_id
         where r.tenant_id = ${tenantId} and r.cancelled_at is null
           and r.provider_id = ${providerId}
           and (r.created_at at time zone ${TIME_ZONE})::date between ${from}::date and ${to}::date
      )
      select
        (select count(*) from apps where status in ('approved', 'closed') and starts_on between ${from}::date and ${to}::date) as activities,
        (select count(distinct holder_id) from used) as holders,
        (select coalesce(sum(-l.amount_cents), 0)
           from journal_entries e
           join journal_lines l on l.tenant_id = e.tenant_id and l.entry_id = e.id
           join ledger_accounts a on a.tenant_id = l.tenant_id and a.id = l.account_id and a.type = 'action_budget'
          where e.tenant_id = ${tenantId} and e.kind = 'action_budget_grant'
            and split_part(e.reference, '/', 1) = 'support'
            and split_part(e.reference, '/', 2) in (select id::text from apps)
            and (e.occurred_at at time zone ${TIME_ZONE})::date between ${from}::date and ${to}::date) as lump_sum_cents,
        (select coalesce(sum(reimbursed_cents), 0) from used where offer_id in (select offer_id from apps where offer_id is not null)) as per_participant_cents,
        (select count(*) from used where offer_id in (select offer_id from apps where offer_id is not null)) as redemptions`.execute(
      this.db,
    );
    const r = rows[0]!;
    return {
      activities: Number(r.activities),
      holders: Number(r.holders),
      lumpSumCents: Number(r.lump_sum_cents),
      perParticipantCents: Number(r.per_participant_cents),
      redemptions: Number(r.redemptions),
    } satisfies PeriodFigures;
  }
}
