import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { vacuumAnalyzeLoadedTables } from '../src/db/analyze.ts';
import { createPass, createTenant } from './support/fixtures.ts';
import { createTestDatabase } from './support/test-app.ts';

let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const reltuples = async (table: string) =>
  Number(
    (
      await sql<{ n: number }>`select reltuples as n from pg_class
  where relname = ${table} and relnamespace = current_schema()::regnamespace`.execute(database.database.db)
    ).rows[0]!.n,
  );

it('analyses the tables that hold rows and leaves empty ones unanalysed, so their plans assume a few pages', async () => {
  const db = database.database.db;
  await createTenant(db);
  await createPass(db);
  await vacuumAnalyzeLoadedTables(db);
  expect(await reltuples('passes')).toBe(1);
  expect(await reltuples('tenants')).toBe(1);
  // Never analysed: PostgreSQL keeps -1 and plans it as at least ten pages (index lookups).
  expect(await reltuples('idempotency_keys')).toBe(-1);
});

it('vacuums the tables it analyses: their pages are marked all-visible, so autovacuum has nothing left to do there', async () => {
  const db = database.database.db;
  await createPass(db);
  await vacuumAnalyzeLoadedTables(db);
  const { rows } = await sql<{
    pages: number;
    visible: number;
  }>`select relpages as pages, relallvisible as visible from pg_class
    where relname = 'passes' and relnamespace = current_schema()::regnamespace`.execute(db);
  expect(rows[0]!.pages).toBeGreaterThan(0);
  expect(rows[0]!.visible).toBe(rows[0]!.pages);
});

it('counts idempotency keys without gathering column statistics: no plan uses them, and they were the costliest part of ANALYZE', async () => {
  const db = database.database.db;
  const tenantId = (await db.selectFrom('tenants').select('id').executeTakeFirstOrThrow()).id;
  await db
    .insertInto('idempotency_keys')
    .values(
      Array.from({ length: 50 }, (_, i) => ({
        tenant_id: tenantId,
        scope: 'till',
        key: `key-${i}`,
        request_hash: `hash-${i}`,
        response_status: 201,
        response_body: JSON.stringify({ n: i }),
      })),
    )
    .execute();
  await sql`analyze idempotency_keys`.execute(db);
  expect(await reltuples('idempotency_keys')).toBe(50);
  const stats = await sql<{ attname: string }>`select attname from pg_stats
    where tablename = 'idempotency_keys' and schemaname = current_schema()`.execute(db);
  expect(stats.rows).toEqual([]);
  // The same ANALYZE on a table that keeps its statistics does gather them.
  await sql`analyze passes`.execute(db);
  const passStats = await sql<{
    attname: string;
  }>`select attname from pg_stats where tablename = 'passes' and schemaname = current_schema()`.execute(db);
  expect(passStats.rows.map((r) => r.attname)).toContain('number');
});
