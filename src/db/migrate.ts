import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Database } from './database.ts';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MIGRATIONS_DIR = path.join(SRC, 'db', 'migrations');
const MODULES_DIR = path.join(SRC, 'modules');
// Any constant works; it only keeps two processes from migrating the same server at once.
const MIGRATION_LOCK_ID = 4790001;

/**
 * Every migration file, in the order they run: the platform's first migrations in
 * src/db/migrations (0001_...), then each module's own in src/modules/<module>/migrations,
 * named `YYYYMMDDHHMM_<module>_<what>.sql` so that modules written side by side never collide
 * and a migration runs after the ones it builds on. File names are unique across folders.
 */
export function migrationFiles(): { name: string; path: string }[] {
  const folders = [
    MIGRATIONS_DIR,
    ...fs
      .readdirSync(MODULES_DIR)
      .map((module) => path.join(MODULES_DIR, module, 'migrations'))
      .filter((folder) => fs.existsSync(folder)),
  ];
  const files = folders.flatMap((folder) =>
    fs
      .readdirSync(folder)
      .filter((f) => f.endsWith('.sql'))
      .map((name) => ({ name, path: path.join(folder, name) })),
  );
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file.name)) throw new Error(`Two migrations are named ${file.name}`);
    seen.add(file.name);
  }
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Applies, in order, every migration file not yet applied. Each file is one transaction. */
export async function migrate(database: Database): Promise<string[]> {
  const { db } = database;
  await database.execScript(`create table if not exists schema_migrations (
    name text primary key, applied_at timestamptz not null default now())`);
  const files = migrationFiles();
  const applied: string[] = [];
  await sql`select pg_advisory_lock(${MIGRATION_LOCK_ID})`.execute(db);
  try {
    const done = new Set(
      (await sql<{ name: string }>`select name from schema_migrations`.execute(db)).rows.map((r) => r.name),
    );
    for (const file of files) {
      if (done.has(file.name)) continue;
      const body = fs.readFileSync(file.path, 'utf8');
      const name = file.name.replace(/'/g, "''");
      await database.execScript(`begin;\n${body}\n;insert into schema_migrations (name) values ('${name}');\ncommit;`);
      applied.push(file.name);
    }
  } finally {
    await sql`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`.execute(db);
  }
  return applied;
}
