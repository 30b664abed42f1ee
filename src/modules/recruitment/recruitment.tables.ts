import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, DateString } from '../../db/schema.ts';
import type { ProviderKind } from '../providers/providers.tables.ts';

/** Table types of the recruitment module (migration 202612081400). */
export type LeadStage = 'lead' | 'first_conversation' | 'follow_up' | 'joined' | 'not_now';
export type CampaignKind = 'recruitment' | 'pass_sales' | 'solidarity' | 'festival' | 'usage';
export type RelationshipNoteKind = 'contact' | 'agreement' | 'history';

export interface RecruitmentLeadsTable {
  tenant_id: string;
  id: Generated<string>;
  name: string;
  kind: Generated<ProviderKind>;
  contact_name: Generated<string>;
  email: Generated<string>;
  phone: Generated<string>;
  street: Generated<string>;
  postcode: Generated<string>;
  city: Generated<string>;
  kvk_number: string | null;
  route_id: string | null;
  wijk_code: string | null;
  owner_user_id: string | null;
  stage: Generated<LeadStage>;
  next_step_on: DateString | null;
  notes: Generated<string>;
  source: Generated<string>;
  /** The name of who handed it in (a supportgroep member), shown as the source; migration 202612091430. */
  source_name: ColumnType<string | null, string | null | undefined, string | null>;
  /** What it was made from in another module (`need:<id>`), unique per source; migration 202612091700. */
  source_ref: ColumnType<string | null, string | null | undefined, string | null>;
  x_rd: number | null;
  y_rd: number | null;
  application_id: string | null;
  joined_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface RecruitmentLeadEventsTable {
  tenant_id: string;
  id: Generated<string>;
  lead_id: string;
  occurred_at: CreatedAt;
  actor: string;
  actor_name: string;
  from_stage: LeadStage | null;
  to_stage: LeadStage;
  comment: string | null;
}

export interface RecruitmentWijkAssignmentsTable {
  tenant_id: string;
  user_id: string;
  wijk_code: string;
}

export interface CampaignsTable {
  tenant_id: string;
  id: Generated<string>;
  name: string;
  kind: Generated<CampaignKind>;
  route_id: string | null;
  target_group: string | null;
  starts_on: DateString;
  ends_on: DateString;
  description: Generated<string>;
  goal_providers: number | null;
  goal_offers: number | null;
  goal_redemptions: number | null;
  goal_passes_sold: number | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface ProviderRelationshipNotesTable {
  tenant_id: string;
  id: Generated<string>;
  provider_id: string;
  kind: RelationshipNoteKind;
  noted_on: DateString;
  body: string;
  created_by: string | null;
  created_at: CreatedAt;
}

declare module '../../db/schema.ts' {
  interface DB {
    recruitment_leads: RecruitmentLeadsTable;
    recruitment_lead_events: RecruitmentLeadEventsTable;
    recruitment_wijk_assignments: RecruitmentWijkAssignmentsTable;
    campaigns: CampaignsTable;
    provider_relationship_notes: ProviderRelationshipNotesTable;
  }
}
