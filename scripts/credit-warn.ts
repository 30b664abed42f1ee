/**
 * `npm run credit:warn`: puts the e-mails that warn holders about credit expiring within 30 days
 * in the outbox, once per holder per scheme (the server also does this at start-up and every 6
 * hours). Reads DATABASE_URL, or else the embedded PGlite folder (STADSPAS_DATA_DIR, default
 * ./data); PGlite is single-process, so stop the server first. `--date=YYYY-MM-DD` runs as if it
 * were that day.
 */
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { sendCreditExpiryWarnings } from '../src/modules/credit/credit-expiry-warnings.ts';

const config = loadConfig();
const date = process.argv.find((arg) => arg.startsWith('--date='))?.slice('--date='.length);
const now = date ? new Date(`${date}T12:00:00Z`) : new Date();
if (Number.isNaN(now.getTime())) {
  console.error(`credit:warn: ${date} is not a date (use --date=YYYY-MM-DD)`);
  process.exit(2);
}

let exitCode = 0;
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
try {
  await migrate(database);
  const result = await sendCreditExpiryWarnings(database.db, now, { publicUrl: config.publicUrl });
  console.log(
    `Credit expiry warnings: ${result.sent} sent now, ${result.alreadySent} sent before, ${result.noEmail} pass(es) with credit but no e-mail address.`,
  );
} catch (error) {
  console.error(`credit:warn failed: ${(error as Error).message}`);
  exitCode = 1;
} finally {
  await database.close();
}
process.exit(exitCode);
