import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type {
  GamePlanStatus,
  OpportunityLink,
  OpportunityStatus,
  TagSubject,
  TargetGroup,
} from './policy-goals.tables.ts';

/** Kysely queries of the policy-goals module. Names of tagged subjects are read by join from their owners' tables. */
export class PolicyGoalsRepository {
  constructor(private readonly db: Db) {}

  listGoals(tenantId: string) {
    return this.db
      .selectFrom('policy_goals as g')
      .where('g.tenant_id', '=', tenantId)
      .select(['g.id', 'g.slug', 'g.name', 'g.description', 'g.target_group'])
      .select((eb) => [
        eb
          .selectFrom('policy_goal_tags as t')
          .whereRef('t.tenant_id', '=', 'g.tenant_id')
          .whereRef('t.goal_id', '=', 'g.id')
          .select(sql<number>`count(*)::int`.as('n'))
          .as('tags'),
        eb
          .selectFrom('policy_opportunities as o')
          .whereRef('o.tenant_id', '=', 'g.tenant_id')
          .whereRef('o.goal_id', '=', 'g.id')
          .select(sql<number>`count(*)::int`.as('n'))
          .as('opportunities'),
      ])
      .orderBy('g.name')
      .execute();
  }

  goal(tenantId: string, goalId: string) {
    return this.db
      .selectFrom('policy_goals')
      .where('tenant_id', '=', tenantId)
      .where('id', '=', goalId)
      .selectAll()
      .executeTakeFirst();
  }

  async assignedGoalIds(tenantId: string, userId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('policy_goal_officers')
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', userId)
      .select('goal_id')
      .execute();
    return rows.map((r) => r.goal_id);
  }

  insertGoal(tenantId: string, goal: { slug: string; name: string; description: string; targetGroup: TargetGroup }) {
    return this.db
      .insertInto('policy_goals')
      .values({
        tenant_id: tenantId,
        slug: goal.slug,
        name: goal.name,
        description: goal.description,
        target_group: goal.targetGroup,
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'slug']).doNothing())
      .returning('id')
      .executeTakeFirst();
  }

  async setOfficers(tenantId: string, goalId: string, userIds: string[]) {
    await this.db
      .deleteFrom('policy_goal_officers')
      .where('tenant_id', '=', tenantId)
      .where('goal_id', '=', goalId)
      .execute();
    if (userIds.length > 0)
      await this.db
        .insertInto('policy_goal_officers')
        .values(userIds.map((user_id) => ({ tenant_id: tenantId, goal_id: goalId, user_id })))
        .execute();
  }

  async setTags(tenantId: string, goalId: string, tags: { type: TagSubject; id: string }[]) {
    await this.db
      .deleteFrom('policy_goal_tags')
      .where('tenant_id', '=', tenantId)
      .where('goal_id', '=', goalId)
      .execute();
    if (tags.length > 0)
      await this.db
        .insertInto('policy_goal_tags')
        .values(tags.map((t) => ({ tenant_id: tenantId, goal_id: goalId, subject_type: t.type, subject_id: t.id })))
        .onConflict((oc) => oc.doNothing())
        .execute();
  }

  /** The goal's tags with the name each owner module gives its subject (null when it no longer exists). */
  async tags(tenantId: string, goalId: string) {
    const { rows } = await sql<{ type: TagSubject; id: string; name: string | null }>`
      select t.subject_type as type, t.subject_id as id,
             coalesce(o.title, s.title, a.title, e.title) as name
        from policy_goal_tags t
        left join offers o on t.subject_type = 'offer' and o.tenant_id = t.tenant_id and o.id = t.subject_id
        left join schemes s on t.subject_type = 'scheme' and s.tenant_id = t.tenant_id and s.id = t.subject_id
        left join support_applications a on t.subject_type = 'support_application' and a.tenant_id = t.tenant_id and a.id = t.subject_id
        left join events e on t.subject_type = 'event' and e.tenant_id = t.tenant_id and e.id = t.subject_id
       where t.tenant_id = ${tenantId} and t.goal_id = ${goalId}
       order by 1, 3`.execute(this.db);
    return rows;
  }

  /** Does each linked subject exist? Returns the ones that do not. */
  async missingSubjects(tenantId: string, subjects: { type: string; id: string }[]) {
    const missing: { type: string; id: string }[] = [];
    for (const s of subjects) {
      const table = {
        offer: 'offers',
        scheme: 'schemes',
        support_application: 'support_applications',
        event: 'events',
      }[s.type];
      if (!table) {
        missing.push(s);
        continue;
      }
      const { rows } =
        await sql`select 1 from ${sql.table(table)} where tenant_id = ${tenantId} and id = ${s.id}`.execute(this.db);
      if (rows.length === 0) missing.push(s);
    }
    return missing;
  }

  opportunities(tenantId: string, goalId: string) {
    return this.db
      .selectFrom('policy_opportunities')
      .where('tenant_id', '=', tenantId)
      .where('goal_id', '=', goalId)
      .selectAll()
      .orderBy('created_at')
      .execute();
  }

  opportunity(tenantId: string, id: string) {
    return this.db
      .selectFrom('policy_opportunities')
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .selectAll()
      .executeTakeFirst();
  }

  insertOpportunity(
    tenantId: string,
    o: {
      goalId: string;
      title: string;
      description: string;
      ownerName: string;
      status: OpportunityStatus;
      links: OpportunityLink[];
      proposedBy: string | null;
    },
  ) {
    return this.db
      .insertInto('policy_opportunities')
      .values({
        tenant_id: tenantId,
        goal_id: o.goalId,
        title: o.title,
        description: o.description,
        owner_name: o.ownerName,
        status: o.status,
        links: JSON.stringify(o.links),
        proposed_by: o.proposedBy,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  updateOpportunityStatus(tenantId: string, id: string, status: OpportunityStatus) {
    return this.db
      .updateTable('policy_opportunities')
      .set({ status, updated_at: new Date() })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
  }

  gamePlan(tenantId: string) {
    return this.db
      .selectFrom('game_plan_actions')
      .where('tenant_id', '=', tenantId)
      .selectAll()
      .orderBy('sort_order')
      .execute();
  }

  insertGamePlanAction(
    tenantId: string,
    a: {
      phase: 'starten' | 'aanzetten' | 'versnellen' | 'finishen';
      title: string;
      ownerName: string;
      status: GamePlanStatus;
      dueOn: string | null;
      sortOrder: number;
    },
  ) {
    return this.db
      .insertInto('game_plan_actions')
      .values({
        tenant_id: tenantId,
        phase: a.phase,
        title: a.title,
        owner_name: a.ownerName,
        status: a.status,
        due_on: a.dueOn,
        sort_order: a.sortOrder,
      })
      .execute();
  }

  updateGamePlanAction(
    tenantId: string,
    id: string,
    change: { status?: GamePlanStatus; ownerName?: string; dueOn?: string | null },
  ) {
    return this.db
      .updateTable('game_plan_actions')
      .set({
        ...(change.status ? { status: change.status } : {}),
        ...(change.ownerName ? { owner_name: change.ownerName } : {}),
        ...(change.dueOn !== undefined ? { due_on: change.dueOn } : {}),
      })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
  }

  annualPlan(tenantId: string, year: number) {
    return this.db
      .selectFrom('annual_plan_entries')
      .where('tenant_id', '=', tenantId)
      .where('year', '=', year)
      .selectAll()
      .execute();
  }

  upsertAnnualPlanEntry(
    tenantId: string,
    year: number,
    goalId: string,
    e: { goals: string; onThePass: string; scheme: string; contribution: string; priorities: string },
  ) {
    const values = {
      goals: e.goals,
      on_the_pass: e.onThePass,
      scheme: e.scheme,
      contribution: e.contribution,
      priorities: e.priorities,
    };
    return this.db
      .insertInto('annual_plan_entries')
      .values({ tenant_id: tenantId, year, goal_id: goalId, ...values })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'year', 'goal_id']).doUpdateSet({ ...values, updated_at: new Date() }),
      )
      .execute();
  }

  insertEstimate(tenantId: string, e: { wijkCode: string; targetGroup: TargetGroup; size: number; source: string }) {
    return this.db
      .insertInto('target_group_estimates')
      .values({
        tenant_id: tenantId,
        wijk_code: e.wijkCode,
        target_group: e.targetGroup,
        estimated_size: e.size,
        source: e.source,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}
