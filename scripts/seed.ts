/**
 * `npm run db:seed`: migrates the database and seeds the Zaanstad demo when it is empty
 * (embedded PGlite in STADSPAS_DATA_DIR, or the server in DATABASE_URL).
 * STADSPAS_SEED_ANCHOR=YYYY-MM-DD fixes the anchor date (default: today in Amsterdam).
 */
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { seedDemoIfEmpty } from '../src/seed/seed-demo.ts';

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  const applied = await migrate(database);
  if (applied.length > 0) console.log(`Applied migrations: ${applied.join(', ')}`);
  const anchorDate = process.env.STADSPAS_SEED_ANCHOR;
  const summary = await seedDemoIfEmpty(database, config, {
    ...(anchorDate ? { anchorDate } : {}),
    log: (message) => console.log(message),
  });
  if (!summary) console.log('The database already has a tenant: nothing seeded.');
} finally {
  await database.close();
}
