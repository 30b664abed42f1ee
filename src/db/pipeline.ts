import pg from 'pg';
import { isConnectionLost } from './errors.ts';
import type { HotStatementRunner } from './prepared.ts';

/**
 * Pipelining for the hot path (see docs/decisions/0003-pipelined-hot-path.md).
 *
 * On this kind of machine a write to a loopback socket costs more than the statement it carries,
 * and every statement wakes a PostgreSQL backend. So the hot statements (those built with
 * `prepare()`, src/db/prepared.ts) that run on their own, outside a transaction, share a few
 * connections in pipeline mode: they are written without waiting for the answer to the one before,
 * and all that the server sends within one turn of the event loop leaves in one write. PostgreSQL
 * still runs them one by one, each in its own implicit transaction with its own Sync, so a
 * failing statement undoes only itself.
 *
 * Only a hot statement run on the root `db` comes here (`runHotStatementsWith` in prepared.ts).
 * Everything Kysely runs goes through the pool as before: a transaction (with the hot statements
 * inside it), and every statement that is not hot. A statement that waits for a lock holds up the
 * statements behind it on its connection (never the other way round: a statement on a pipeline
 * connection holds no lock once it is answered), so a pipeline connection never waits for work
 * that waits for it. That holds as long as code inside a transaction uses the transaction, never
 * the root `db`: a hot statement on the root `db` that waits for the transaction's own lock would
 * wait for good (lock_timeout ends it).
 *
 * A connection the server ends (a restart, a failover, an administrator) is replaced. The client
 * may hear of the end only when it reads the next answer, so a statement sent just then fails
 * with the connection. A read is then sent once more on a new connection: it changed nothing.
 * A write is not (it may have been committed just before), so its caller decides.
 */

type PgResult = Awaited<ReturnType<HotStatementRunner>>;

/**
 * Each connection is one PostgreSQL backend working through its statements in order, so this is
 * how many cores PostgreSQL can give the till's hot path per server process. Two was the best on
 * the till benchmark's 2 cores once the stalls of decision 0005 were gone: more backends than
 * cores only compete with the server for them. On a larger database server, raise it to about
 * that server's cores (PG_PIPELINE_CONNECTIONS).
 */
export const DEFAULT_PIPELINE_CONNECTIONS = 2;

/** The longest a statement in the pipeline waits for a row lock (see `open`). */
const PIPELINE_LOCK_TIMEOUT_MS = 10_000;

/** How the pipeline's connections show in pg_stat_activity. */
export const PIPELINE_APPLICATION_NAME = 'stadspas-pipeline';

/** A few connections in pipeline mode; each statement goes to the one with the least in flight. */
export class PipelinedConnections {
  private readonly slots: { client: pg.Client | undefined; connected: Promise<void>; inFlight: number; corked: boolean }[];
  private closed = false;

  constructor(private readonly config: pg.ClientConfig, size: number, private readonly lockTimeoutMs = PIPELINE_LOCK_TIMEOUT_MS) {
    this.slots = Array.from({ length: size }, () => ({ client: undefined, connected: Promise.resolve(), inFlight: 0, corked: false }));
  }

  readonly query: HotStatementRunner = async (sqlText, values, name, readOnly) => {
    if (this.closed) throw new Error('the database is closed');
    let slot = this.slots[0]!;
    for (const candidate of this.slots) if (candidate.inFlight < slot.inFlight) slot = candidate;
    const client = slot.client ?? this.open(slot);
    // Cork once per turn: the statements written in this turn leave together when it ends.
    const stream = (client as unknown as { connection: { stream: { cork(): void; uncork(): void } } }).connection.stream;
    if (!slot.corked) {
      slot.corked = true;
      stream.cork();
      setImmediate(() => { slot.corked = false; stream.uncork(); });
    }
    slot.inFlight++;
    try {
      return await client.query({ name, text: sqlText, values }) as PgResult;
    } catch (error) {
      if (!isConnectionLost(error)) throw error;
      this.forget(slot, client);
      if (!readOnly || this.closed) throw error;
      return this.query(sqlText, values, name, false); // once: a second loss is an outage
    } finally {
      slot.inFlight--;
    }
  };

  /** Drops a broken connection at once, so no further statement is sent on it. */
  private forget(slot: (typeof this.slots)[number], client: pg.Client) {
    if (slot.client !== client) return;
    slot.client = undefined;
    client.end().catch(() => {});
  }

  /**
   * Opens every connection now, so the first sales after a start do not wait for connections to
   * be set up (the server calls this before it says it is ready). Later, a connection that breaks
   * is opened again on its next use.
   */
  async connect(): Promise<void> {
    await Promise.all(this.slots.map((slot) => {
      if (!slot.client) this.open(slot);
      return slot.connected;
    }));
  }

  /** Opens the connection of `slot`; a connection that breaks is dropped and opened again on next use. */
  private open(slot: (typeof this.slots)[number]): pg.Client {
    // lock_timeout: a safety net. Rightly used, a statement here waits for a lock only as long as
    // a short transaction on another connection; one that waited on work queued behind it on its
    // own connection would hold the pipeline up for good, so it gives up instead.
    const client = new pg.Client({
      ...this.config, application_name: PIPELINE_APPLICATION_NAME, lock_timeout: this.lockTimeoutMs, pipeline: true,
    } as pg.ClientConfig);
    slot.client = client;
    const drop = () => { if (slot.client === client) slot.client = undefined; };
    client.on('error', drop);
    client.on('end', drop);
    slot.connected = client.connect().then(() => undefined, (error: unknown) => { drop(); throw error; });
    // Statements sent meanwhile get the error themselves; `connect()` reports it when asked.
    slot.connected.catch(() => {});
    return client;
  }

  async close() {
    this.closed = true;
    await Promise.all(this.slots.map(async (slot) => {
      const client = slot.client;
      slot.client = undefined;
      await client?.end().catch(() => {});
    }));
  }
}
