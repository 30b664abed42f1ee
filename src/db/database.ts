import fs from 'node:fs';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGliteDialect } from './pglite-dialect.ts';
import { isConnectionLost } from './errors.ts';
import { DEFAULT_PIPELINE_CONNECTIONS, PipelinedConnections } from './pipeline.ts';
import { runHotStatementsWith, statementNameFor } from './prepared.ts';
import type { DB } from './schema.ts';

export type Db = Kysely<DB>;

/** One database, whichever engine is behind it. */
export interface Database {
  db: Db;
  engine: 'pglite' | 'postgres';
  /** Runs a script of several statements (migrations, seeds). */
  execScript(sqlText: string): Promise<void>;
  /** PGlite only: the data folder as a tarball, to start another database from (tests). */
  dumpDataDir?: () => Promise<File | Blob>;
  close(): Promise<void>;
}

// Dates stay 'YYYY-MM-DD' strings (no time-zone shifts); bigints become numbers (cents fit easily).
const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** PGlite folder; `undefined` or 'memory://' keeps the database in memory (tests). */
  dataDir?: string | undefined;
  poolSize?: number;
  /** Connections in pipeline mode for the hot statements (server PostgreSQL only; 0: none). See pipeline.ts. */
  pipelineConnections?: number;
  /** PGlite in memory only: start from this dump of a data folder (`dumpDataDir`) instead of an empty cluster. */
  pgliteDump?: Blob | undefined;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl)
    return openPostgres(
      options.databaseUrl,
      options.poolSize ?? 20,
      options.pipelineConnections ?? DEFAULT_PIPELINE_CONNECTIONS,
    );
  return openPGlite(options.dataDir, options.pgliteDump);
}

async function openPostgres(connectionString: string, max: number, pipelineConnections: number): Promise<Database> {
  const parseDate = (value: string) => value;
  const clientConfig: pg.ClientConfig = {
    connectionString,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === DATE_OID) return parseDate;
        if (oid === INT8_OID || oid === NUMERIC_OID) return (value: string) => Number(value);
        return pg.types.getTypeParser(oid, format) as (value: string) => unknown;
      }) as typeof pg.types.getTypeParser,
    },
  };
  const pool = new pg.Pool({ ...clientConfig, application_name: 'stadspas', max });
  // An idle connection can be ended by the server (restart, admin command, a dropped test
  // database). The pool replaces it; without a listener the error would crash the process.
  pool.on('error', (error: Error & { code?: string }) => {
    // A server that restarts or crashes ends every idle connection: one line each, not the client.
    if (isConnectionLost(error)) {
      if (error.code !== '57P01') console.warn(`PostgreSQL ended an idle connection: ${error.message}`);
      return;
    }
    console.error('PostgreSQL connection error', error);
  });
  // Hot-path queries (src/db/prepared.ts) go out as named prepared statements: parsed and
  // planned once per connection. Every other query is sent as before.
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const [text, values] = args;
      const name = typeof text === 'string' && Array.isArray(values) ? statementNameFor(text) : undefined;
      return name ? query({ name, text, values }) : query(...args);
    };
  });
  const pipeline = pipelineConnections > 0 ? new PipelinedConnections(clientConfig, pipelineConnections) : undefined;
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  if (pipeline) {
    runHotStatementsWith(db, pipeline.query, () => pipeline.flush());
    await pipeline.connect();
  }
  return {
    db,
    engine: 'postgres',
    async execScript(sqlText) {
      const client = await pool.connect();
      try {
        await client.query(sqlText);
      } finally {
        client.release();
      }
    },
    async close() {
      await db.destroy();
      await pipeline?.close();
    },
  };
}

async function openPGlite(dataDir: string | undefined, dump?: Blob): Promise<Database> {
  const inMemory = !dataDir || dataDir.startsWith('memory://');
  if (!inMemory) fs.mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(inMemory ? undefined : dataDir, {
    parsers: {
      [DATE_OID]: (value: string) => value,
      [INT8_OID]: (value: string) => Number(value),
      [NUMERIC_OID]: (value: string) => Number(value),
      [pgliteTypes.TIMESTAMPTZ]: (value: string) => new Date(value),
    },
    ...(inMemory && dump ? { loadDataDir: dump } : {}),
    // The catalogue search needs both (decision 0022); PostgreSQL servers have them in contrib.
    extensions: { pg_trgm, unaccent },
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    engine: 'pglite',
    async execScript(sqlText) {
      await pglite.exec(sqlText);
    },
    dumpDataDir: () => pglite.dumpDataDir('none'),
    async close() {
      await db.destroy();
      await pglite.close();
    },
  };
}
