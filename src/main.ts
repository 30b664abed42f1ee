import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { seedDemoIfEmpty } from './seed/seed-demo.ts';

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.poolSize });
await migrate(database);
if (config.seedDemo) await seedDemoIfEmpty(database, config);
const app = await buildApp(database, config);

const shutdown = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

await app.listen({ port: config.port, host: config.host });
app.log.info(`Stadspas is ready on ${config.publicUrl} (${database.engine === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL server'})`);
