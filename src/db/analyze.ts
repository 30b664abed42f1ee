import { sql } from 'kysely';
import type { Db } from './database.ts';

/**
 * VACUUM (ANALYZE) after a bulk load, as PostgreSQL advises after a restore.
 *
 * ANALYZE, so the first plans (and the generic plans of the till's prepared statements,
 * src/db/prepared.ts) see the rows that are there. Only tables that hold rows: a table analysed
 * while empty is planned as empty, and a generic plan cached then keeps scanning it whole as it
 * grows (idempotency_keys: 1.8 ms per read after 5,000 keys; decision 0003) until autovacuum
 * analyses it again. A table never analysed is assumed to have ten pages at least, so its
 * lookups use their index from the start.
 *
 * VACUUM marks the loaded pages all-visible, so autovacuum's first round does not have to do it
 * while the server is under load (in the till benchmark that round fell in the first seconds of
 * load and slowed every call there; decision 0005).
 */
export async function vacuumAnalyzeLoadedTables(db: Db) {
  const tables = (
    await sql<{ name: string }>`select c.relname as name from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and c.relkind = 'r' order by c.relname`.execute(db)
  ).rows.map((row) => row.name);
  const loaded: string[] = [];
  for (const table of tables) {
    const { rows } = await sql<{
      loaded: boolean;
    }>`select exists (select 1 from ${sql.table(table)}) as loaded`.execute(db);
    if (rows[0]?.loaded) loaded.push(table);
  }
  if (loaded.length > 0) await sql`vacuum (analyze) ${sql.join(loaded.map((table) => sql.table(table)))}`.execute(db);
}
