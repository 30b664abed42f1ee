import type { Static } from '@sinclair/typebox';
import type { Application, ApplicationSummary, Evidence, HolderFileApplication } from './applications.schemas.ts';
import type { ApplicationsRepository } from './applications.repository.ts';
import type { FullApplication, HolderApplicationRow } from './applications.service.ts';

const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value));

type EvidenceRow = FullApplication['evidence'][number];
type SummaryRow = Awaited<ReturnType<ApplicationsRepository['list']>>['rows'][number];

export function presentEvidence(e: EvidenceRow): Static<typeof Evidence> {
  return {
    id: e.id,
    fileName: e.file_name,
    mediaType: e.media_type,
    sizeBytes: e.size_bytes,
    uploadedAt: iso(e.uploaded_at),
    deletedAt: isoOrNull(e.deleted_at),
  };
}

/** An application, for its applicant or a reviewer only (the policy decided that before). */
export function presentApplication(a: FullApplication): Static<typeof Application> {
  const decided = (a.status === 'approved' || a.status === 'rejected') && a.decided_at !== null;
  return {
    id: a.id,
    ground: a.ground,
    status: a.status,
    applicant: { name: a.applicant_name, email: a.applicant_email, birthDate: a.applicant_birth_date },
    household: a.members.map((m) => ({ relation: m.relation, name: m.name, birthDate: m.birth_date })),
    explanation: a.explanation,
    assignedTo: a.assigned_to ? { id: a.assigned_to, name: a.assigned_name ?? '' } : null,
    submittedAt: iso(a.submitted_at),
    updatedAt: iso(a.updated_at),
    decision: decided
      ? {
          outcome: a.status as 'approved' | 'rejected',
          reason: a.decision_reason ?? '',
          objectionInfo: a.objection_info ?? '',
          decidedBy: a.decided_by ?? '',
          decidedAt: iso(a.decided_at as Date),
        }
      : null,
    scheme: a.scheme_id ? { id: a.scheme_id, title: a.scheme_title ?? '' } : null,
    passPriceCents: a.pass_price_cents,
    payment: a.payment,
    evidence: a.evidence.map(presentEvidence),
    events: a.events.map((e) => ({
      kind: e.kind,
      actorName: e.actor_name,
      message: e.message,
      createdAt: iso(e.created_at),
    })),
  };
}

export function presentSummary(row: SummaryRow): Static<typeof ApplicationSummary> {
  return {
    id: row.id,
    ground: row.ground,
    status: row.status,
    applicantName: row.applicant_name,
    householdSize: 1 + Number(row.member_count ?? 0),
    evidenceCount: Number(row.evidence_count ?? 0),
    assignedTo: row.assigned_to ? { id: row.assigned_to, name: row.assigned_name ?? '' } : null,
    submittedAt: iso(row.submitted_at),
  };
}

/** An application in the holder's file in Beheer (for reviewers only: the service decided that before). */
export function presentHolderFileApplication(a: HolderApplicationRow): Static<typeof HolderFileApplication> {
  const decided = (a.status === 'approved' || a.status === 'rejected') && a.decided_at !== null;
  return {
    id: a.id,
    ground: a.ground,
    status: a.status,
    scheme: a.scheme_id ? { id: a.scheme_id, title: a.scheme_title ?? '' } : null,
    passPriceCents: a.pass_price_cents,
    submittedAt: iso(a.submitted_at),
    decision: decided
      ? {
          outcome: a.status as 'approved' | 'rejected',
          reason: a.decision_reason ?? '',
          decidedBy: a.decided_by ?? '',
          decidedAt: iso(a.decided_at as Date),
        }
      : null,
  };
}
