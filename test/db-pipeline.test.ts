import net from 'node:net';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isConnectionLost } from '../src/db/errors.ts';
import { DEFAULT_PIPELINE_CONNECTIONS, PIPELINE_APPLICATION_NAME, PipelinedConnections } from '../src/db/pipeline.ts';
import { dutchDate } from '../src/modules/redemptions/limit-period.ts';
import { RedemptionsRepository } from '../src/modules/redemptions/redemptions.repository.ts';
import { RedemptionsService } from '../src/modules/redemptions/redemptions.service.ts';
import {
  createOffer,
  createPass,
  createPasses,
  createProvider,
  createTenant,
  refusalOf,
  TENANT,
  tillPrincipal,
} from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * On a PostgreSQL server the hot statements outside a transaction share a few connections in
 * pipeline mode (src/db/pipeline.ts). These tests show where statements run, that a failing one
 * undoes only itself, and that a connection the server ends is replaced. PGlite has no pipeline.
 */
const onServer = Boolean(process.env.DATABASE_URL);

let ctx: TestContext;
let provider: Awaited<ReturnType<typeof createProvider>>;
let repo: RedemptionsRepository;
const today = dutchDate(new Date());

const pipelineBackends = async () =>
  (
    await sql<{ pid: number }>`select pid from pg_stat_activity
  where datname = current_database() and application_name = ${PIPELINE_APPLICATION_NAME}`.execute(ctx.database.db)
  ).rows.map((r) => r.pid);

/** A pipeline of `size` connections (default one) to this test's database, apart from the app's; as `user` if given. */
const ownPipeline = async (options: { lockTimeoutMs?: number; size?: number; user?: string } = {}) => {
  const { name } = (await sql<{ name: string }>`select current_database() as name`.execute(ctx.database.db)).rows[0]!;
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  if (options.user) {
    url.username = options.user;
    url.password = '';
  }
  return new PipelinedConnections({ connectionString: url.toString() }, options.size ?? 1, options.lockTimeoutMs);
};

beforeAll(async () => {
  if (!onServer) return;
  ctx = await createTestApp();
  await createTenant(ctx.database.db);
  provider = await createProvider(ctx.database.db, { name: 'Zwembad De Pijp' });
  repo = new RedemptionsRepository(ctx.database.db);
});
afterAll(() => ctx?.close());

describe.skipIf(!onServer)('the pipeline for hot statements (PostgreSQL server)', () => {
  it('runs hot statements outside a transaction on its own few connections', async () => {
    await createOffer(ctx.database.db, provider, { title: 'Baantjes zwemmen' });
    const passes = await createPasses(ctx.database.db, 40);
    const lists = await Promise.all(passes.map((pass) => repo.listTillOffers(TENANT, provider.id, pass.number, today)));
    expect(lists.map((list) => list.pass?.number)).toEqual(passes.map((pass) => pass.number));
    const backends = await pipelineBackends();
    expect(backends.length).toBeGreaterThan(0);
    expect(backends.length).toBeLessThanOrEqual(DEFAULT_PIPELINE_CONNECTIONS);
  });

  it('opens all its connections when asked, before the first statement', async () => {
    const before = (await pipelineBackends()).length;
    const pipeline = await ownPipeline({ size: 3 });
    try {
      await pipeline.connect();
      expect((await pipelineBackends()).length).toBe(before + 3);
    } finally {
      await pipeline.close();
    }
  });

  it('runs a hot statement inside a transaction in that transaction', async () => {
    const pass = await createPass(ctx.database.db);
    await ctx.database.db.transaction().execute(async (trx) => {
      await trx.updateTable('passes').set({ status: 'blocked' }).where('id', '=', pass.id).execute();
      // Only the transaction's own connection sees the uncommitted block.
      expect(
        (await new RedemptionsRepository(trx).listTillOffers(TENANT, provider.id, pass.number, today)).pass?.status,
      ).toBe('blocked');
      expect((await repo.listTillOffers(TENANT, provider.id, pass.number, today)).pass?.status).toBe('active');
    });
  });

  it('lets a statement that fails undo only itself, not its neighbours in the pipeline', async () => {
    // Two tills redeem a once-per-pass offer on each of 30 passes at the same moment: on every
    // pass one booking loses its compare-and-set (SP001) while the others around it succeed.
    const offer = await createOffer(ctx.database.db, provider, {
      title: 'Zwemles proefles',
      limit_per_pass: 1,
      limit_period: 'ever',
    });
    const passes = await createPasses(ctx.database.db, 30);
    const principal = tillPrincipal(provider.id, 'pipeline-test');
    const service = new RedemptionsService(repo, { qrSecret: ctx.config.qrSecret });
    const outcomes = await Promise.all(
      passes.flatMap((pass) =>
        [1, 2].map((till) =>
          refusalOf(
            service.redeem(
              principal,
              { passIdentifier: pass.number, offerId: offer.id },
              `pipeline-${pass.number}-${till}`,
            ),
          ),
        ),
      ),
    );
    expect(outcomes.filter((outcome) => outcome === 'ok')).toHaveLength(30);
    expect(outcomes.filter((outcome) => outcome !== 'ok').every((outcome) => outcome === 'limit-reached')).toBe(true);
    const perPass = await ctx.database.db
      .selectFrom('redemptions')
      .select(['pass_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('offer_id', '=', offer.id)
      .groupBy('pass_id')
      .execute();
    expect(perPass.map((row) => Number(row.n))).toEqual(passes.map(() => 1));
  });

  it('replaces a pipeline connection that the server ends', async () => {
    const pass = await createPass(ctx.database.db);
    await repo.listTillOffers(TENANT, provider.id, pass.number, today);
    const before = await pipelineBackends();
    expect(before.length).toBeGreaterThan(0);
    await sql`select pg_terminate_backend(pid) from pg_stat_activity
      where datname = current_database() and application_name = ${PIPELINE_APPLICATION_NAME}`.execute(ctx.database.db);
    while ((await pipelineBackends()).some((pid) => before.includes(pid)))
      await new Promise((resolve) => setTimeout(resolve, 20));
    // Whether or not the client has heard of the end yet, the read is answered.
    expect((await repo.listTillOffers(TENANT, provider.id, pass.number, today)).pass?.number).toBe(pass.number);
    const after = await pipelineBackends();
    expect(after.length).toBeGreaterThan(0);
    expect(after.some((pid) => before.includes(pid))).toBe(false);
  });

  /**
   * Ends the backend of a one-connection pipeline while its client is not reading, so the client
   * learns of the end only from the answer to the next statement: the moment a restart or
   * failover leaves a statement in. `resume` lets the client read again.
   */
  const endUnnoticed = async (pipeline: PipelinedConnections) => {
    await pipeline.query('select 1 as one', [], 'test_pipeline_warm_up', true);
    const client = (
      pipeline as unknown as { slots: { client: { processID: number; connection: { stream: net.Socket } } }[] }
    ).slots[0]!.client;
    const pid = client.processID;
    client.connection.stream.pause();
    await sql`select pg_terminate_backend(${pid})`.execute(ctx.database.db);
    while ((await pipelineBackends()).includes(pid)) await new Promise((resolve) => setTimeout(resolve, 20));
    return { resume: () => client.connection.stream.resume() };
  };

  it('sends a read once more on a new connection when its connection was ended unnoticed', async () => {
    const pass = await createPass(ctx.database.db);
    const pipeline = await ownPipeline();
    try {
      const { resume } = await endUnnoticed(pipeline);
      const read = pipeline.query(
        'select number from passes where id = $1',
        [pass.id],
        'test_pipeline_read_after_end',
        true,
      );
      resume();
      expect(((await read).rows as { number: string }[]).map((row) => row.number)).toEqual([pass.number]);
    } finally {
      await pipeline.close();
    }
  });

  it('does not send a write again when its connection was ended unnoticed, and serves the next one', async () => {
    const pass = await createPass(ctx.database.db);
    const pipeline = await ownPipeline();
    const bump = () =>
      pipeline.query(
        'update passes set redemption_seq = redemption_seq + 1 where id = $1',
        [pass.id],
        'test_pipeline_write_after_end',
        false,
      );
    const seq = async () =>
      Number(
        (
          await ctx.database.db
            .selectFrom('passes')
            .select('redemption_seq')
            .where('id', '=', pass.id)
            .executeTakeFirstOrThrow()
        ).redemption_seq,
      );
    try {
      const { resume } = await endUnnoticed(pipeline);
      const write = bump().then(
        () => 'written',
        (error: unknown) => (isConnectionLost(error) ? 'connection lost' : String(error)),
      );
      resume();
      expect(await write).toBe('connection lost');
      expect(await seq()).toBe(0); // the backend had ended before the write reached it
      await bump(); // a new connection
      expect(await seq()).toBe(1);
    } finally {
      await pipeline.close();
    }
  });

  it('gives up waiting for a row lock after its lock_timeout, and then serves the next statement', async () => {
    const pass = await createPass(ctx.database.db);
    // One connection with a short timeout: the same safety net as the app's, quicker to see.
    const pipeline = await ownPipeline({ lockTimeoutMs: 200 });
    try {
      await ctx.database.db.transaction().execute(async (trx) => {
        await trx.selectFrom('passes').select('id').where('id', '=', pass.id).forUpdate().execute();
        const waited = await pipeline
          .query(
            'update passes set redemption_seq = redemption_seq + 1 where id = $1',
            [pass.id],
            'test_pipeline_lock_wait',
            false,
          )
          .then(
            () => 'updated',
            (error: { code?: string }) => error.code,
          );
        expect(waited).toBe('55P03');
      });
      const after = await pipeline.query(
        'select redemption_seq from passes where id = $1',
        [pass.id],
        'test_pipeline_after_wait',
        true,
      );
      expect((after.rows as { redemption_seq: string }[]).map((row) => Number(row.redemption_seq))).toEqual([0]);
    } finally {
      await pipeline.close();
    }
  });

  it('sends the statements of one turn of the event loop in one write', async () => {
    const pipeline = await ownPipeline();
    const socket = net.Socket.prototype as unknown as Record<'_write' | '_writev', (...args: unknown[]) => unknown>;
    const original = { write: socket._write, writev: socket._writev };
    let writes = 0;
    try {
      await pipeline.query('select 1 as one', [], 'test_pipeline_warm_up', true); // connected, statement known
      socket._write = function (this: unknown, ...args: unknown[]) {
        writes++;
        return original.write.apply(this, args);
      };
      socket._writev = function (this: unknown, ...args: unknown[]) {
        writes++;
        return original.writev.apply(this, args);
      };
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) => pipeline.query('select $1::int as n', [i], 'test_pipeline_turn', true)),
      );
      expect(answers.map((answer) => (answer.rows[0] as { n: number }).n)).toEqual(
        Array.from({ length: 20 }, (_, i) => i),
      );
      expect(writes).toBe(1);
    } finally {
      socket._write = original.write;
      socket._writev = original.writev;
      await pipeline.close();
    }
  });

  describe('group commit', () => {
    /** Records when the test's writes (`test_gc_bump`) and commit barriers are sent and answered, on every pg client. */
    const recordStatements = () => {
      const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
      const original = proto.query;
      const events: string[] = [];
      proto.query = function (this: unknown, ...args: unknown[]) {
        const name = (args[0] as { name?: string } | undefined)?.name;
        const label = name === 'commit_barrier' ? 'barrier' : name === 'test_gc_bump' ? 'write' : undefined;
        const result = original.apply(this, args);
        if (label) {
          events.push(`${label} sent`);
          (result as Promise<unknown>).then(
            () => events.push(`${label} done`),
            () => events.push(`${label} failed`),
          );
        }
        return result;
      };
      return {
        events,
        restore: () => {
          proto.query = original;
        },
      };
    };
    const setting = async (pipeline: PipelinedConnections) =>
      (
        (await pipeline.query("select current_setting('synchronous_commit') as value", [], 'test_gc_setting', true))
          .rows[0] as { value: string }
      ).value;
    const bump = (pipeline: PipelinedConnections, passId: string) =>
      pipeline.query(
        'update passes set redemption_seq = redemption_seq + 1 where id = $1 returning pg_current_wal_insert_lsn()::text as lsn',
        [passId],
        'test_gc_bump',
        false,
      );
    const seq = async (passId: string) =>
      Number(
        (
          await ctx.database.db
            .selectFrom('passes')
            .select('redemption_seq')
            .where('id', '=', passId)
            .executeTakeFirstOrThrow()
        ).redemption_seq,
      );

    it('answers the writes of one turn only after one commit barrier behind them has made them durable', async () => {
      const passes = await createPasses(ctx.database.db, 5);
      const pipeline = await ownPipeline();
      const recorder = recordStatements();
      try {
        expect(await setting(pipeline)).toBe('off'); // so without the barrier a commit would not wait for the disk
        const answers = passes.map((pass) =>
          bump(pipeline, pass.id).then((result) => {
            recorder.events.push('answered');
            return result;
          }),
        );
        const lsns = (await Promise.all(answers)).map((result) => (result.rows[0] as { lsn: string }).lsn);
        const { events } = recorder;
        expect(events.filter((event) => event === 'write done')).toHaveLength(5);
        expect(events.filter((event) => event === 'barrier sent')).toHaveLength(1); // one fsync for the five
        expect(events.indexOf('barrier sent')).toBeGreaterThan(events.lastIndexOf('write sent'));
        const barrierDone = events.indexOf('barrier done');
        expect(barrierDone).toBeGreaterThan(events.lastIndexOf('write done'));
        expect(events.indexOf('answered')).toBeGreaterThan(barrierDone);
        expect(events.filter((event) => event === 'answered')).toHaveLength(5);
        // Each write's WAL, up to and past the point it read, is on disk when it is answered.
        for (const lsn of lsns) {
          const { rows } = await sql<{
            flushed: boolean;
          }>`select pg_current_wal_flush_lsn() > ${lsn}::pg_lsn as flushed`.execute(ctx.database.db);
          expect(rows[0]!.flushed).toBe(true);
        }
        for (const pass of passes) expect(await seq(pass.id)).toBe(1);
        // flush() makes what others committed durable with a barrier of its own; reads need none.
        await pipeline.flush();
        expect(events.filter((event) => event === 'barrier sent')).toHaveLength(2);
        await pipeline.query('select 1 as one', [], 'test_gc_read', true);
        expect(events.filter((event) => event === 'barrier sent')).toHaveLength(2);
      } finally {
        recorder.restore();
        await pipeline.close();
      }
    });

    it("lets the app's repositories wait for durability: a barrier on the app's own pipeline", async () => {
      const recorder = recordStatements();
      try {
        await repo.waitUntilDurable();
        expect(recorder.events).toEqual(['barrier sent', 'barrier done']);
      } finally {
        recorder.restore();
      }
    });

    /** A login role of its own that may bump passes, and the way to take pg_logical_emit_message from it. */
    const tillRole = async () => {
      const role = `stadspas_gc_${process.pid}_${Date.now()}`;
      await sql.raw(`create role ${role} login; grant select, update on passes to ${role}`).execute(ctx.database.db);
      const barrierAllowed = async (allowed: boolean) => {
        const functions = (
          await sql<{
            signature: string;
          }>`select oid::regprocedure::text as signature from pg_proc where proname = 'pg_logical_emit_message'`.execute(
            ctx.database.db,
          )
        ).rows;
        for (const { signature } of functions)
          await sql
            .raw(`${allowed ? 'grant' : 'revoke'} execute on function ${signature} ${allowed ? 'to' : 'from'} public`)
            .execute(ctx.database.db);
      };
      const drop = async () => {
        await barrierAllowed(true);
        await sql.raw(`drop owned by ${role}; drop role ${role}`).execute(ctx.database.db);
      };
      return { role, barrierAllowed, drop };
    };

    it('keeps committing synchronously, without barriers, where the barrier may not run', async () => {
      const pass = await createPass(ctx.database.db);
      const { role, barrierAllowed, drop } = await tillRole();
      await barrierAllowed(false);
      const pipeline = await ownPipeline({ user: role });
      const recorder = recordStatements();
      try {
        expect(await setting(pipeline)).toBe('on');
        await bump(pipeline, pass.id);
        await pipeline.flush();
        expect(await seq(pass.id)).toBe(1);
        expect(recorder.events.filter((event) => event.startsWith('barrier'))).toEqual([]);
      } finally {
        recorder.restore();
        await pipeline.close();
        await drop();
      }
    });

    it('does not answer a write as done when its barrier fails', async () => {
      const pass = await createPass(ctx.database.db);
      const { role, barrierAllowed, drop } = await tillRole();
      const pipeline = await ownPipeline({ user: role });
      try {
        expect(await setting(pipeline)).toBe('off');
        await barrierAllowed(false); // the barrier behind the next write is refused
        const outcome = await bump(pipeline, pass.id).then(
          () => 'answered as done',
          (error: { code?: string }) => error.code,
        );
        expect(outcome).toBe('42501');
        expect(await seq(pass.id)).toBe(1); // committed, but nobody was told so: its durability was not known
      } finally {
        await pipeline.close();
        await drop();
      }
    });
  });
});
