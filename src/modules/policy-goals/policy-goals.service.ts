import type { Static } from '@sinclair/typebox';
import type { Db } from '../../db/database.ts';
import { DomainError, type InvalidParam } from '../../shared/errors.ts';
import type { Principal } from '../access/principal.ts';
import { DashboardsService } from '../dashboards/dashboards.service.ts';
import { disclose, discloseCount, type Disclosed } from '../insight/disclosure.ts';
import { policyGoalsPolicy } from './policy-goals.policy.ts';
import { PolicyGoalsRepository } from './policy-goals.repository.ts';
import type {
  AnnualPlanBody,
  AnnualPlanEntryInput,
  GamePlanActionChange,
  OpportunityBody,
  OpportunityInput,
  PolicyGoalInput,
  TagsInput,
} from './policy-goals.schemas.ts';
import type { OpportunityStatus, PolicyOpportunitiesTable } from './policy-goals.tables.ts';
import type { Selectable } from 'kysely';

const goalNotFound = () => new DomainError('policy-goal-not-found', 'This policy goal does not exist.');
const userOf = (p: Principal) => (p.kind === 'staff' || p.kind === 'resident' ? p.userId : null);
const sumPeople = (figures: Disclosed[]) => figures.reduce((a, f) => a + (f.suppressed ? 0 : f.value), 0);

export function presentOpportunity(o: Selectable<PolicyOpportunitiesTable>): OpportunityBody {
  return {
    id: o.id,
    goalId: o.goal_id,
    title: o.title,
    description: o.description,
    status: o.status,
    ownerName: o.owner_name,
    links: o.links,
    createdAt: new Date(o.created_at).toISOString(),
  };
}

/** Opgaven, their tags, the kansenkaart, the game plan and the Jaarplan Opgaven. */
export class PolicyGoalsService {
  private readonly repo: PolicyGoalsRepository;
  constructor(
    private readonly db: Db,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.repo = new PolicyGoalsRepository(db);
  }

  private async assigned(principal: Principal): Promise<string[]> {
    const userId = userOf(principal);
    return userId ? this.repo.assignedGoalIds(principal.tenantId, userId) : [];
  }

  async list(principal: Principal) {
    policyGoalsPolicy.authorize(principal, 'policy-goals.read');
    const [goals, mine] = await Promise.all([this.repo.listGoals(principal.tenantId), this.assigned(principal)]);
    return goals.map((g) => ({
      id: g.id,
      slug: g.slug,
      name: g.name,
      description: g.description,
      targetGroup: g.target_group,
      tags: Number(g.tags ?? 0),
      opportunities: Number(g.opportunities ?? 0),
      mine: mine.includes(g.id),
    }));
  }

  async create(principal: Principal, input: Static<typeof PolicyGoalInput>) {
    policyGoalsPolicy.authorize(principal, 'policy-goals.manage');
    const row = await this.repo.insertGoal(principal.tenantId, input);
    if (!row) throw new DomainError('policy-goal-slug-taken', 'Another policy goal has this slug.');
    return (await this.list(principal)).find((g) => g.id === row.id)!;
  }

  private async goalOrThrow(principal: Principal, goalId: string) {
    const goal = await this.repo.goal(principal.tenantId, goalId);
    if (!goal) throw goalNotFound();
    return goal;
  }

  async setOfficers(principal: Principal, goalId: string, userIds: string[]) {
    policyGoalsPolicy.authorize(principal, 'policy-goals.manage');
    await this.goalOrThrow(principal, goalId);
    const { rows } = await this.db
      .selectFrom('users')
      .where('tenant_id', '=', principal.tenantId)
      .where('id', 'in', userIds.length > 0 ? userIds : ['00000000-0000-0000-0000-000000000000'])
      .where('role', '=', 'policy_officer')
      .select('id')
      .execute()
      .then((r) => ({ rows: r }));
    const invalid: InvalidParam[] = userIds
      .map((id, i) => ({ id, i }))
      .filter(({ id }) => !rows.some((r) => r.id === id))
      .map(({ i }) => ({
        name: `body.userIds[${i}]`,
        code: 'not-a-policy-officer',
        reason: 'not a beleidsmedewerker',
      }));
    if (invalid.length > 0) throw new DomainError('invalid-input', 'Only beleidsmedewerkers can be assigned.', invalid);
    await this.repo.setOfficers(principal.tenantId, goalId, [...new Set(userIds)]);
  }

  async setTags(principal: Principal, goalId: string, input: Static<typeof TagsInput>) {
    policyGoalsPolicy.authorize(principal, 'policy-goals.manage');
    await this.goalOrThrow(principal, goalId);
    await this.checkSubjects(principal.tenantId, input.tags, 'body.tags');
    await this.db
      .transaction()
      .execute((tx) => new PolicyGoalsRepository(tx).setTags(principal.tenantId, goalId, input.tags));
    return this.repo.tags(principal.tenantId, goalId);
  }

  private async checkSubjects(tenantId: string, subjects: { type: string; id: string }[], field: string) {
    const missing = await this.repo.missingSubjects(tenantId, subjects);
    if (missing.length === 0) return;
    throw new DomainError(
      'invalid-input',
      'Some linked items do not exist.',
      missing.map((m) => ({
        name: `${field}[${subjects.findIndex((s) => s.id === m.id && s.type === m.type)}].id`,
        code: 'not-found',
        reason: `no ${m.type} with this id`,
      })),
    );
  }

  async kansenkaart(principal: Principal, goalId: string, year?: number) {
    policyGoalsPolicy.authorize(principal, 'policy-goals.read');
    const goal = await this.goalOrThrow(principal, goalId);
    const now = this.clock();
    const y = year ?? now.getUTCFullYear();
    const [goals, tags, opportunities, wijken] = await Promise.all([
      this.list(principal),
      this.repo.tags(principal.tenantId, goalId),
      this.repo.opportunities(principal.tenantId, goalId),
      new DashboardsService(this.db).wijkReach(principal.tenantId, goal.target_group, y, now),
    ]);
    return {
      goal: goals.find((g) => g.id === goalId)!,
      year: y,
      tags,
      opportunities: opportunities.map(presentOpportunity),
      wijken,
    };
  }

  async buurten(principal: Principal, goalId: string, wijkCode: string, year?: number) {
    policyGoalsPolicy.authorize(principal, 'policy-goals.read');
    const goal = await this.goalOrThrow(principal, goalId);
    const buurten = await new DashboardsService(this.db).buurtReach(
      principal.tenantId,
      goal.target_group,
      year ?? this.clock().getUTCFullYear(),
      wijkCode,
    );
    return { wijkCode, shown: buurten !== undefined, buurten: buurten ?? [] };
  }

  async propose(principal: Principal, goalId: string, input: Static<typeof OpportunityInput>) {
    await this.goalOrThrow(principal, goalId);
    policyGoalsPolicy.authorize(principal, 'policy-goals.propose', {
      assigned: (await this.assigned(principal)).includes(goalId),
    });
    await this.checkSubjects(principal.tenantId, input.links, 'body.links');
    const row = await this.repo.insertOpportunity(principal.tenantId, {
      goalId,
      title: input.title.trim(),
      description: input.description,
      ownerName: input.ownerName.trim(),
      status: input.status ?? 'idea',
      links: input.links,
      proposedBy: userOf(principal),
    });
    return presentOpportunity(row);
  }

  async moveOpportunity(principal: Principal, id: string, status: OpportunityStatus) {
    const found = await this.repo.opportunity(principal.tenantId, id);
    if (!found) throw new DomainError('policy-opportunity-not-found', 'This opportunity does not exist.');
    policyGoalsPolicy.authorize(principal, 'policy-goals.propose', {
      assigned: (await this.assigned(principal)).includes(found.goal_id),
    });
    return presentOpportunity((await this.repo.updateOpportunityStatus(principal.tenantId, id, status))!);
  }

  async gamePlan(principal: Principal) {
    policyGoalsPolicy.authorize(principal, 'game-plan.read');
    return (await this.repo.gamePlan(principal.tenantId)).map(presentAction);
  }

  async changeAction(principal: Principal, id: string, change: Static<typeof GamePlanActionChange>) {
    policyGoalsPolicy.authorize(principal, 'game-plan.manage');
    const row = await this.repo.updateGamePlanAction(principal.tenantId, id, change);
    if (!row) throw new DomainError('policy-game-plan-action-not-found', 'This game plan action does not exist.');
    return presentAction(row);
  }

  async setAnnualPlanEntry(
    principal: Principal,
    year: number,
    goalId: string,
    input: Static<typeof AnnualPlanEntryInput>,
  ) {
    policyGoalsPolicy.authorize(principal, 'annual-plan.manage');
    await this.goalOrThrow(principal, goalId);
    await this.repo.upsertAnnualPlanEntry(principal.tenantId, year, goalId, input);
    return this.annualPlan(principal, year);
  }

  /** The Jaarplan Opgaven of a year: per opgave what the plan says, and what the platform measured. */
  async annualPlan(principal: Principal, year: number): Promise<AnnualPlanBody> {
    policyGoalsPolicy.authorize(principal, 'annual-plan.read');
    const tenantId = principal.tenantId;
    const now = this.clock();
    const [goals, entries] = await Promise.all([this.repo.listGoals(tenantId), this.repo.annualPlan(tenantId, year)]);
    const dashboards = new DashboardsService(this.db);
    const result: AnnualPlanBody['entries'] = [];
    for (const goal of goals) {
      const entry = entries.find((e) => e.goal_id === goal.id);
      if (!entry) continue;
      const [reach, tags, opportunities] = await Promise.all([
        dashboards.wijkReach(tenantId, goal.target_group, year, now),
        this.repo.tags(tenantId, goal.id),
        this.repo.opportunities(tenantId, goal.id),
      ]);
      // The total over wijken counts only shown wijken: never a hidden one by difference.
      const reached = sumPeople(reach.map((w) => w.holdersReached));
      const estimate = reach.reduce((a, w) => a + (w.holdersReached.suppressed ? 0 : (w.estimatedGroupSize ?? 0)), 0);
      result.push({
        goalId: goal.id,
        goalName: goal.name,
        goals: entry.goals,
        onThePass: entry.on_the_pass,
        scheme: entry.scheme,
        contribution: entry.contribution,
        priorities: entry.priorities,
        results: {
          holdersReached: discloseCount(reached),
          reachPercent: disclose(
            estimate > 0 ? Math.round((reached * 1000) / estimate) / 10 : 0,
            estimate > 0 ? reached : 0,
          ),
          taggedOffers: tags.filter((t) => t.type === 'offer').length,
          opportunitiesRunning: opportunities.filter((o) => o.status === 'running' || o.status === 'evaluated').length,
        },
      });
    }
    return { year, entries: result };
  }
}

function presentAction(a: {
  id: string;
  phase: 'starten' | 'aanzetten' | 'versnellen' | 'finishen';
  title: string;
  owner_name: string;
  status: 'todo' | 'doing' | 'done';
  due_on: string | null;
}) {
  return {
    id: a.id,
    phase: a.phase,
    title: a.title,
    ownerName: a.owner_name,
    status: a.status,
    dueOn: a.due_on === null ? null : typeof a.due_on === 'string' ? a.due_on.slice(0, 10) : isoDate(a.due_on),
  };
}

function isoDate(d: unknown): string {
  const date = d as Date;
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
