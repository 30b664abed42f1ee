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
 *
 * Group commit (decision 0006). A commit waits for its WAL to reach the disk (an fsync), and a
 * backend does nothing else meanwhile, so every statement queued behind a booking waited for that
 * booking's fsync. Instead, the pipeline's connections commit without waiting
 * (synchronous_commit off), and at the end of each turn in which a connection took writes, one
 * more statement goes after them on it: a commit barrier, a transaction that writes a WAL record
 * and does wait for the disk. WAL reaches the disk in order, so once the barrier is answered every
 * write before it is durable too. Only then is a write answered: a caller is never told of a
 * commit that a crash could still undo. One fsync serves all the writes of a turn. Other sessions
 * can see a write before its barrier is answered (for a millisecond or so); a crash in that moment
 * undoes it as if it had failed, and nobody was told it succeeded. A server on which the barrier
 * cannot run (pg_logical_emit_message not allowed) keeps the connection committing synchronously.
 */

type PgResult = Awaited<ReturnType<HotStatementRunner>>;

/**
 * Makes every commit before it durable: its transaction writes a WAL record (a logical decoding
 * message, ignored by anything but a logical decoding client that asks for prefix 'stadspas') and
 * commits synchronously, whatever the session's setting. WAL is flushed in order.
 */
export const COMMIT_BARRIER_SQL =
  "select set_config('synchronous_commit', 'on', true), pg_logical_emit_message(true, 'stadspas', 'commit barrier')";

/**
 * Sent first on every new connection: commit without waiting for the disk from now on, but only if
 * a barrier can run here (a server that refuses pg_logical_emit_message fails the whole statement,
 * and the setting stays as it was).
 */
const ASYNC_COMMIT_SQL =
  "select set_config('synchronous_commit', 'off', false), pg_logical_emit_message(true, 'stadspas', 'async commit')";

/** The statements one connection took in one turn of the event loop, and their barrier if any wrote. */
interface Turn {
  client: pg.Client;
  barrier?: Promise<void>;
  sendBarrier?: () => void;
}

/** Whether a connection commits without waiting for the disk: `known` once the answer to ASYNC_COMMIT_SQL is in. */
interface CommitMode {
  async: Promise<boolean>;
  known?: boolean;
}

interface Slot {
  client: pg.Client | undefined;
  connected: Promise<void>;
  inFlight: number;
  turn: Turn | undefined;
}

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
  private readonly slots: Slot[];
  /** Per connection: whether it commits without waiting for the disk (known once its first answer is in). */
  private readonly commitModes = new WeakMap<pg.Client, CommitMode>();
  private closed = false;

  constructor(
    private readonly config: pg.ClientConfig,
    size: number,
    private readonly lockTimeoutMs = PIPELINE_LOCK_TIMEOUT_MS,
  ) {
    this.slots = Array.from({ length: size }, () => ({
      client: undefined,
      connected: Promise.resolve(),
      inFlight: 0,
      turn: undefined,
    }));
  }

  readonly query: HotStatementRunner = async (sqlText, values, name, readOnly) => {
    if (this.closed) throw new Error('the database is closed');
    const slot = this.leastBusySlot();
    const turn = this.turnOf(slot);
    const { client } = turn;
    // Taken before the statement is sent, so the barrier goes after it.
    const barrier = readOnly ? undefined : this.barrierOf(turn);
    slot.inFlight++;
    try {
      const result = (await client.query({ name, text: sqlText, values })) as PgResult;
      if (barrier && (await this.commitModes.get(client)?.async)) await barrier;
      return result;
    } catch (error) {
      if (!isConnectionLost(error)) throw error;
      this.forget(slot, client);
      if (!readOnly || this.closed) throw error;
      return this.query(sqlText, values, name, false); // once: a second loss is an outage
    } finally {
      slot.inFlight--;
    }
  };

  /**
   * Resolves once every commit made before the call, on any connection, is durable: for an answer
   * read back from a write that may not have had its barrier yet (a retry that finds the stored
   * answer of a request still in flight).
   */
  async flush(): Promise<void> {
    if (this.closed) throw new Error('the database is closed');
    const slot = this.leastBusySlot();
    const turn = this.turnOf(slot);
    const barrier = this.barrierOf(turn);
    slot.inFlight++;
    try {
      // A server that cannot run the barrier had every connection commit synchronously.
      if (await this.commitModes.get(turn.client)?.async) await barrier;
    } finally {
      slot.inFlight--;
    }
  }

  private leastBusySlot(): Slot {
    let slot = this.slots[0]!;
    for (const candidate of this.slots) if (candidate.inFlight < slot.inFlight) slot = candidate;
    return slot;
  }

  /**
   * This turn's statements on `slot`'s connection. They are corked: all that is written in this
   * turn leaves in one write when it ends, after the barrier if one was asked for.
   */
  private turnOf(slot: Slot): Turn {
    const client = slot.client ?? this.open(slot);
    if (slot.turn?.client === client) return slot.turn;
    const turn: Turn = { client };
    slot.turn = turn;
    const stream = (client as unknown as { connection: { stream: { cork(): void; uncork(): void } } }).connection
      .stream;
    stream.cork();
    setImmediate(() => {
      if (slot.turn === turn) slot.turn = undefined;
      turn.sendBarrier?.();
      stream.uncork();
    });
    return turn;
  }

  /** The barrier that goes after this turn's statements on its connection (see the top of this file). */
  private barrierOf(turn: Turn): Promise<void> {
    if (!turn.barrier) {
      const mode = this.commitModes.get(turn.client);
      turn.barrier = new Promise<void>((resolve, reject) => {
        turn.sendBarrier = () => {
          // Not sent where the connection commits synchronously: there it is not needed (nor allowed).
          if (mode?.known === false) return resolve();
          turn.client.query({ name: 'commit_barrier', text: COMMIT_BARRIER_SQL }).then(() => resolve(), reject);
        };
      });
      turn.barrier.catch(() => {}); // Its writes hear of a failure; a turn whose writes all failed has nobody waiting.
    }
    return turn.barrier;
  }

  /** Drops a broken connection at once, so no further statement is sent on it. */
  private forget(slot: Slot, client: pg.Client) {
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
    await Promise.all(
      this.slots.map((slot) => {
        if (!slot.client) this.open(slot);
        return slot.connected;
      }),
    );
  }

  /** Opens the connection of `slot`; a connection that breaks is dropped and opened again on next use. */
  private open(slot: Slot): pg.Client {
    // lock_timeout: a safety net. Rightly used, a statement here waits for a lock only as long as
    // a short transaction on another connection; one that waited on work queued behind it on its
    // own connection would hold the pipeline up for good, so it gives up instead.
    const client = new pg.Client({
      ...this.config,
      application_name: PIPELINE_APPLICATION_NAME,
      lock_timeout: this.lockTimeoutMs,
      pipeline: true,
    });
    slot.client = client;
    // Queued before any statement, so it is answered before them.
    const mode: CommitMode = {
      async: client.query(ASYNC_COMMIT_SQL).then(
        () => (mode.known = true),
        () => (mode.known = false),
      ),
    };
    this.commitModes.set(client, mode);
    const drop = () => {
      if (slot.client === client) slot.client = undefined;
    };
    client.on('error', drop);
    client.on('end', drop);
    slot.connected = client.connect().then(
      () => undefined,
      (error: unknown) => {
        drop();
        throw error;
      },
    );
    // Statements sent meanwhile get the error themselves; `connect()` reports it when asked.
    slot.connected.catch(() => {});
    return client;
  }

  async close() {
    this.closed = true;
    await Promise.all(
      this.slots.map(async (slot) => {
        const client = slot.client;
        slot.client = undefined;
        await client?.end().catch(() => {});
      }),
    );
  }
}
