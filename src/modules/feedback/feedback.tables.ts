import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, DateString } from '../../db/schema.ts';
import type { SurveyQuestion } from './survey-rules.ts';

/** Table types of migration 202612081700 owned by the feedback module (joined to DB below). */
type Json<T> = ColumnType<T, string, string>;
type Moment = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type SurveyAudience = 'residents' | 'providers' | 'panel';
export type SurveyStatus = 'draft' | 'open' | 'closed';

export interface SurveysTable {
  tenant_id: string;
  id: Generated<string>;
  series_id: string;
  round: Generated<number>;
  title: string;
  intro: Generated<string>;
  audience: SurveyAudience;
  status: Generated<SurveyStatus>;
  questions: Json<SurveyQuestion[]>;
  opened_at: Moment;
  closed_at: Moment;
  created_at: CreatedAt;
  created_by: string;
}

export interface SurveyResponsesTable {
  tenant_id: string;
  id: Generated<string>;
  survey_id: string;
  answered_on: DateString;
  source: 'link' | 'qr' | 'panel';
  wijk_code: string | null;
  age_band: string | null;
  household_type: string | null;
  answers: Json<Record<string, string | string[] | number>>;
  guard_hash: string;
  provider_id: string | null;
}

export interface SurveyInterviewContactsTable {
  tenant_id: string;
  id: Generated<string>;
  survey_id: string;
  name: string;
  contact: string;
  created_on: DateString;
}

export interface NeedsTable {
  tenant_id: string;
  id: Generated<string>;
  title: string;
  description: Generated<string>;
  created_at: CreatedAt;
}

export interface NeedOffersTable {
  tenant_id: string;
  need_id: string;
  offer_id: string;
}

export interface NeedCodingsTable {
  tenant_id: string;
  response_id: string;
  question_id: string;
  need_id: string;
}

export type RatingTextStatus = 'none' | 'pending' | 'approved' | 'rejected';

export interface OfferRatingsTable {
  tenant_id: string;
  id: Generated<string>;
  redemption_id: string;
  offer_id: string;
  provider_id: string;
  holder_id: string;
  stars: number;
  body: Generated<string>;
  text_status: RatingTextStatus;
  moderated_at: Moment;
  moderated_by: string | null;
  reply: string | null;
  replied_at: Moment;
  created_at: CreatedAt;
}

export interface SuggestionsTable {
  tenant_id: string;
  id: Generated<string>;
  kind: 'new_offer' | 'improvement';
  message: string;
  contact_email: string | null;
  status: Generated<'new' | 'handled'>;
  created_at: CreatedAt;
}

export interface PanelMembersTable {
  tenant_id: string;
  holder_id: string;
  consent_version: number;
  joined_at: CreatedAt;
}

export interface PanelInvitationsTable {
  tenant_id: string;
  id: Generated<string>;
  survey_id: string;
  holder_id: string | null;
  wijk_code: string | null;
  target_group: string;
  token_hash: string;
  invited_on: DateString;
  responded_on: DateString | null;
}

export interface PanelQuestionsTable {
  tenant_id: string;
  id: Generated<string>;
  organisation: string;
  question: string;
  status: Generated<'submitted' | 'accepted' | 'declined'>;
  survey_id: string | null;
  submitted_by: string;
  created_at: CreatedAt;
  decided_at: Moment;
}

declare module '../../db/schema.ts' {
  interface DB {
    surveys: SurveysTable;
    survey_responses: SurveyResponsesTable;
    survey_interview_contacts: SurveyInterviewContactsTable;
    needs: NeedsTable;
    need_offers: NeedOffersTable;
    need_codings: NeedCodingsTable;
    offer_ratings: OfferRatingsTable;
    suggestions: SuggestionsTable;
    panel_members: PanelMembersTable;
    panel_invitations: PanelInvitationsTable;
    panel_questions: PanelQuestionsTable;
  }
}
