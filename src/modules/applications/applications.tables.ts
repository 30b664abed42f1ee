import type { Generated } from 'kysely';
import type { CreatedAt, DateString, Timestamp } from '../../db/schema.ts';

/** Table types of the applications module (migration 202612071100). */
export type ApplicationGround = 'minimum' | 'carer';
export type ApplicationStatus = 'submitted' | 'information_requested' | 'approved' | 'rejected' | 'withdrawn';
export type MemberRelation = 'partner' | 'child';
export type EvidenceMediaType = 'application/pdf' | 'image/jpeg' | 'image/png';
export type ApplicationEventKind =
  | 'submitted'
  | 'assigned'
  | 'information_requested'
  | 'answered'
  | 'evidence_added'
  | 'approved'
  | 'rejected'
  | 'withdrawn'
  | 'evidence_deleted';

export interface ApplicationsTable {
  tenant_id: string;
  id: Generated<string>;
  holder_id: string;
  applicant_user_id: string;
  ground: ApplicationGround;
  status: Generated<ApplicationStatus>;
  applicant_birth_date: DateString | null;
  explanation: Generated<string>;
  assigned_to: string | null;
  decision_reason: string | null;
  objection_info: string | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
  issued_pass_id: string | null;
  /** The scheme that grants the pass, and its pass price when applying (0: free); migration 202612081000. */
  scheme_id: string | null;
  pass_price_cents: Generated<number>;
  /** A reduced-price approval: the sales module's order the resident pays. */
  pass_order_id: string | null;
  submitted_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ApplicationMembersTable {
  tenant_id: string;
  application_id: string;
  position: number;
  relation: MemberRelation;
  name: string;
  birth_date: DateString;
}

export interface ApplicationEvidenceTable {
  tenant_id: string;
  id: Generated<string>;
  application_id: string;
  file_name: string;
  media_type: EvidenceMediaType;
  size_bytes: number;
  content: Uint8Array | null;
  uploaded_at: CreatedAt;
  deleted_at: Timestamp | null;
}

export interface ApplicationEventsTable {
  tenant_id: string;
  id: Generated<string>;
  application_id: string;
  kind: ApplicationEventKind;
  actor: string;
  actor_name: string;
  message: Generated<string>;
  created_at: CreatedAt;
}

declare module '../../db/schema.ts' {
  interface DB {
    applications: ApplicationsTable;
    application_members: ApplicationMembersTable;
    application_evidence: ApplicationEvidenceTable;
    application_events: ApplicationEventsTable;
  }
}
