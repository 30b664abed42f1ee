import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SelectQueryNode,
  type Compilable,
  type OperationNode,
  type CompiledQuery,
  type QueryResult,
  type RawBuilder,
} from 'kysely';
import type { DB } from './schema.ts';

/**
 * Queries built and compiled once, executed many times: the till's hot path.
 *
 * Building a Kysely query and compiling it to SQL costs more CPU than sending it. A
 * `PreparedQuery` is built once with named placeholders; each execution only fills in the
 * parameter array. The SQL text is registered under a statement name, so on a PostgreSQL
 * server the `pg` driver parses and plans it once per connection (a named prepared
 * statement, see database.ts) instead of on every call.
 */

const MARK = '\u0000param:';
const statementNames = new Map<string, string>();

/** The prepared-statement name registered for this SQL text, if any. */
export const statementNameFor = (sqlText: string) => statementNames.get(sqlText);

/** Compiles queries without a connection; both engines speak PostgreSQL's SQL. */
const compiler = new Kysely<DB>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

type Slot<P> = { name: keyof P } | { value: unknown };

/**
 * Runs a hot statement by name, outside any transaction (the pipeline of src/db/pipeline.ts).
 * `readOnly`: the statement changes nothing, so it may be sent again if its connection breaks.
 */
export type HotStatementRunner = (
  sqlText: string,
  values: unknown[],
  name: string,
  readOnly: boolean,
) => Promise<{ command: string; rowCount: number | null; rows: unknown[] }>;
/** Resolves once every commit made before the call is durable (see "Group commit" in pipeline.ts). */
export type DurabilityBarrier = () => Promise<void>;
const runners = new WeakMap<object, HotStatementRunner>();
const barriers = new WeakMap<object, DurabilityBarrier>();

/**
 * Hot statements run on `db` itself (not on a transaction of it) go straight to `runner`,
 * without Kysely's executor: its connection, plugin and result steps cost more CPU and memory
 * per call than the statement's own parameters (decision 0003). A runner whose writes can be
 * seen before they are durable gives the `barrier` that waits for them.
 */
export function runHotStatementsWith(db: object, runner: HotStatementRunner, barrier?: DurabilityBarrier) {
  runners.set(db, runner);
  if (barrier) barriers.set(db, barrier);
}

/**
 * Waits until every commit made before the call is durable: needed only before answering with
 * what a hot write stored, read back by another request (src/db/pipeline.ts answers the write
 * itself only once it is durable). Without a pipeline every commit is durable when answered.
 */
export async function waitUntilDurable(db: object): Promise<void> {
  await barriers.get(db)?.();
}

export class PreparedQuery<P, R> {
  /** A SELECT with only SELECTs in its WITH: it changes nothing (see `changesNothing`). */
  readonly readOnly: boolean;

  constructor(
    private readonly name: string,
    private readonly compiled: CompiledQuery<R>,
    private readonly slots: Slot<P>[],
  ) {
    this.readOnly = changesNothing(compiled.query);
  }

  get sql() {
    return this.compiled.sql;
  }

  /** Runs the query on `db` (a Kysely instance or a transaction) with these parameters. */
  async execute(db: Pick<Kysely<DB>, 'executeQuery'>, params: P): Promise<QueryResult<R>> {
    const parameters = this.slots.map((slot) => ('name' in slot ? params[slot.name] : slot.value));
    const runner = runners.get(db);
    if (!runner) return db.executeQuery<R>(Object.assign({}, this.compiled, { parameters }));
    const { command, rowCount, rows } = await runner(this.compiled.sql, parameters, this.name, this.readOnly);
    const changed = command === 'INSERT' || command === 'UPDATE' || command === 'DELETE' || command === 'MERGE';
    return { numAffectedRows: changed ? BigInt(rowCount ?? 0) : undefined, rows: rows as R[] };
  }

  async first(db: Pick<Kysely<DB>, 'executeQuery'>, params: P): Promise<R | undefined> {
    return (await this.execute(db, params)).rows[0];
  }
}

/**
 * Whether a compiled query only reads: a SELECT built with Kysely whose common table expressions
 * are SELECTs too. Raw SQL counts as a write, whatever it says: only the builder's tree is sure.
 * (The hot path calls no volatile functions with side effects in its SELECTs.)
 */
function changesNothing(node: OperationNode): boolean {
  if (!SelectQueryNode.is(node)) return false;
  return (node.with?.expressions ?? []).every((cte) => changesNothing(cte.expression));
}

/**
 * Builds `build(param)` once. `param('x')` stands for the value of `params.x` at execution; use
 * it wherever Kysely would send a value as a parameter (never inside `sql.lit` or `sql.raw`).
 */
/** How a prepared statement's builder names its parameters: `p('tenantId')`. */
export type Param<P> = <K extends keyof P>(key: K) => P[K];

export function prepare<P, R>(
  name: string,
  build: (db: Kysely<DB>, param: Param<P>) => Compilable<R> | RawBuilder<R>,
): PreparedQuery<P, R> {
  const param = <K extends keyof P>(key: K) => `${MARK}${String(key)}` as unknown as P[K];
  const query = build(compiler, param);
  const compiled = 'isRawBuilder' in query ? query.compile(compiler) : query.compile();
  if (compiled.sql.includes(MARK)) throw new Error(`prepare(${name}): a parameter ended up inside the SQL text`);
  const slots = compiled.parameters.map((value): Slot<P> =>
    typeof value === 'string' && value.startsWith(MARK) ? { name: value.slice(MARK.length) as keyof P } : { value },
  );
  if (statementNames.has(compiled.sql) || [...statementNames.values()].includes(name)) {
    if (statementNames.get(compiled.sql) !== name) throw new Error(`prepare(${name}): name or SQL already registered`);
  }
  statementNames.set(compiled.sql, name);
  return new PreparedQuery<P, R>(name, compiled, slots);
}
