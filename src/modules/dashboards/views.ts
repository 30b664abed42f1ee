import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/** What is counted for name recognition (success condition 3). */
export type ViewSubject = 'offer' | 'provider_profile';

/**
 * Counts one view of an offer or a provider profile in this month's counter: nothing about who
 * viewed it is stored (no user, session or IP address). The catalogue and the showcase call this
 * after they served the page; a failure to count never fails the page.
 */
export async function countView(db: Db, tenantId: string, type: ViewSubject, id: string, now = new Date()) {
  try {
    await sql`insert into dashboard_view_months as v (tenant_id, month, subject_type, subject_id, views)
              values (${tenantId}, date_trunc('month', ${now.toISOString()}::timestamptz at time zone 'Europe/Amsterdam')::date,
                      ${type}, ${id}, 1)
              on conflict (tenant_id, month, subject_type, subject_id) do update set views = v.views + 1`.execute(db);
  } catch {
    // A counter is no reason to fail the page.
  }
}
