import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { PartnerKind, SupportKind } from './partners.tables.ts';
import './partners.tables.ts';

/** Queries of the partners module. Every query filters by tenant. */
export class PartnersRepository {
  constructor(private readonly db: Kysely<DB>) {}

  wijk(tenantId: string, code: string) {
    return this.db
      .selectFrom('wijken')
      .select(['code', 'name'])
      .where('tenant_id', '=', tenantId)
      .where('code', '=', code)
      .executeTakeFirst();
  }

  wijken(tenantId: string, codes: string[]) {
    if (codes.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('wijken')
      .select(['code', 'name'])
      .where('tenant_id', '=', tenantId)
      .where('code', 'in', codes)
      .execute();
  }

  provider(tenantId: string, id: string) {
    return this.db
      .selectFrom('providers')
      .select(['id', 'name'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  partnerByName(tenantId: string, name: string) {
    return this.db
      .selectFrom('partners')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where(sql<string>`lower(name)`, '=', name.toLowerCase())
      .executeTakeFirst();
  }

  insertPartner(
    tenantId: string,
    p: { name: string; kind: PartnerKind; wijkCode: string; description: string; email: string; phone: string | null },
  ) {
    return this.db
      .insertInto('partners')
      .values({
        tenant_id: tenantId,
        name: p.name,
        kind: p.kind,
        wijk_code: p.wijkCode,
        description: p.description,
        email: p.email,
        phone: p.phone,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
  }

  async addStaff(tenantId: string, partnerId: string, userId: string) {
    await this.db
      .insertInto('partner_staff')
      .values({ tenant_id: tenantId, partner_id: partnerId, user_id: userId })
      .execute();
  }

  partners(tenantId: string) {
    return this.db
      .selectFrom('partners as p')
      .innerJoin('wijken as w', (j) => j.onRef('w.tenant_id', '=', 'p.tenant_id').onRef('w.code', '=', 'p.wijk_code'))
      .selectAll('p')
      .select('w.name as wijk_name')
      .where('p.tenant_id', '=', tenantId);
  }

  partner(tenantId: string, id: string, lock = false) {
    const query = this.partners(tenantId).where('p.id', '=', id);
    return (lock ? query.forUpdate('p') : query).executeTakeFirst();
  }

  async partnerOfUser(tenantId: string, userId: string) {
    const row = await this.db
      .selectFrom('partner_staff')
      .select('partner_id')
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row ? this.partner(tenantId, row.partner_id) : undefined;
  }

  async decidePartner(
    tenantId: string,
    id: string,
    values: { status: 'approved' | 'rejected'; providerId: string | null; decidedBy: string },
  ) {
    await this.db
      .updateTable('partners')
      .set({
        status: values.status,
        provider_id: values.providerId,
        decided_at: new Date(),
        decided_by: values.decidedBy,
      })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  }

  // ---- rounds ----

  rounds(tenantId: string) {
    return this.db
      .selectFrom('support_rounds')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .orderBy('opens_on', 'desc')
      .orderBy('name')
      .execute();
  }

  round(tenantId: string, id: string) {
    return this.db
      .selectFrom('support_rounds')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  insertRound(
    tenantId: string,
    r: {
      name: string;
      eligibleCosts: string;
      maxAmountCents: number;
      maxPerParticipantCents: number;
      priorityWijkCodes: string[];
      priorityTargetGroups: string[];
      opensOn: string;
      deadline: string | null;
    },
  ) {
    return this.db
      .insertInto('support_rounds')
      .values({
        tenant_id: tenantId,
        name: r.name,
        eligible_costs: r.eligibleCosts,
        max_amount_cents: r.maxAmountCents,
        max_per_participant_cents: r.maxPerParticipantCents,
        priority_wijken: r.priorityWijkCodes,
        priority_target_groups: r.priorityTargetGroups,
        opens_on: r.opensOn,
        deadline: r.deadline,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  // ---- applications ----

  insertApplication(
    tenantId: string,
    a: {
      partnerId: string;
      roundId: string;
      title: string;
      description: string;
      startsOn: string;
      endsOn: string;
      wijkCode: string;
      targetGroup: string;
      expectedReach: number;
      budgetCents: number;
      supportKind: SupportKind;
      pricePerParticipantCents: number | null;
      askedCents: number;
    },
  ) {
    return this.db
      .insertInto('support_applications')
      .values({
        tenant_id: tenantId,
        partner_id: a.partnerId,
        round_id: a.roundId,
        title: a.title,
        description: a.description,
        starts_on: a.startsOn,
        ends_on: a.endsOn,
        wijk_code: a.wijkCode,
        target_group: a.targetGroup,
        expected_reach: a.expectedReach,
        budget_cents: a.budgetCents,
        support_kind: a.supportKind,
        price_per_participant_cents: a.pricePerParticipantCents,
        asked_cents: a.askedCents,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  }

  /**
   * Applications with what the platform counts: for an offer on the pass, its redemptions not
   * cancelled (participants) and the discount the actiebudget reimbursed for them.
   */
  applications(tenantId: string) {
    return this.db
      .selectFrom('support_applications as a')
      .innerJoin('partners as p', (j) => j.onRef('p.tenant_id', '=', 'a.tenant_id').onRef('p.id', '=', 'a.partner_id'))
      .innerJoin('support_rounds as r', (j) =>
        j.onRef('r.tenant_id', '=', 'a.tenant_id').onRef('r.id', '=', 'a.round_id'),
      )
      .innerJoin('wijken as w', (j) => j.onRef('w.tenant_id', '=', 'a.tenant_id').onRef('w.code', '=', 'a.wijk_code'))
      .selectAll('a')
      .select([
        'p.name as partner_name',
        'r.name as round_name',
        'r.priority_wijken',
        'r.priority_target_groups',
        'w.name as wijk_name',
        sql<number>`(select count(*)::integer from redemptions x where x.tenant_id = a.tenant_id and x.offer_id = a.offer_id and x.cancelled_at is null)`.as(
          'redemption_count',
        ),
        sql<number>`(select coalesce(sum(x.reimbursed_cents), 0)::integer from redemptions x where x.tenant_id = a.tenant_id and x.offer_id = a.offer_id and x.cancelled_at is null)`.as(
          'reimbursed_cents',
        ),
      ])
      .where('a.tenant_id', '=', tenantId);
  }

  application(tenantId: string, id: string) {
    return this.applications(tenantId).where('a.id', '=', id).executeTakeFirst();
  }

  /** Locks the application row: one decision or report at a time. */
  async lockApplication(tenantId: string, id: string) {
    await this.db
      .selectFrom('support_applications')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .forUpdate()
      .execute();
  }

  async updateApplication(
    tenantId: string,
    id: string,
    values: Partial<{
      status: 'approved' | 'rejected' | 'reported' | 'closed';
      score_reach: number;
      score_target_group: number;
      score_quality: number;
      score_costs: number;
      decision_reason: string;
      granted_cents: number | null;
      granted_per_participant_cents: number | null;
      advance_cents: number | null;
      offer_id: string | null;
      decided_at: Date;
      decided_by: string;
      reported_participants: number;
      evaluation: string;
      reported_at: Date;
      final_paid_cents: number;
    }>,
  ) {
    await this.db
      .updateTable('support_applications')
      .set(values)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  }

  /**
   * What approved applications may still draw from the actiebudget: per participant, the granted
   * amount minus what redemptions reimbursed so far; as a lump sum, what is not paid yet.
   */
  async outstandingCommitments(tenantId: string): Promise<number> {
    const { rows } = await sql<{ total: number | string }>`
      select coalesce(sum(greatest(0,
               case when a.support_kind = 'lump_sum'
                    then a.granted_cents - coalesce(a.advance_cents, 0) - coalesce(a.final_paid_cents, 0)
                    else a.granted_cents - (select coalesce(sum(x.reimbursed_cents), 0) from redemptions x
                                             where x.tenant_id = a.tenant_id and x.offer_id = a.offer_id and x.cancelled_at is null)
               end)), 0)::bigint as total
        from support_applications a
       where a.tenant_id = ${tenantId} and a.status in ('approved', 'reported')`.execute(this.db);
    return Number(rows[0]?.total ?? 0);
  }

  /** Locks the tenant's actiebudget account row, so approvals that spend it run one after another. */
  async lockActionBudget(tenantId: string): Promise<number> {
    const row = await this.db
      .selectFrom('ledger_accounts')
      .select('balance_cents')
      .where('tenant_id', '=', tenantId)
      .where('type', '=', 'action_budget')
      .forUpdate()
      .executeTakeFirst();
    return Number(row?.balance_cents ?? 0);
  }
}
