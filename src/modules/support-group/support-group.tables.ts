import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, DateString } from '../../db/schema.ts';

type Optional<T> = ColumnType<T | null, T | null | undefined, T | null>;

export type MemberKind = 'business' | 'volunteer_initiative' | 'civil_servant';
export type RsvpAnswer = 'yes' | 'no' | 'maybe';

/** Table types of migration 202612091420 (support-group). */
export interface SupportGroupMembersTable {
  tenant_id: string;
  id: Generated<string>;
  user_id: string;
  name: string;
  email: string;
  organisation: Generated<string>;
  kind: MemberKind;
  policy_goal_id: string;
  created_at: CreatedAt;
}

export interface SupportGroupLeadsTable {
  tenant_id: string;
  member_id: string;
  lead_id: string;
  created_at: CreatedAt;
}

export interface SupportGroupMeetingsTable {
  tenant_id: string;
  id: Generated<string>;
  title: string;
  starts_at: ColumnType<Date, Date | string, Date | string>;
  place: Generated<string>;
  online_url: Optional<string>;
  agenda: Generated<string>;
  notes: Generated<string>;
  created_by: string;
  created_at: CreatedAt;
}

export interface SupportGroupRsvpsTable {
  tenant_id: string;
  meeting_id: string;
  member_id: string;
  answer: RsvpAnswer;
  answered_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface SupportGroupActionsTable {
  tenant_id: string;
  id: Generated<string>;
  meeting_id: string;
  description: string;
  owner_name: string;
  due_on: ColumnType<DateString, string, string>;
  done_at: Optional<Date>;
  created_at: CreatedAt;
}

declare module '../../db/schema.ts' {
  interface DB {
    support_group_members: SupportGroupMembersTable;
    support_group_leads: SupportGroupLeadsTable;
    support_group_meetings: SupportGroupMeetingsTable;
    support_group_rsvps: SupportGroupRsvpsTable;
    support_group_actions: SupportGroupActionsTable;
  }
}
