/**
 * npm run test:crash — kill the server with SIGKILL in the middle of a load of credit payments,
 * start it again, and prove that nothing was lost or half-booked:
 *
 *  - every redemption a till saw succeed (201) is in the database, with its credit payment booked;
 *  - no redemption with credit exists without its journal entry, and no entry without its redemption;
 *  - requests that were in flight when the server died, retried with the same Idempotency-Key
 *    after the restart, succeed exactly once;
 *  - `ledger:check` finds no violation.
 *
 * Runs on the PostgreSQL server in DATABASE_URL, or on a throwaway one it starts. Exits 1 on any finding.
 */
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { giveEveryPassCredit, createTillTokens } from '../bench/credit-setup.ts';
import { closeClients, openTillConnection, recreateDatabase, startPostgres, startServer } from '../bench/lib.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { checkLedger, formatReport } from '../src/modules/ledger/ledger-check.ts';
import { seedDemoIfEmpty } from '../src/seed/seed-demo.ts';
import { hashSecret, newSecret } from '../src/shared/tokens.ts';

const CLIENTS = 16;
const KILL_AFTER_MS = Number(process.env.CRASH_KILL_AFTER_MS ?? 4000);
const PORT = Number(process.env.CRASH_PORT ?? 3998);

interface Attempt { key: string; body: { passIdentifier: string; offerId: string; creditCents: number }; auth: Record<string, string>; status?: number; redemptionId?: string }

const findings: string[] = [];
const postgres = startPostgres();
let server: ChildProcess | undefined;
try {
  const url = await recreateDatabase(postgres.url, 'stadspas_crash');
  const setup = await openDatabase({ databaseUrl: url });
  await migrate(setup);
  await seedDemoIfEmpty(setup, loadConfig({ NODE_ENV: 'production' }));
  await giveEveryPassCredit(setup.db, 50_000, { reimburseFromFund: true });
  const tokens = await createTillTokens(setup.db, () => newSecret('sp_'), hashSecret);
  const passes = (await setup.db.selectFrom('passes').select('number').where('status', '=', 'active').where('valid_until', '>=', new Date().toISOString().slice(0, 10)).execute()).map((p) => p.number);
  await setup.close();

  server = await startServer({ PORT: String(PORT), DATABASE_URL: url });
  const attempts: Attempt[] = [];
  let killed = false;
  const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)]!;

  async function till(index: number) {
    const auth = { authorization: `Bearer ${tokens[index % tokens.length]}` };
    const connection = await openTillConnection(PORT);
    while (!killed) {
      try {
        const passNumber = pick(passes);
        const list = await connection.request('GET', `/api/v1/till/passes/${passNumber}/offers`, auth);
        const items = ((list.json as { items?: { offerId: string; available: boolean; creditAvailableCents: number }[] })?.items ?? [])
          .filter((o) => o.available && o.creditAvailableCents > 0);
        if (items.length === 0) continue;
        const offer = pick(items);
        const attempt: Attempt = { key: randomUUID(), body: { passIdentifier: passNumber, offerId: offer.offerId, creditCents: offer.creditAvailableCents }, auth };
        attempts.push(attempt);
        const response = await connection.request('POST', '/api/v1/redemptions', { ...auth, 'idempotency-key': attempt.key }, attempt.body);
        attempt.status = response.status;
        if (response.status === 201) attempt.redemptionId = (response.json as { id: string }).id;
      } catch {
        return; // the server is gone
      }
    }
  }

  const load = Promise.all(Array.from({ length: CLIENTS }, (_, i) => till(i)));
  await new Promise((resolve) => setTimeout(resolve, KILL_AFTER_MS));
  killed = true;
  server.kill('SIGKILL');
  await load;
  const acknowledged = attempts.filter((a) => a.status === 201);
  const inFlight = attempts.filter((a) => a.status === undefined);
  console.log(`Killed the server with SIGKILL after ${attempts.length} payments: ${acknowledged.length} acknowledged, ${inFlight.length} in flight.`);
  if (acknowledged.length === 0) findings.push('no payment was acknowledged before the kill: the test proved nothing');

  server = await startServer({ PORT: String(PORT), DATABASE_URL: url });
  const database = await openDatabase({ databaseUrl: url });
  const db = database.db;

  // 1. Every acknowledged payment is there, with its booking.
  for (const attempt of acknowledged) {
    const row = await db.selectFrom('redemptions').select(['id', 'credit_cents', 'cancelled_at']).where('id', '=', attempt.redemptionId!).executeTakeFirst();
    if (!row) { findings.push(`acknowledged redemption ${attempt.redemptionId} is missing`); continue; }
    if (row.credit_cents !== attempt.body.creditCents) findings.push(`redemption ${row.id}: credit ${row.credit_cents}, the till was told ${attempt.body.creditCents}`);
  }
  // 2. Nothing half-booked: credit on a redemption if and only if its journal entry exists.
  const halfBooked = await sql<{ id: string }>`
    select r.id::text as id from redemptions r
    left join journal_entries e on e.tenant_id = r.tenant_id and e.kind = 'redemption_credit_payment' and e.reference = r.id::text
    where (r.credit_cents > 0) <> (e.id is not null)
    union all
    select e.reference from journal_entries e
    left join redemptions r on r.tenant_id = e.tenant_id and r.id::text = e.reference
    where e.kind = 'redemption_credit_payment' and r.id is null`.execute(db);
  for (const row of halfBooked.rows) findings.push(`half-booked: ${row.id}`);

  // 3. Retrying what was in flight, with the same key, books each exactly once.
  const retries = await openTillConnection(PORT);
  for (const attempt of inFlight) {
    const first = await retries.request('POST', '/api/v1/redemptions', { ...attempt.auth, 'idempotency-key': attempt.key }, attempt.body);
    const again = await retries.request('POST', '/api/v1/redemptions', { ...attempt.auth, 'idempotency-key': attempt.key }, attempt.body);
    if (JSON.stringify(first.json) !== JSON.stringify(again.json) || first.status !== again.status) {
      findings.push(`retry of in-flight key ${attempt.key} answered differently: ${first.status} then ${again.status}`);
    }
  }
  const perKey = await sql<{ n: number }>`
    select count(*)::int as n from idempotency_keys k
    join redemptions r on r.tenant_id = k.tenant_id and r.id::text = k.response_body->'redemption'->>'id'
    group by r.id having count(*) > 1`.execute(db);
  if (perKey.rows.length > 0) findings.push(`${perKey.rows.length} redemptions are referenced by more than one key`);

  // 4. The books balance.
  const report = await checkLedger(db);
  if (!report.ok) findings.push(`ledger:check failed:\n${formatReport(report)}`);
  else console.log('ledger:check: every invariant holds.');

  await database.close();
} finally {
  await closeClients();
  server?.kill('SIGTERM');
  postgres.stop();
}

if (findings.length > 0) {
  console.error(`Crash test FAILED:\n- ${findings.join('\n- ')}`);
  process.exit(1);
}
console.log('Crash test passed: nothing acknowledged was lost, nothing was half-booked, retries booked once.');
