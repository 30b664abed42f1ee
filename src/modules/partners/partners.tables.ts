import type { Generated } from 'kysely';
import type { CreatedAt, DateString } from '../../db/schema.ts';

/** Table types of the partners module (migration 202612071700). */
export type PartnerKind =
  'community_centre' | 'volunteer_organisation' | 'sport_club' | 'informal_group' | 'other' | 'co_owner';
export type PartnerStatus = 'pending' | 'approved' | 'rejected';
export type SupportKind = 'per_participant' | 'lump_sum';
export type ApplicationStatus = 'submitted' | 'approved' | 'rejected' | 'reported' | 'closed';

export interface PartnersTable {
  tenant_id: string;
  id: Generated<string>;
  name: string;
  kind: PartnerKind;
  wijk_code: string;
  description: Generated<string>;
  email: string;
  phone: string | null;
  status: Generated<PartnerStatus>;
  provider_id: string | null;
  decided_at: Date | null;
  decided_by: string | null;
  created_at: CreatedAt;
}

export interface PartnerStaffTable {
  tenant_id: string;
  user_id: string;
  partner_id: string;
}

export interface SupportRoundsTable {
  tenant_id: string;
  id: Generated<string>;
  name: string;
  eligible_costs: string;
  max_amount_cents: number;
  max_per_participant_cents: number;
  priority_wijken: Generated<string[]>;
  priority_target_groups: Generated<string[]>;
  opens_on: DateString;
  deadline: DateString | null;
  created_at: CreatedAt;
}

export interface SupportApplicationsTable {
  tenant_id: string;
  id: Generated<string>;
  partner_id: string;
  round_id: string;
  title: string;
  description: string;
  starts_on: DateString;
  ends_on: DateString;
  wijk_code: string;
  target_group: string;
  expected_reach: number;
  budget_cents: number;
  support_kind: SupportKind;
  price_per_participant_cents: number | null;
  asked_cents: number;
  status: Generated<ApplicationStatus>;
  score_reach: number | null;
  score_target_group: number | null;
  score_quality: number | null;
  score_costs: number | null;
  decision_reason: string | null;
  granted_cents: number | null;
  granted_per_participant_cents: number | null;
  advance_cents: number | null;
  offer_id: string | null;
  decided_at: Date | null;
  decided_by: string | null;
  reported_participants: number | null;
  evaluation: string | null;
  reported_at: Date | null;
  final_paid_cents: number | null;
  created_at: CreatedAt;
}

export type PactStatus = 'active' | 'renewed' | 'ended';

export interface PactsTable {
  tenant_id: string;
  id: Generated<string>;
  partner_id: string;
  starts_on: DateString;
  ends_on: DateString;
  organisation_commitments: string;
  partner_commitments: string;
  activities_per_quarter: number;
  expected_reach: number;
  support_cents: number;
  evaluation_moments: string[];
  status: Generated<PactStatus>;
  ended_on: DateString | null;
  end_reason: string | null;
  renews_pact_id: string | null;
  created_at: CreatedAt;
  created_by: string | null;
}

export interface AppreciationQuotasTable {
  tenant_id: string;
  id: Generated<string>;
  partner_id: string;
  passes: number;
  price_per_pass_cents: number;
  funded_by: 'sponsor' | 'municipal_budget';
  funder_name: string;
  created_at: CreatedAt;
  created_by: string | null;
}

export interface AppreciationCodesTable {
  tenant_id: string;
  id: Generated<string>;
  quota_id: string;
  code: string;
  label: string | null;
  created_at: CreatedAt;
  used_at: Date | null;
  pass_id: string | null;
}

export interface Top30NominationsTable {
  tenant_id: string;
  id: Generated<string>;
  partner_id: string;
  title: string;
  description: string;
  wijk_code: string;
  offer_id: string | null;
  jury_score: number | null;
  volunteer_org_score: number | null;
  created_at: CreatedAt;
}

export interface Top30WeightsTable {
  tenant_id: string;
  reach: number;
  jury: number;
  volunteer_org: number;
}

export interface Top30RankingsTable {
  tenant_id: string;
  month: string;
  rank: number;
  nomination_id: string;
  reach: number;
  score: number | string;
  computed_at: CreatedAt;
}

declare module '../../db/schema.ts' {
  interface DB {
    partners: PartnersTable;
    partner_staff: PartnerStaffTable;
    support_rounds: SupportRoundsTable;
    support_applications: SupportApplicationsTable;
    pacts: PactsTable;
    appreciation_quotas: AppreciationQuotasTable;
    appreciation_codes: AppreciationCodesTable;
    top30_nominations: Top30NominationsTable;
    top30_weights: Top30WeightsTable;
    top30_rankings: Top30RankingsTable;
  }
}
