import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/** What names and free texts become when a holder's data is erased (docs/decisions/0028, 0041). */
const ERASED = 'Gewist';

/**
 * Erasure of what the applications module holds about a holder, in the caller's transaction
 * (docs/decisions/0041): the household members listed on their applications are deleted, the
 * evidence files are deleted (the row keeps that evidence was there), free texts are blanked and
 * the applicant's name in the history becomes "Gewist". The application rows stay, with ground,
 * status, scheme and pass price: they count in figures of 10 or more, and name nobody.
 */
export async function eraseHolderApplications(tx: Db, tenantId: string, holderId: string, now: Date) {
  const apps = await tx
    .selectFrom('applications')
    .select(['id', 'applicant_user_id'])
    .where('tenant_id', '=', tenantId)
    .where('holder_id', '=', holderId)
    .execute();
  if (apps.length === 0) return { applications: 0, evidenceFiles: 0 };
  const ids = apps.map((a) => a.id);
  await tx
    .deleteFrom('application_members')
    .where('tenant_id', '=', tenantId)
    .where('application_id', 'in', ids)
    .execute();
  const evidence = await tx
    .updateTable('application_evidence')
    .set({ content: null, file_name: ERASED, deleted_at: sql<Date>`coalesce(deleted_at, ${now})` })
    .where('tenant_id', '=', tenantId)
    .where('application_id', 'in', ids)
    .executeTakeFirst();
  await tx
    .updateTable('application_events')
    .set({ message: '' })
    .where('tenant_id', '=', tenantId)
    .where('application_id', 'in', ids)
    .execute();
  await tx
    .updateTable('application_events')
    .set({ actor_name: ERASED })
    .where('tenant_id', '=', tenantId)
    .where('application_id', 'in', ids)
    .where(
      'actor',
      'in',
      apps.map((a) => `user:${a.applicant_user_id}`),
    )
    .execute();
  await tx
    .updateTable('applications')
    .set({
      explanation: '',
      applicant_birth_date: null,
      decision_reason: null,
      objection_info: null,
      updated_at: now,
    })
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', ids)
    .execute();
  return { applications: apps.length, evidenceFiles: Number(evidence.numUpdatedRows) };
}

/** The holder's applications, for their own download (what they asked, and how it ended). */
export function holderApplicationData(db: Db, tenantId: string, holderId: string) {
  return db
    .selectFrom('applications')
    .select(['ground', 'status', 'explanation', 'submitted_at', 'decided_at', 'decision_reason'])
    .where('tenant_id', '=', tenantId)
    .where('holder_id', '=', holderId)
    .orderBy('submitted_at')
    .execute();
}
