import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { prepare, runHotStatementsWith, statementNameFor } from './prepared.ts';

const LOOKUP = prepare<{ tenantId: string; number: string }, { id: string }>('test_prepared_lookup', (db, p) =>
  db
    .selectFrom('passes')
    .select('id')
    .where('tenant_id', '=', p('tenantId'))
    .where('number', '=', p('number'))
    .where('status', '=', 'active'),
);

/** Stands for a Kysely instance: records what reaches its executor. */
const fakeDb = () => {
  const executed: { sql: string; parameters: readonly unknown[] }[] = [];
  return {
    executed,
    executeQuery: async (query: { sql: string; parameters: readonly unknown[] }) => {
      executed.push(query);
      return { rows: [{ id: 'via-kysely' }] };
    },
  };
};

describe('prepared hot statements', () => {
  it('fills the named parameters in order and keeps constants, under one statement name', async () => {
    const db = fakeDb();
    expect((await LOOKUP.execute(db as never, { tenantId: 'zaanstad', number: '0479000000018' })).rows).toEqual([
      { id: 'via-kysely' },
    ]);
    expect(db.executed[0]!.parameters).toEqual(['zaanstad', '0479000000018', 'active']);
    expect(statementNameFor(db.executed[0]!.sql)).toBe('test_prepared_lookup');
  });

  it('sends a statement on a database with a runner straight to it, and on anything else (a transaction) through Kysely', async () => {
    const root = fakeDb();
    const transaction = fakeDb();
    const ran: { name: string; values: unknown[]; readOnly: boolean }[] = [];
    runHotStatementsWith(root, async (_sql, values, name, readOnly) => {
      ran.push({ name, values, readOnly });
      return { command: 'SELECT', rowCount: 1, rows: [{ id: 'via-runner' }] };
    });
    expect((await LOOKUP.execute(root as never, { tenantId: 'zaanstad', number: '1' })).rows).toEqual([
      { id: 'via-runner' },
    ]);
    expect(ran).toEqual([{ name: 'test_prepared_lookup', values: ['zaanstad', '1', 'active'], readOnly: true }]);
    expect(root.executed).toHaveLength(0);
    expect((await LOOKUP.execute(transaction as never, { tenantId: 'zaanstad', number: '2' })).rows).toEqual([
      { id: 'via-kysely' },
    ]);
    expect(ran).toHaveLength(1);
  });

  it('calls only a SELECT whose WITH holds only SELECTs read-only: a read may be sent again, a write not', () => {
    expect(LOOKUP.readOnly).toBe(true);
    const withSelect = prepare<{ number: string }, { id: string }>('test_prepared_with_select', (db, p) =>
      db
        .with('found', (qb) => qb.selectFrom('passes').select('id').where('number', '=', p('number')))
        .selectFrom('found')
        .select('id'),
    );
    expect(withSelect.readOnly).toBe(true);
    const withInsert = prepare<{ id: string }, { id: string }>('test_prepared_with_insert', (db, p) =>
      db
        .with('made', (qb) =>
          qb
            .insertInto('routes')
            .values({ tenant_id: 'zaanstad', slug: p('id'), name: 'x', sort_order: 1 })
            .returning('id'),
        )
        .selectFrom('made')
        .select('id'),
    );
    expect(withInsert.readOnly).toBe(false);
    expect(
      prepare<{ id: string }, never>('test_prepared_update', (db, p) =>
        db.updateTable('passes').set({ status: 'blocked' }).where('id', '=', p('id')),
      ).readOnly,
    ).toBe(false);
    expect(prepare('test_prepared_raw_select', () => sql`select 1`).readOnly).toBe(false);
  });

  it('refuses a second statement under a name already taken', () => {
    expect(() => prepare('test_prepared_lookup', () => sql`select 1`)).toThrow(/already registered/);
  });
});
