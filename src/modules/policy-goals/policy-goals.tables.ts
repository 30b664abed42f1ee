import type { ColumnType, Generated } from 'kysely';

/** Table types of the policy-goals module (migration 202612081600). */
export type TargetGroup = 'regular' | 'low_income' | 'carer' | 'child';
export type OpportunityStatus = 'idea' | 'planned' | 'running' | 'evaluated';
export type GamePlanPhase = 'starten' | 'aanzetten' | 'versnellen' | 'finishen';
export type GamePlanStatus = 'todo' | 'doing' | 'done';
export type TagSubject = 'offer' | 'scheme' | 'support_application' | 'event';
export interface OpportunityLink {
  type: 'offer' | 'scheme' | 'event';
  id: string;
}

export interface PolicyGoalsTable {
  tenant_id: string;
  id: Generated<string>;
  slug: string;
  name: string;
  description: Generated<string>;
  target_group: Generated<TargetGroup>;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface PolicyGoalOfficersTable {
  tenant_id: string;
  user_id: string;
  goal_id: string;
}

export interface PolicyGoalTagsTable {
  tenant_id: string;
  goal_id: string;
  subject_type: TagSubject;
  subject_id: string;
}

export interface PolicyOpportunitiesTable {
  tenant_id: string;
  id: Generated<string>;
  goal_id: string;
  title: string;
  description: Generated<string>;
  status: Generated<OpportunityStatus>;
  owner_name: string;
  links: ColumnType<OpportunityLink[], string | undefined, string>;
  proposed_by: string | null;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface GamePlanActionsTable {
  tenant_id: string;
  id: Generated<string>;
  phase: GamePlanPhase;
  title: string;
  owner_name: string;
  status: Generated<GamePlanStatus>;
  due_on: ColumnType<string | null, string | null | undefined, string | null>;
  sort_order: Generated<number>;
}

export interface AnnualPlanEntriesTable {
  tenant_id: string;
  year: number;
  goal_id: string;
  goals: Generated<string>;
  on_the_pass: Generated<string>;
  scheme: Generated<string>;
  contribution: Generated<string>;
  priorities: Generated<string>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface TargetGroupEstimatesTable {
  tenant_id: string;
  wijk_code: string;
  target_group: TargetGroup;
  estimated_size: number;
  source: string;
}

declare module '../../db/schema.ts' {
  interface DB {
    policy_goals: PolicyGoalsTable;
    policy_goal_officers: PolicyGoalOfficersTable;
    policy_goal_tags: PolicyGoalTagsTable;
    policy_opportunities: PolicyOpportunitiesTable;
    game_plan_actions: GamePlanActionsTable;
    annual_plan_entries: AnnualPlanEntriesTable;
    target_group_estimates: TargetGroupEstimatesTable;
  }
}
