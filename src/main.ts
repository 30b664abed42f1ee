import cluster from 'node:cluster';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { productionRefusal } from './config-checks.ts';
import { openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { seedDemoIfEmpty } from './seed/seed-demo.ts';

const config = loadConfig();
// In production, development secrets stop the server before it opens anything (src/config-checks.ts).
const refusal = productionRefusal(config);
if (refusal) {
  console.error(refusal);
  process.exit(1);
}
// PGlite is one process with its data folder: more than one worker only on a PostgreSQL server.
const workers = config.databaseUrl ? config.workers : 1;

if (workers > 1 && cluster.isPrimary) await runPrimary(workers);
else await runServer();

/** Migrates and seeds once, then starts one worker per core; they share the port. */
async function runPrimary(count: number) {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 1 });
  await migrate(database);
  if (config.seedDemo) await seedDemoIfEmpty(database, config);
  await database.close();

  let stopping = false;
  let listening = 0;
  cluster.on('listening', () => {
    if (++listening === count)
      console.log(`Stadspas is ready on ${config.publicUrl} (PostgreSQL server, ${count} workers)`);
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    // A worker that dies after it was serving is replaced; one that cannot start stops it all.
    console.error(`Worker ${worker.process.pid} exited (${signal ?? code})`);
    if (listening < count) process.exit(1);
    listening--;
    cluster.fork();
  });
  const shutdown = () => {
    stopping = true;
    const running = Object.values(cluster.workers ?? {});
    if (running.length === 0) process.exit(0);
    for (const worker of running) worker?.process.kill('SIGTERM');
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  for (let i = 0; i < count; i++) cluster.fork();
}

async function runServer() {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.poolSize,
    pipelineConnections: config.pipelineConnections,
  });
  if (cluster.isPrimary) {
    await migrate(database);
    if (config.seedDemo) await seedDemoIfEmpty(database, config);
  }
  const app = await buildApp(database, config);

  const shutdown = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());

  await app.listen({ port: config.port, host: config.host });
  if (cluster.isPrimary) {
    app.log.info(
      `Stadspas is ready on ${config.publicUrl} (${database.engine === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL server'})`,
    );
  }
}
