/** npm run db:migrate — applies pending migrations to DATABASE_URL or the embedded database. */
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
const applied = await migrate(database);
console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Nothing to migrate.');
await database.close();
