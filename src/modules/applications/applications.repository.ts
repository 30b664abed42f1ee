import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type {
  ApplicationEventKind,
  ApplicationGround,
  ApplicationStatus,
  EvidenceMediaType,
  MemberRelation,
} from './applications.tables.ts';
import './applications.tables.ts';

export const OPEN_STATUSES: ApplicationStatus[] = ['submitted', 'information_requested'];

export interface ApplicationFilter {
  status?: ApplicationStatus | undefined;
  ground?: ApplicationGround | undefined;
  /** A reviewer's user id, or null for "assigned to nobody". */
  assignedTo?: string | null | undefined;
}

/** Queries of applications, their household, evidence and events. Every query filters by tenant. */
export class ApplicationsRepository {
  constructor(readonly db: Db) {}

  /** The applicant's free or reduced pass (low_income or carer) that is valid today, if any. */
  validFreePass(tenantId: string, holderId: string, today: string) {
    return this.db
      .selectFrom('passes')
      .select(['id', 'number', 'valid_until'])
      .where('tenant_id', '=', tenantId)
      .where('holder_id', '=', holderId)
      .where('status', '=', 'active')
      .where('category', 'in', ['low_income', 'carer'])
      .where('valid_until', '>=', today)
      .executeTakeFirst();
  }

  findResidentUser(tenantId: string, email: string) {
    return this.db
      .selectFrom('users')
      .select(['id', 'holder_id'])
      .where('tenant_id', '=', tenantId)
      .where(sql<string>`lower(email)`, '=', email.toLowerCase())
      .where('role', '=', 'resident')
      .executeTakeFirst();
  }

  findHolderByEmail(tenantId: string, email: string) {
    return this.db
      .selectFrom('holders')
      .select(['id'])
      .where('tenant_id', '=', tenantId)
      .where(sql<string>`lower(email)`, '=', email.toLowerCase())
      .executeTakeFirst();
  }

  findHolder(tenantId: string, holderId: string) {
    return this.db
      .selectFrom('holders')
      .select(['id', 'name', 'email', 'birth_date', 'wijk_code'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', holderId)
      .executeTakeFirst();
  }

  async insertApplication(values: {
    tenantId: string;
    holderId: string;
    userId: string;
    ground: ApplicationGround;
    applicantBirthDate: string | null;
    explanation: string;
    schemeId: string | null;
    passPriceCents: number;
    members: { relation: MemberRelation; name: string; birthDate: string }[];
  }) {
    const row = await this.db
      .insertInto('applications')
      .values({
        tenant_id: values.tenantId,
        holder_id: values.holderId,
        applicant_user_id: values.userId,
        ground: values.ground,
        applicant_birth_date: values.applicantBirthDate,
        explanation: values.explanation,
        assigned_to: null,
        decision_reason: null,
        objection_info: null,
        decided_by: null,
        decided_at: null,
        issued_pass_id: null,
        scheme_id: values.schemeId,
        pass_price_cents: values.passPriceCents,
        pass_order_id: null,
      })
      .onConflict((oc) => oc.doNothing())
      .returning(['id'])
      .executeTakeFirst();
    if (!row) return undefined;
    if (values.members.length > 0) {
      await this.db
        .insertInto('application_members')
        .values(
          values.members.map((m, i) => ({
            tenant_id: values.tenantId,
            application_id: row.id,
            position: i + 1,
            relation: m.relation,
            name: m.name,
            birth_date: m.birthDate,
          })),
        )
        .execute();
    }
    return row;
  }

  insertEvent(
    tenantId: string,
    applicationId: string,
    event: { kind: ApplicationEventKind; actor: string; actorName: string; message?: string },
  ) {
    return this.db
      .insertInto('application_events')
      .values({
        tenant_id: tenantId,
        application_id: applicationId,
        kind: event.kind,
        actor: event.actor,
        actor_name: event.actorName,
        message: event.message ?? '',
      })
      .execute();
  }

  private applications(tenantId: string) {
    return this.db
      .selectFrom('applications as a')
      .innerJoin('holders as h', (join) =>
        join.onRef('h.tenant_id', '=', 'a.tenant_id').onRef('h.id', '=', 'a.holder_id'),
      )
      .innerJoin('users as u', (join) =>
        join.onRef('u.tenant_id', '=', 'a.tenant_id').onRef('u.id', '=', 'a.applicant_user_id'),
      )
      .leftJoin('users as r', (join) =>
        join.onRef('r.tenant_id', '=', 'a.tenant_id').onRef('r.id', '=', 'a.assigned_to'),
      )
      .leftJoin('schemes as s', (join) =>
        join.onRef('s.tenant_id', '=', 'a.tenant_id').onRef('s.id', '=', 'a.scheme_id'),
      )
      .where('a.tenant_id', '=', tenantId);
  }

  findApplication(tenantId: string, applicationId: string) {
    return this.applications(tenantId)
      .select([
        'a.id',
        'a.holder_id',
        'a.applicant_user_id',
        'a.ground',
        'a.status',
        'a.applicant_birth_date',
        'a.explanation',
        'a.assigned_to',
        'r.name as assigned_name',
        'a.decision_reason',
        'a.objection_info',
        'a.decided_by',
        'a.decided_at',
        'a.submitted_at',
        'a.updated_at',
        'h.name as applicant_name',
        'u.email as applicant_email',
        'a.scheme_id',
        's.title as scheme_title',
        'a.pass_price_cents',
        'a.pass_order_id',
      ])
      .where('a.id', '=', applicationId)
      .executeTakeFirst();
  }

  /** Locks the application until the transaction ends: decisions on one application are made one at a time. */
  lockApplication(tenantId: string, applicationId: string) {
    return this.db
      .selectFrom('applications')
      .select(['id', 'status', 'holder_id', 'ground', 'applicant_user_id', 'pass_price_cents'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', applicationId)
      .forUpdate()
      .executeTakeFirst();
  }

  members(tenantId: string, applicationId: string) {
    return this.db
      .selectFrom('application_members')
      .select(['relation', 'name', 'birth_date'])
      .where('tenant_id', '=', tenantId)
      .where('application_id', '=', applicationId)
      .orderBy('position')
      .execute();
  }

  evidenceList(tenantId: string, applicationId: string) {
    return this.db
      .selectFrom('application_evidence')
      .select(['id', 'file_name', 'media_type', 'size_bytes', 'uploaded_at', 'deleted_at'])
      .where('tenant_id', '=', tenantId)
      .where('application_id', '=', applicationId)
      .orderBy('uploaded_at')
      .execute();
  }

  events(tenantId: string, applicationId: string) {
    return this.db
      .selectFrom('application_events')
      .select(['kind', 'actor_name', 'message', 'created_at'])
      .where('tenant_id', '=', tenantId)
      .where('application_id', '=', applicationId)
      .orderBy('created_at')
      .execute();
  }

  listOfHolder(tenantId: string, holderId: string) {
    return this.db
      .selectFrom('applications')
      .select(['id'])
      .where('tenant_id', '=', tenantId)
      .where('holder_id', '=', holderId)
      .orderBy('submitted_at', 'desc')
      .execute();
  }

  /**
   * A holder's applications for the holder's file, newest first: status, scheme and the decision.
   * Not joined to the applicant's login, so an application stays listed when that login is gone.
   */
  ofHolderForFile(tenantId: string, holderId: string) {
    return this.db
      .selectFrom('applications as a')
      .leftJoin('schemes as s', (join) =>
        join.onRef('s.tenant_id', '=', 'a.tenant_id').onRef('s.id', '=', 'a.scheme_id'),
      )
      .select([
        'a.id',
        'a.ground',
        'a.status',
        'a.scheme_id',
        's.title as scheme_title',
        'a.pass_price_cents',
        'a.submitted_at',
        'a.decision_reason',
        'a.decided_by',
        'a.decided_at',
      ])
      .where('a.tenant_id', '=', tenantId)
      .where('a.holder_id', '=', holderId)
      .orderBy('a.submitted_at', 'desc')
      .orderBy('a.id')
      .execute();
  }

  async list(tenantId: string, filter: ApplicationFilter, limit: number, offset: number) {
    let query = this.applications(tenantId);
    if (filter.status) query = query.where('a.status', '=', filter.status);
    if (filter.ground) query = query.where('a.ground', '=', filter.ground);
    if (filter.assignedTo === null) query = query.where('a.assigned_to', 'is', null);
    else if (filter.assignedTo) query = query.where('a.assigned_to', '=', filter.assignedTo);
    const rows = await query
      .select((eb) => [
        'a.id',
        'a.ground',
        'a.status',
        'a.submitted_at',
        'a.assigned_to',
        'r.name as assigned_name',
        'h.name as applicant_name',
        eb
          .selectFrom('application_members as m')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('m.tenant_id', '=', 'a.tenant_id')
          .whereRef('m.application_id', '=', 'a.id')
          .as('member_count'),
        eb
          .selectFrom('application_evidence as e')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('e.tenant_id', '=', 'a.tenant_id')
          .whereRef('e.application_id', '=', 'a.id')
          .as('evidence_count'),
      ])
      .orderBy('a.submitted_at')
      .orderBy('a.id')
      .limit(limit)
      .offset(offset)
      .execute();
    const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return { rows, totalItems: Number(total.n) };
  }

  reviewers(tenantId: string) {
    return this.db
      .selectFrom('users')
      .select(['id', 'name'])
      .where('tenant_id', '=', tenantId)
      .where('role', '=', 'org_admin')
      .orderBy('name')
      .execute();
  }

  setStatus(tenantId: string, applicationId: string, status: ApplicationStatus) {
    return this.db
      .updateTable('applications')
      .set({ status, updated_at: sql`now()` })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', applicationId)
      .execute();
  }

  assign(tenantId: string, applicationId: string, reviewerId: string | null) {
    return this.db
      .updateTable('applications')
      .set({ assigned_to: reviewerId, updated_at: sql`now()` })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', applicationId)
      .execute();
  }

  decide(
    tenantId: string,
    applicationId: string,
    decision: {
      status: 'approved' | 'rejected';
      reason: string;
      objectionInfo: string;
      decidedBy: string;
      issuedPassId: string | null;
      passOrderId?: string | null;
    },
  ) {
    return this.db
      .updateTable('applications')
      .set({
        status: decision.status,
        decision_reason: decision.reason,
        objection_info: decision.objectionInfo,
        decided_by: decision.decidedBy,
        decided_at: sql`now()`,
        issued_pass_id: decision.issuedPassId,
        pass_order_id: decision.passOrderId ?? null,
        updated_at: sql`now()`,
      })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', applicationId)
      .where('status', 'in', OPEN_STATUSES)
      .executeTakeFirst();
  }

  countEvidence(tenantId: string, applicationId: string) {
    return this.db
      .selectFrom('application_evidence')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('tenant_id', '=', tenantId)
      .where('application_id', '=', applicationId)
      .executeTakeFirstOrThrow();
  }

  insertEvidence(values: {
    tenantId: string;
    applicationId: string;
    fileName: string;
    mediaType: EvidenceMediaType;
    content: Uint8Array;
  }) {
    return this.db
      .insertInto('application_evidence')
      .values({
        tenant_id: values.tenantId,
        application_id: values.applicationId,
        file_name: values.fileName,
        media_type: values.mediaType,
        size_bytes: values.content.byteLength,
        content: values.content,
        deleted_at: null,
      })
      .returning(['id', 'file_name', 'media_type', 'size_bytes', 'uploaded_at', 'deleted_at'])
      .executeTakeFirstOrThrow();
  }

  evidenceContent(tenantId: string, applicationId: string, evidenceId: string) {
    return this.db
      .selectFrom('application_evidence')
      .select(['file_name', 'media_type', 'content'])
      .where('tenant_id', '=', tenantId)
      .where('application_id', '=', applicationId)
      .where('id', '=', evidenceId)
      .where('content', 'is not', null)
      .executeTakeFirst();
  }

  /**
   * Deletes the content of evidence of applications decided before `decidedBefore`, keeping the
   * row (name, type, size, when): the application keeps that it was checked. Returns the
   * applications touched, so each gets an event.
   */
  deleteExpiredEvidence(decidedBefore: Date) {
    return this.db
      .updateTable('application_evidence as e')
      .set({ content: null, deleted_at: sql`now()` })
      .from('applications as a')
      .whereRef('a.tenant_id', '=', 'e.tenant_id')
      .whereRef('a.id', '=', 'e.application_id')
      .where('e.content', 'is not', null)
      .where('a.decided_at', '<', decidedBefore)
      .returning(['e.tenant_id', 'e.application_id'])
      .execute();
  }

  /** Evidence of withdrawn applications: deleted on the same schedule, counted from the withdrawal. */
  deleteWithdrawnEvidence(withdrawnBefore: Date) {
    return this.db
      .updateTable('application_evidence as e')
      .set({ content: null, deleted_at: sql`now()` })
      .from('applications as a')
      .whereRef('a.tenant_id', '=', 'e.tenant_id')
      .whereRef('a.id', '=', 'e.application_id')
      .where('e.content', 'is not', null)
      .where('a.status', '=', 'withdrawn')
      .where(sql<boolean>`a.updated_at < ${withdrawnBefore}`)
      .returning(['e.tenant_id', 'e.application_id'])
      .execute();
  }
}
