import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { buildApp } from '../../src/app.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { migrate } from '../../src/db/migrate.ts';
import { pgliteTemplate } from './pglite-template.ts';
import { createFromPgTemplate } from './pg-template.ts';
import type { App } from '../../src/http/app-types.ts';

export interface TestContext {
  app: App;
  database: Database;
  config: Config;
  close(): Promise<void>;
}

/**
 * A migrated, empty database and an app on it. Embedded PGlite in memory by default; with
 * DATABASE_URL set, a fresh database on that server, dropped again on close.
 */
export async function createTestDatabase(): Promise<{ database: Database; drop(): Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const database = await openDatabase({ pgliteDump: pgliteTemplate() });
    await migrate(database); // Nothing to do when it started from the template.
    return { database, drop: async () => database.close() };
  }
  const name = `stadspas_test_${randomBytes(6).toString('hex')}`;
  const url = await createFromPgTemplate(serverUrl, name);
  const database = await openDatabase({ databaseUrl: url, poolSize: 30 });
  await migrate(database); // Nothing to do when it was copied from the template.
  return {
    database,
    drop: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestContext> {
  const { database, drop } = await createTestDatabase();
  const config = { ...loadConfig({ NODE_ENV: 'test' }), ...overrides };
  const app = await buildApp(database, config);
  await app.ready();
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await drop();
    },
  };
}
