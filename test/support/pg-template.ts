import pg from 'pg';
import { openDatabase } from '../../src/db/database.ts';
import { migrate } from '../../src/db/migrate.ts';
import { migrationsKey } from './pglite-template.ts';

/**
 * On a PostgreSQL server, every test file's database is a copy of one migrated template database
 * (`create database … template …`, a file copy) instead of a fresh database that runs all the
 * migrations itself: that took seconds per file, in every one of the suite's files.
 */
export function pgTemplateName(): string {
  return `stadspas_template_${migrationsKey().slice(0, 16)}`;
}

function urlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Makes the template for these migrations unless it exists (runs once, in the global setup). */
export async function ensurePgTemplate(serverUrl: string): Promise<void> {
  const name = pgTemplateName();
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const existing = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (existing.rowCount) return;
    // Built under a temporary name and renamed when complete: a half-migrated template is never used.
    const building = `${name}_building`;
    await admin.query(`drop database if exists ${building} with (force)`);
    await admin.query(`create database ${building}`);
    const database = await openDatabase({ databaseUrl: urlFor(serverUrl, building), poolSize: 2 });
    try {
      await migrate(database);
    } finally {
      await database.close();
    }
    await admin.query(`alter database ${building} rename to ${name}`);
  } finally {
    await admin.end();
  }
}

/** A new database copied from the template, or from `template0` and migrated when there is none. */
export async function createFromPgTemplate(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const template = pgTemplateName();
    const existing = await admin.query('select 1 from pg_database where datname = $1', [template]);
    if (existing.rowCount) {
      await admin.query(`create database ${name} template ${template}`);
      return urlFor(serverUrl, name);
    }
    await admin.query(`create database ${name}`);
    return urlFor(serverUrl, name);
  } finally {
    await admin.end();
  }
}
