import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/**
 * Erasure of what the income-import module holds about a holder, in the caller's transaction
 * (docs/decisions/0041): their client rows (the municipality's client number, address and
 * category) are deleted, so a later import meets them as a new client; their entries in the
 * welcome-letter lists of earlier runs are removed, and a run whose letters PDF held their
 * letter loses that PDF (the letters were printed on the day; the run's counts stay).
 */
export async function eraseHolderIncomeClients(tx: Db, tenantId: string, holderId: string, passNumbers: string[]) {
  const clients = await tx
    .deleteFrom('income_clients')
    .where('tenant_id', '=', tenantId)
    .where('holder_id', '=', holderId)
    .returning('client_number')
    .execute();
  const heads = clients.map((c) => c.client_number);
  let letterRuns = 0;
  if (heads.length + passNumbers.length > 0) {
    const runs = await tx
      .selectFrom('income_import_runs')
      .select(['id', 'letter_entries'])
      .where('tenant_id', '=', tenantId)
      .where(sql<boolean>`jsonb_array_length(letter_entries) > 0`)
      .execute();
    for (const run of runs) {
      const entries = run.letter_entries;
      const kept = entries.filter((e) => !heads.includes(e.head) && !passNumbers.includes(e.number));
      if (kept.length === entries.length) continue;
      letterRuns += 1;
      await tx
        .updateTable('income_import_runs')
        .set({ letter_entries: JSON.stringify(kept), letters_pdf: null, letters_count: 0 })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', run.id)
        .execute();
    }
  }
  return { incomeClients: clients.length, letterRuns };
}

/** The holder's rows from the municipality's income import, for their own download. */
export function holderIncomeClientData(db: Db, tenantId: string, holderId: string) {
  return db
    .selectFrom('income_clients')
    .select(['client_number', 'category', 'address', 'updated_at'])
    .where('tenant_id', '=', tenantId)
    .where('holder_id', '=', holderId)
    .execute();
}
