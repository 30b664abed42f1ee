import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Database } from './database.ts';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
// Any constant works; it only keeps two processes from migrating the same server at once.
const MIGRATION_LOCK_ID = 4790001;

/** Applies, in name order, every `migrations/*.sql` file not yet applied. Each file is one transaction. */
export async function migrate(database: Database): Promise<string[]> {
  const { db } = database;
  await database.execScript(`create table if not exists schema_migrations (
    name text primary key, applied_at timestamptz not null default now())`);
  const files = fs
    .readdirSync(MIGRATIONS_DIR)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  const applied: string[] = [];
  await sql`select pg_advisory_lock(${MIGRATION_LOCK_ID})`.execute(db);
  try {
    const done = new Set(
      (await sql<{ name: string }>`select name from schema_migrations`.execute(db)).rows.map((r) => r.name),
    );
    for (const file of files) {
      if (done.has(file)) continue;
      const body = fs.readFileSync(path.join(MIGRATIONS_DIR, file), 'utf8');
      const name = file.replace(/'/g, "''");
      await database.execScript(`begin;\n${body}\n;insert into schema_migrations (name) values ('${name}');\ncommit;`);
      applied.push(file);
    }
  } finally {
    await sql`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`.execute(db);
  }
  return applied;
}
