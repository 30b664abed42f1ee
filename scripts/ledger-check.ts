/**
 * `npm run ledger:check`: proves every ledger invariant and prints a trial balance per tenant.
 * Reads DATABASE_URL, or else the embedded PGlite folder (STADSPAS_DATA_DIR, default ./data),
 * like the server. PGlite is single-process: stop the server before checking its folder.
 * Exits with 1 when any invariant is violated, 2 when the database cannot be read.
 */
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/database.ts';
import { checkLedger, formatReport } from '../src/modules/ledger/ledger-check.ts';

const config = loadConfig();
const tenant = process.argv.find((arg) => arg.startsWith('--tenant='))?.slice('--tenant='.length);
const json = process.argv.includes('--json');

let exitCode = 0;
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
try {
  const report = await checkLedger(database.db, tenant);
  console.log(json ? JSON.stringify(report, null, 2) : formatReport(report));
  if (!report.ok) exitCode = 1;
} catch (error) {
  console.error(`ledger:check could not read the ledger: ${(error as Error).message}`);
  exitCode = 2;
} finally {
  await database.close();
}
process.exit(exitCode);
