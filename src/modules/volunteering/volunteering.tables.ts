import type { Generated } from 'kysely';
import type { CreatedAt, DateString } from '../../db/schema.ts';

/** Table types of the volunteering module (migrations 202612081500 and 202612081510). */
export type InfoTopic =
  'insurance' | 'vog' | 'permits' | 'courses' | 'legal_forms' | 'finances' | 'wijkmanager' | 'other';
export type TimeSlot = 'weekday_daytime' | 'weekday_evening' | 'weekend';
export type VacancyAudience = 'young' | 'mbo' | 'hbo' | 'short_project';
export type HelpRequestStatus = 'pending' | 'published' | 'rejected' | 'closed';
export type MatchSide = 'volunteer' | 'owner';
export type MatchStatus = 'proposed' | 'accepted' | 'declined';
export type ReservationStatus = 'reserved' | 'handed_out' | 'returned' | 'cancelled';

export interface VolunteerInfoPagesTable {
  tenant_id: string;
  id: Generated<string>;
  slug: string;
  topic: InfoTopic;
  title: string;
  summary: Generated<string>;
  body_markdown: string;
  sort_order: Generated<number>;
  published: Generated<boolean>;
  updated_at: Generated<Date>;
  updated_by: string | null;
}

export interface VolunteerVacanciesTable {
  tenant_id: string;
  id: Generated<string>;
  partner_id: string;
  title: string;
  description: string;
  wijk_code: string;
  interests: Generated<string[]>;
  times: Generated<TimeSlot[]>;
  audiences: Generated<VacancyAudience[]>;
  hours_per_week: number | null;
  ends_on: DateString | null;
  status: Generated<'open' | 'closed'>;
  created_at: CreatedAt;
}

export interface VolunteerProfilesTable {
  tenant_id: string;
  id: Generated<string>;
  user_id: string;
  display_name: string;
  about: Generated<string>;
  interests: Generated<string[]>;
  wijk_codes: Generated<string[]>;
  times: Generated<TimeSlot[]>;
  skills: Generated<string[]>;
  active: Generated<boolean>;
  updated_at: Generated<Date>;
}

export interface HelpRequestsTable {
  tenant_id: string;
  id: Generated<string>;
  author_user_id: string;
  title: string;
  description: string;
  wijk_code: string;
  interest: string;
  times: Generated<TimeSlot[]>;
  status: Generated<HelpRequestStatus>;
  moderation_reason: string | null;
  moderated_by: string | null;
  moderated_at: Date | null;
  created_at: CreatedAt;
}

export interface VolunteerMatchesTable {
  tenant_id: string;
  id: Generated<string>;
  vacancy_id: string | null;
  help_request_id: string | null;
  profile_id: string;
  proposed_by: MatchSide;
  status: Generated<MatchStatus>;
  volunteer_shares: Generated<boolean>;
  owner_shares: Generated<boolean>;
  created_at: CreatedAt;
  decided_at: Date | null;
}

export interface VolunteerMessagesTable {
  tenant_id: string;
  id: Generated<string>;
  match_id: string;
  from_side: MatchSide;
  body: string;
  created_at: CreatedAt;
}

export interface DepotItemsTable {
  tenant_id: string;
  id: Generated<string>;
  name: string;
  category: Generated<string>;
  description: Generated<string>;
  active: Generated<boolean>;
  created_at: CreatedAt;
}

export interface DepotReservationsTable {
  tenant_id: string;
  id: Generated<string>;
  item_id: string;
  partner_id: string;
  starts_on: DateString;
  ends_on: DateString;
  purpose: Generated<string>;
  status: Generated<ReservationStatus>;
  handed_out_at: Date | null;
  returned_at: Date | null;
  return_note: string | null;
  created_by: string;
  created_at: CreatedAt;
}

export interface DepotRequestsTable {
  tenant_id: string;
  id: Generated<string>;
  partner_id: string;
  item_id: string | null;
  wish: string | null;
  outcome: 'reserved' | 'refused_booked' | 'wish';
  created_at: CreatedAt;
}

export interface SpacesTable {
  tenant_id: string;
  id: Generated<string>;
  kind: 'offer' | 'request';
  title: string;
  description: Generated<string>;
  wijk_code: string;
  capacity: number;
  owner_name: string;
  partner_id: string | null;
  availability: Generated<string>;
  status: Generated<'open' | 'closed'>;
  created_by: string;
  created_at: CreatedAt;
}

export interface SharedNeedsTable {
  tenant_id: string;
  id: Generated<string>;
  partner_id: string;
  kind: 'course' | 'purchase';
  subject: string;
  subject_key: string;
  note: Generated<string>;
  created_at: CreatedAt;
}

declare module '../../db/schema.ts' {
  interface DB {
    volunteer_info_pages: VolunteerInfoPagesTable;
    volunteer_vacancies: VolunteerVacanciesTable;
    volunteer_profiles: VolunteerProfilesTable;
    help_requests: HelpRequestsTable;
    volunteer_matches: VolunteerMatchesTable;
    volunteer_messages: VolunteerMessagesTable;
    depot_items: DepotItemsTable;
    depot_reservations: DepotReservationsTable;
    depot_requests: DepotRequestsTable;
    spaces: SpacesTable;
    shared_needs: SharedNeedsTable;
  }
}
