import PgBoss from 'pg-boss';
import { CompiledQuery } from 'kysely';
import type { Database } from '../db/database.ts';

/**
 * Background jobs that survive a restart (docs/decisions/0024): a queue in the database, worked by
 * pg-boss 10. A module declares its queues in its manifest (`queues`), sends a job with
 * `deps.jobs.send(name, data)` and does the work in the queue's handler. A job that was running when
 * the process stopped is failed by pg-boss on the way down (or expires after `expireInSeconds` when
 * the process died) and is tried again, here or in another process; handlers must therefore be
 * idempotent and should resume where the last attempt stopped.
 */
export interface JobQueue {
  name: string;
  /** Does the job. Must stop soon after `signal` aborts (the runner is stopping), by throwing. */
  run: (data: Record<string, unknown>, signal: AbortSignal) => Promise<void>;
  /** How long one attempt may take before pg-boss gives it up and tries again. Default 15 minutes. */
  expireInSeconds?: number;
  /** Attempts after the first. Default 5. */
  retryLimit?: number;
}

interface Logger {
  info: (message: string) => void;
  error: (message: string) => void;
}

/** Thrown by a handler that stopped because the runner is stopping: the job is tried again later. */
export class JobInterrupted extends Error {
  constructor() {
    super('The job runner stopped; the job will be resumed.');
  }
}

/**
 * pg-boss's connection. On a PostgreSQL server pg-boss opens its own small pool. On PGlite (one
 * connection in this process) it goes through the app's Kysely instance, so its statements take
 * turns with the app's transactions; a script of several statements (its schema migrations) runs
 * while holding that one connection.
 */
function pgliteAdapter(database: Database) {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if ((!values || values.length === 0) && /;\s*\S/.test(text)) {
        await database.db.connection().execute(() => database.execScript(text));
        return { rows: [] };
      }
      const result = await database.db.executeQuery(CompiledQuery.raw(text, values ?? []));
      return { rows: result.rows };
    },
  };
}

export class JobRunner {
  private boss: PgBoss | null = null;
  private starting: Promise<PgBoss> | null = null;
  private readonly queues = new Map<string, JobQueue>();
  private abort = new AbortController();

  constructor(
    private readonly database: Database,
    private readonly options: { databaseUrl?: string | undefined; log?: Logger } = {},
  ) {}

  /** Adds a queue; before `start` (the app registers every module's queues when it is built). */
  register(queue: JobQueue) {
    this.queues.set(queue.name, queue);
  }

  get started() {
    return this.boss !== null;
  }

  /** Starts pg-boss (creating its schema `pgboss` the first time) and works every queue. Idempotent. */
  start(): Promise<PgBoss> {
    this.starting ??= this.open().catch((error: unknown) => {
      this.starting = null;
      throw error;
    });
    return this.starting;
  }

  private async open() {
    this.abort = new AbortController();
    const boss = new PgBoss({
      ...(this.options.databaseUrl
        ? { connectionString: this.options.databaseUrl, max: 3 }
        : { db: pgliteAdapter(this.database) }),
      schema: 'pgboss',
      schedule: false,
      // Maintenance (expiring jobs of a process that died, archiving) once a minute.
      maintenanceIntervalSeconds: 60,
      monitorStateIntervalSeconds: 300,
    });
    boss.on('error', (error: Error) => this.options.log?.error(`Job runner: ${error.message}`));
    await boss.start();
    for (const queue of this.queues.values()) {
      await boss.createQueue(queue.name);
      await boss.work<Record<string, unknown>>(
        queue.name,
        { pollingIntervalSeconds: 1, batchSize: 1 },
        async ([job]) => {
          if (job) await queue.run(job.data ?? {}, this.abort.signal);
        },
      );
    }
    this.boss = boss;
    return boss;
  }

  /** Queues a job (starting the runner if it was not started: tests start it on first use). Returns its id. */
  async send(name: string, data: Record<string, unknown>): Promise<string> {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`No job queue ${name}`);
    const boss = await this.start();
    const id = await boss.send(name, data, {
      retryLimit: queue.retryLimit ?? 5,
      retryDelay: 1,
      expireInSeconds: queue.expireInSeconds ?? 15 * 60,
    });
    if (!id) throw new Error(`pg-boss did not accept a job for ${name}`);
    return id;
  }

  /** The job's state in pg-boss: created, retry, active, completed, cancelled or failed. */
  async state(name: string, id: string) {
    if (!this.boss) return null;
    const job = await this.boss.getJobById(name, id);
    return job ? { state: job.state, retryCount: job.retryCount } : null;
  }

  /**
   * Stops taking jobs; a running handler is told (its signal aborts) and has up to `timeoutMs` to
   * stop; what still runs then is failed, so it is tried again later.
   */
  async stop(timeoutMs = 10_000) {
    const starting = this.starting;
    if (!starting) return;
    const boss = await starting.catch(() => null);
    this.abort.abort();
    this.boss = null;
    this.starting = null;
    await boss?.stop({ graceful: true, wait: true, timeout: timeoutMs });
  }
}
