/**
 * npm run bench:redeem — the till flow under load, on a PostgreSQL server.
 *
 * Loads the demo scale into a fresh database, starts the server as its own process, and runs
 * BENCH_CLIENTS (64) till clients for BENCH_SECONDS (30 s), after BENCH_WARMUP_SECONDS (5 s) of the
 * same load that is not counted (a till server runs for days; its first seconds, while V8 compiles
 * the hot code, are printed apart). Each client does what a till does:
 * GET the offers that apply to a pass, then POST a redemption of one of them, with an
 * Idempotency-Key. Then it runs pgbench's TPC-B-like load on the same server and prints the
 * ratio. Set DATABASE_URL to use your own server; otherwise a throwaway one is started.
 *
 * The redemption carries the quote of the till list, as a till does (BENCH_QUOTES=0: without).
 * BENCH_LEDGER=1 books the ledger too: every pass gets credit, every offer takes credit, and every
 * other redemption of a till is paid from credit (creditAvailableCents of the list).
 * BENCH_REIMBURSE=1 adds the worst case: every discount reimbursed by one scheme fund. Run it with and without to see what booking costs;
 * it ends with `ledger:check`. BENCH_PGBENCH=0 skips the pgbench comparison. A till serves a pass
 * no other till is serving (BENCH_SHARED_PASSES=1: any pass, see `takePass`).
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { vacuumAnalyzeLoadedTables } from '../src/db/analyze.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { loadConfig } from '../src/config.ts';
import { seedDemoIfEmpty } from '../src/seed/seed-demo.ts';
import { checkLedger } from '../src/modules/ledger/ledger-check.ts';
import { hashSecret } from '../src/shared/tokens.ts';
import { giveEveryPassCredit } from './credit-setup.ts';
import { processCpuMs, processTreeCpuMs } from './cpu.ts';
import {
  closeClients,
  openTillConnection,
  percentile,
  pgbenchTps,
  recreateDatabase,
  slowWindows,
  startPostgres,
  startServer,
  summarize,
  type TillConnection,
} from './lib.ts';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 64);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 3999);
const LEDGER = process.env.BENCH_LEDGER === '1';
// Also have every discount reimbursed by the one scheme fund: a single hot account row (worst case).
const REIMBURSE = LEDGER && process.env.BENCH_REIMBURSE === '1';
const CREDIT_PER_PASS = 100_000;
// A till hands the list's quote back with the redemption; BENCH_QUOTES=0 leaves it out.
const QUOTES = process.env.BENCH_QUOTES !== '0';
/** The windows the slow calls are counted in. */
const SLOW_WINDOW_MS = 250;

const postgres = startPostgres();
try {
  const url = await recreateDatabase(postgres.url, 'stadspas_bench');
  console.log('Loading the demo scale ...');
  const database = await openDatabase({ databaseUrl: url });
  await migrate(database);
  await seedDemoIfEmpty(database, loadConfig({ NODE_ENV: 'production' }));
  if (LEDGER) {
    console.log('Loading credit onto every active pass ...');
    await giveEveryPassCredit(database.db, CREDIT_PER_PASS, { reimburseFromFund: REIMBURSE });
    await vacuumAnalyzeLoadedTables(database.db);
  }
  await database.close();

  // One API token per provider that has published offers: the tills of the benchmark.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const providers = (
    await client.query<{ tenant_id: string; id: string }>(
      `select distinct p.tenant_id, p.id from providers p join offers o on o.tenant_id = p.tenant_id and o.provider_id = p.id
     where o.status = 'published' and o.valid_from <= current_date and o.valid_until >= current_date`,
    )
  ).rows;
  const tokens: string[] = [];
  for (const provider of providers) {
    const secret = `sp_bench_${randomUUID()}`;
    await client.query('insert into api_tokens (tenant_id, provider_id, name, token_hash) values ($1, $2, $3, $4)', [
      provider.tenant_id,
      provider.id,
      'Benchmark',
      hashSecret(secret),
    ]);
    tokens.push(secret);
  }
  const passes = (
    await client.query<{ number: string }>(
      `select number from passes where status = 'active' and valid_until >= current_date`,
    )
  ).rows.map((r) => r.number);
  await client.end();
  console.log(`${providers.length} tills, ${passes.length} active passes, ${CLIENTS} clients, ${SECONDS} s`);

  const server = await startServer({
    PORT: String(PORT),
    DATABASE_URL: url,
    PG_POOL_SIZE: process.env.PG_POOL_SIZE ?? '20',
  });
  /** What the tills did in one phase: the warm-up, or the measured seconds after it. */
  const phase = () => ({
    listLatencies: [] as number[],
    redeemLatencies: [] as number[],
    listEndedAt: [] as number[],
    redeemEndedAt: [] as number[],
    outcomes: new Map<number, number>(),
    redeemed: 0,
    paidFromCredit: 0,
  });
  const warmup = phase();
  const measured = phase();
  const measureFrom = Date.now() + WARMUP_SECONDS * 1000;
  const deadline = measureFrom + SECONDS * 1000;
  // CPU used by each side during the measured seconds: the server, PostgreSQL (its whole process
  // tree; only for the throwaway server) and the tills (this process).
  const cpuNow = () => ({
    server: processCpuMs(server.pid!),
    postgres: postgres.postmasterPid ? processTreeCpuMs(postgres.postmasterPid) : Number.NaN,
    tills: processCpuMs(process.pid),
  });
  let cpuAtStart = cpuNow();
  setTimeout(() => {
    cpuAtStart = cpuNow();
  }, measureFrom - Date.now());
  const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)]!;

  // A pass is in one holder's hand, so it is at one till at a time: a till takes a pass that no
  // other till is serving. BENCH_SHARED_PASSES=1 lets two tills serve the same pass at once, which
  // a real holder cannot do; about 1% of sales then lose the race for the pass and are read again
  // (the races themselves are tested in test/redemptions-concurrency.test.ts and
  // test/redemption-races.test.ts).
  const SHARED_PASSES = process.env.BENCH_SHARED_PASSES === '1';
  const passesAtATill = new Set<string>();
  const takePass = () => {
    let passNumber = pick(passes);
    while (!SHARED_PASSES && passesAtATill.has(passNumber) && passesAtATill.size < passes.length)
      passNumber = pick(passes);
    passesAtATill.add(passNumber);
    return passNumber;
  };

  /** One sale at a till: the offers that apply to the pass, then a redemption of one of them. */
  async function sale(
    connection: TillConnection,
    auth: Record<string, string>,
    passNumber: string,
    tally: ReturnType<typeof phase>,
    payFromCredit: boolean,
  ) {
    const list = await connection.request('GET', `/api/v1/till/passes/${passNumber}/offers`, auth);
    tally.listLatencies.push(list.ms);
    tally.listEndedAt.push(Date.now());
    const { items: listed = [], quote } = (list.json ?? {}) as {
      items?: { offerId: string; available: boolean; creditAvailableCents: number }[];
      quote?: string;
    };
    const items = listed.filter((o) => o.available);
    if (items.length === 0) return;
    // Paying from credit, the till picks an offer with something to pay (free offers have nothing
    // to pay from credit), and pays as much of it from credit as the list says it can.
    const payable = items.filter((o) => o.creditAvailableCents > 0);
    const offer = payFromCredit && payable.length > 0 ? pick(payable) : pick(items);
    const creditCents = payFromCredit ? offer.creditAvailableCents : 0;
    const redemption = await connection.request(
      'POST',
      '/api/v1/redemptions',
      { ...auth, 'idempotency-key': randomUUID() },
      {
        passIdentifier: passNumber,
        offerId: offer.offerId,
        ...(creditCents > 0 ? { creditCents } : {}),
        ...(QUOTES && quote ? { quote } : {}),
      },
    );
    if (redemption.status === 201 && creditCents > 0) tally.paidFromCredit++;
    tally.redeemLatencies.push(redemption.ms);
    tally.redeemEndedAt.push(Date.now());
    tally.outcomes.set(redemption.status, (tally.outcomes.get(redemption.status) ?? 0) + 1);
    if (redemption.status === 201) tally.redeemed++;
  }

  async function till(index: number) {
    const auth = { authorization: `Bearer ${tokens[index % tokens.length]}` };
    const connection = await openTillConnection(PORT);
    let turn = 0;
    while (Date.now() < deadline) {
      // A sale counts in the phase it started in. With the ledger on, every other sale of a till
      // is paid from credit.
      const tally = Date.now() < measureFrom ? warmup : measured;
      const passNumber = takePass();
      try {
        await sale(connection, auth, passNumber, tally, LEDGER && turn++ % 2 === 0);
      } finally {
        passesAtATill.delete(passNumber);
      }
    }
  }

  await Promise.all(Array.from({ length: CLIENTS }, (_, i) => till(i)));
  const cpuAtEnd = cpuNow();
  const elapsed = (Date.now() - measureFrom) / 1000;
  await closeClients();
  server.kill('SIGTERM');

  let ledgerCheck = '';
  if (LEDGER) {
    const check = await openDatabase({ databaseUrl: url });
    const report = await checkLedger(check.db);
    await check.close();
    ledgerCheck = report.ok ? 'all invariants hold' : `${report.violations.length} violation(s)`;
  }
  const runPgbench = process.env.BENCH_PGBENCH !== '0';
  if (runPgbench) console.log(`Measuring pgbench TPC-B-like on the same server (${CLIENTS} clients, ${SECONDS} s) ...`);
  const tps = runPgbench ? pgbenchTps(postgres.url, CLIENTS, SECONDS) : Number.NaN;
  const rate = measured.redeemed / elapsed;
  console.log(`\nTill benchmark (bench:redeem${LEDGER ? ', with ledger booking' : ''})`);
  if (WARMUP_SECONDS > 0) {
    console.log(`Warm-up, first ${WARMUP_SECONDS} s (not counted below): ${warmup.redeemed} redemptions`);
    console.log(summarize('  GET till offers for a pass', warmup.listLatencies));
    console.log(summarize('  POST redemption', warmup.redeemLatencies));
    console.log(`Measured, the ${SECONDS} s after it:`);
  }
  console.log(summarize('GET till offers for a pass', measured.listLatencies));
  console.log(summarize('POST redemption', measured.redeemLatencies));
  console.log(`redemption outcomes by status: ${JSON.stringify(Object.fromEntries(measured.outcomes))}`);
  // Stall or slow machine: where the calls over the p99 of both calls together ended.
  const callMs = measured.listLatencies.concat(measured.redeemLatencies);
  const p99 = percentile(
    [...callMs].sort((a, b) => a - b),
    99,
  );
  const { slow, windows } = slowWindows(
    measured.listEndedAt.concat(measured.redeemEndedAt),
    callMs,
    p99,
    SLOW_WINDOW_MS,
  );
  console.log(
    `calls over the p99 (${p99.toFixed(1)} ms): ${slow}; the 250 ms windows with most (seconds after ${new Date(measureFrom).toISOString()}: calls): ` +
      windows.map((w) => `${((w.start - measureFrom) / 1000).toFixed(2)}: ${w.count}`).join(', '),
  );
  console.log(`redemptions/s:                ${rate.toFixed(1)}`);
  const cpuPerSale = (side: keyof typeof cpuAtEnd) =>
    Number.isNaN(cpuAtEnd[side]) ? 'n/a' : `${((cpuAtEnd[side] - cpuAtStart[side]) / measured.redeemed).toFixed(2)} ms`;
  console.log(
    `CPU per sale (list + redeem):  server ${cpuPerSale('server')}, PostgreSQL ${cpuPerSale('postgres')}, tills ${cpuPerSale('tills')}`,
  );
  if (LEDGER)
    console.log(
      `paid from credit:             ${measured.paidFromCredit} of ${measured.redeemed}; ${REIMBURSE ? 'every redemption with a discount reimbursement from one fund; ' : ''}ledger:check: ${ledgerCheck}`,
    );
  console.log(`pgbench TPC-B-like tps:       ${tps.toFixed(1)}`);
  console.log(`ratio redemptions/s : tps:    ${(rate / tps).toFixed(2)}  (target >= 0.4; p99 target < 50 ms)`);
} finally {
  postgres.stop();
}
