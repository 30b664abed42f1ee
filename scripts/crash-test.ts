/**
 * npm run test:crash — crash the system in the middle of a load of credit payments, recover, and
 * prove that nothing was lost or half-booked. Twice: the server killed with SIGKILL (and started
 * again), then PostgreSQL stopped at once in immediate mode, losing the WAL it had not yet written
 * (and started again, with crash recovery; the server finds its way back by itself). After each:
 *
 *  - every redemption a till saw succeed (201) is in the database, with its credit payment booked;
 *  - no redemption with credit exists without its journal entry, and no entry without its redemption;
 *  - requests whose outcome the till did not learn (no answer, or 503), retried with the same
 *    Idempotency-Key after the restart, succeed exactly once;
 *  - `ledger:check` finds no violation.
 *
 * Runs on the PostgreSQL server in DATABASE_URL (then without the PostgreSQL crash), or on a
 * throwaway one it starts. Exits 1 on any finding.
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

interface Attempt {
  key: string;
  body: { passIdentifier: string; offerId: string; creditCents: number };
  auth: Record<string, string>;
  status?: number;
  redemptionId?: string;
}

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
  const passes = (
    await setup.db
      .selectFrom('passes')
      .select('number')
      .where('status', '=', 'active')
      .where('valid_until', '>=', new Date().toISOString().slice(0, 10))
      .execute()
  ).map((p) => p.number);
  await setup.close();

  server = await startServer({ PORT: String(PORT), DATABASE_URL: url });
  const restartServer = async () => {
    server = await startServer({ PORT: String(PORT), DATABASE_URL: url });
  };
  await scenario(
    'the server, killed with SIGKILL',
    () => {
      server!.kill('SIGKILL');
    },
    restartServer,
  );
  if (postgres.crash && postgres.restart) {
    // The server keeps running: it has to find its way back to the database by itself.
    await scenario(
      'PostgreSQL, stopped at once (immediate mode: WAL not yet written is gone)',
      postgres.crash,
      postgres.restart,
    );
  } else {
    console.log('Skipped the PostgreSQL crash: DATABASE_URL points at a server this test did not start.');
  }

  /** Credit payments from CLIENTS tills until `crash`, then `recover`, then the checks. */
  async function scenario(what: string, crash: () => void, recover: () => void | Promise<void>) {
    const attempts: Attempt[] = [];
    let crashed = false;
    const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)]!;

    async function till(index: number) {
      const auth = { authorization: `Bearer ${tokens[index % tokens.length]}` };
      const connection = await openTillConnection(PORT);
      while (!crashed) {
        try {
          const passNumber = pick(passes);
          const list = await connection.request('GET', `/api/v1/till/passes/${passNumber}/offers`, auth);
          const items = (
            (list.json as { items?: { offerId: string; available: boolean; creditAvailableCents: number }[] })?.items ??
            []
          ).filter((o) => o.available && o.creditAvailableCents > 0);
          if (items.length === 0) continue;
          const offer = pick(items);
          const attempt: Attempt = {
            key: randomUUID(),
            body: { passIdentifier: passNumber, offerId: offer.offerId, creditCents: offer.creditAvailableCents },
            auth,
          };
          attempts.push(attempt);
          const response = await connection.request(
            'POST',
            '/api/v1/redemptions',
            { ...auth, 'idempotency-key': attempt.key },
            attempt.body,
          );
          attempt.status = response.status;
          if (response.status === 201) attempt.redemptionId = (response.json as { id: string }).id;
        } catch {
          return; // the server is gone
        }
      }
    }

    const load = Promise.all(Array.from({ length: CLIENTS }, (_, i) => till(i)));
    await new Promise((resolve) => setTimeout(resolve, KILL_AFTER_MS));
    crashed = true;
    crash();
    await load;
    await closeClients();
    const acknowledged = attempts.filter((a) => a.status === 201);
    // No answer, or "try again later": the till does not know whether it was booked.
    const unknown = attempts.filter((a) => a.status === undefined || a.status >= 500);
    console.log(
      `Crashed ${what} after ${attempts.length} payments: ${acknowledged.length} acknowledged, ${unknown.length} unknown.`,
    );
    if (acknowledged.length === 0)
      findings.push(`${what}: no payment was acknowledged before the crash: the test proved nothing`);

    await recover();
    const database = await openDatabase({ databaseUrl: url });
    const db = database.db;
    try {
      // 1. Every acknowledged payment is there, with its booking.
      for (const attempt of acknowledged) {
        const row = await db
          .selectFrom('redemptions')
          .select(['id', 'credit_cents', 'cancelled_at'])
          .where('id', '=', attempt.redemptionId!)
          .executeTakeFirst();
        if (!row) {
          findings.push(`${what}: acknowledged redemption ${attempt.redemptionId} is missing`);
          continue;
        }
        if (row.credit_cents !== attempt.body.creditCents)
          findings.push(
            `${what}: redemption ${row.id}: credit ${row.credit_cents}, the till was told ${attempt.body.creditCents}`,
          );
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
      for (const row of halfBooked.rows) findings.push(`${what}: half-booked: ${row.id}`);

      // 3. Retrying what was unknown, with the same key, books each exactly once (a server that
      //    is still finding its way back to the database says 503: the till tries again).
      const retries = await openTillConnection(PORT);
      const send = async (attempt: Attempt) => {
        for (let tries = 1; ; tries++) {
          const response = await retries.request(
            'POST',
            '/api/v1/redemptions',
            { ...attempt.auth, 'idempotency-key': attempt.key },
            attempt.body,
          );
          if (response.status !== 503 || tries === 50) return response;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      };
      for (const attempt of unknown) {
        const first = await send(attempt);
        const again = await send(attempt);
        if (first.status >= 500) findings.push(`${what}: retry of key ${attempt.key} answered ${first.status}`);
        if (JSON.stringify(first.json) !== JSON.stringify(again.json) || first.status !== again.status) {
          findings.push(
            `${what}: retry of key ${attempt.key} answered differently: ${first.status} then ${again.status}`,
          );
        }
      }
      await closeClients();
      const perKey = await sql<{ n: number }>`
        select count(*)::int as n from idempotency_keys k
        join redemptions r on r.tenant_id = k.tenant_id and r.id::text = k.response_body->'redemption'->>'id'
        group by r.id having count(*) > 1`.execute(db);
      if (perKey.rows.length > 0)
        findings.push(`${what}: ${perKey.rows.length} redemptions are referenced by more than one key`);

      // 4. The books balance.
      const report = await checkLedger(db);
      if (!report.ok) findings.push(`${what}: ledger:check failed:\n${formatReport(report)}`);
      else console.log('ledger:check: every invariant holds.');
    } finally {
      await database.close();
    }
  }
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
