import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/database.ts';
import { checkLedger } from '../src/modules/ledger/ledger-check.ts';
import { ensureAccount, municipalityBank, postEntry, reverseEntry } from '../src/modules/ledger/ledger.service.ts';
import { loadCreditTx, spendCredit, type Scheme } from '../src/modules/credit/credit.service.ts';
import { DomainError } from '../src/shared/errors.ts';
import {
  accountBalance,
  createFundedScheme,
  createPass,
  createProvider,
  createTenant,
  TENANT,
} from './support/fixtures.ts';
import { createTestDatabase } from './support/test-app.ts';

let db: Db;
let drop: () => Promise<void>;

beforeAll(async () => {
  const created = await createTestDatabase();
  db = created.database.db;
  drop = created.drop;
  await createTenant(db);
  await createTenant(db, 'wormerland');
});
afterAll(async () => {
  await drop();
});

const newScheme = (name: string, budgetCents: number, validUntil = '2099-07-31'): Promise<Scheme> =>
  createFundedScheme(db, { name, budgetCents, validUntil });

const balanceOf = (accountId: string) => accountBalance(db, accountId);

const codeOf = async (work: Promise<unknown>) => {
  try {
    await work;
    return 'ok';
  } catch (error) {
    return error instanceof DomainError
      ? error.code
      : `db:${(error as { code?: string }).code ?? (error as Error).message}`;
  }
};

describe('the database refuses what the ledger forbids', () => {
  let entryId: string;

  beforeAll(async () => {
    const scheme = await newScheme('Refusals', 10_000);
    const entry = await db
      .selectFrom('journal_entries')
      .select('id')
      .where('tenant_id', '=', TENANT)
      .where('kind', '=', 'scheme_funding')
      .where('reference', '=', `${scheme.id}/budget`)
      .executeTakeFirstOrThrow();
    entryId = entry.id;
  });

  it('refuses to update or delete a journal line or entry, or to empty the tables', async () => {
    for (const statement of [
      sql`update journal_lines set amount_cents = amount_cents * 2 where tenant_id = ${TENANT} and entry_id = ${entryId}`,
      sql`delete from journal_lines where tenant_id = ${TENANT} and entry_id = ${entryId}`,
      sql`update journal_entries set description = 'changed' where tenant_id = ${TENANT} and id = ${entryId}`,
      sql`delete from journal_entries where tenant_id = ${TENANT} and id = ${entryId}`,
      // cascade: other tables (settlement lines) reference the journal; the trigger must still refuse.
      sql`truncate journal_lines cascade`,
    ]) {
      await expect(statement.execute(db)).rejects.toThrow(/append-only/);
    }
    const lines = await db.selectFrom('journal_lines').select('amount_cents').where('entry_id', '=', entryId).execute();
    expect(lines.map((l) => Number(l.amount_cents)).sort((a, b) => a - b)).toEqual([-10_000, 10_000]);
  });

  it('refuses an unbalanced entry when the transaction commits, and an entry without lines', async () => {
    const bank = await municipalityBank(db, TENANT);
    const budget = await ensureAccount(db, TENANT, 'action_budget', {}, 'Actiebudget');
    const before = await db
      .selectFrom('journal_entries')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();

    const unbalanced = db.transaction().execute(async (tx) => {
      const entry = await tx
        .insertInto('journal_entries')
        .values({
          tenant_id: TENANT,
          kind: 'test',
          reference: 'unbalanced',
          reverses_entry_id: null,
          recorded_by: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('journal_lines')
        .values([
          { tenant_id: TENANT, entry_id: entry.id, line_no: 1, account_id: bank.id, amount_cents: -500 },
          { tenant_id: TENANT, entry_id: entry.id, line_no: 2, account_id: budget.id, amount_cents: 499 },
        ])
        .execute();
      // Inside the transaction nothing objects yet: the check is deferred to the commit.
    });
    await expect(unbalanced).rejects.toThrow(/does not balance/);

    const empty = db.transaction().execute(async (tx) => {
      await tx
        .insertInto('journal_entries')
        .values({ tenant_id: TENANT, kind: 'test', reference: 'empty', reverses_entry_id: null, recorded_by: null })
        .execute();
    });
    await expect(empty).rejects.toThrow(/at least two/);

    const zeroLine = db.transaction().execute(async (tx) => {
      const entry = await tx
        .insertInto('journal_entries')
        .values({ tenant_id: TENANT, kind: 'test', reference: 'zero', reverses_entry_id: null, recorded_by: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('journal_lines')
        .values({ tenant_id: TENANT, entry_id: entry.id, line_no: 1, account_id: bank.id, amount_cents: 0 })
        .execute();
    });
    await expect(zeroLine).rejects.toThrow();

    const after = await db
      .selectFrom('journal_entries')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('refuses negative pass credit in the database itself', async () => {
    const scheme = await newScheme('Check constraint', 1_000);
    const pass = await createPass(db);
    const { creditAccountId } = await db
      .transaction()
      .execute((tx) => loadCreditTx(tx, { tenantId: TENANT, scheme, pass, amountCents: 300, loadReference: 'one' }));
    await expect(
      sql`update ledger_accounts set balance_cents = -1 where tenant_id = ${TENANT} and id = ${creditAccountId}`.execute(
        db,
      ),
    ).rejects.toThrow(/pass_credit_not_negative/);
  });

  it('refuses a line on an account of another municipality (foreign key includes the tenant)', async () => {
    const foreign = await municipalityBank(db, 'wormerland');
    const bank = await municipalityBank(db, TENANT);
    const code = await codeOf(
      db.transaction().execute((tx) =>
        postEntry(tx, {
          tenantId: TENANT,
          kind: 'scheme_funding',
          reference: 'cross-tenant',
          lines: [
            { accountId: bank.id, amountCents: -100 },
            { accountId: foreign.id, amountCents: 100 },
          ],
        }),
      ),
    );
    expect(code).toBe('invalid-input');
    expect(
      await db.selectFrom('journal_entries').select('id').where('reference', '=', 'cross-tenant').executeTakeFirst(),
    ).toBeUndefined();
  });
});

describe('postEntry', () => {
  it('lists every problem of invalid lines and books nothing', async () => {
    const bank = await municipalityBank(db, TENANT);
    const budget = await ensureAccount(db, TENANT, 'action_budget', {}, 'Actiebudget');
    const attempts = [
      [
        { accountId: bank.id, amountCents: -0.5 },
        { accountId: budget.id, amountCents: 0.5 },
      ],
      [
        { accountId: bank.id, amountCents: 0 },
        { accountId: budget.id, amountCents: 0 },
      ],
      [
        { accountId: bank.id, amountCents: -100 },
        { accountId: budget.id, amountCents: 99 },
      ],
      [{ accountId: bank.id, amountCents: 100 }],
    ];
    for (const [i, lines] of attempts.entries()) {
      let error: unknown;
      try {
        await db
          .transaction()
          .execute((tx) =>
            postEntry(tx, { tenantId: TENANT, kind: 'scheme_funding', reference: `invalid-${i}`, lines }),
          );
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('invalid-input');
      expect((error as DomainError).invalidParams!.length).toBeGreaterThanOrEqual(1);
    }
    const zeroBoth = await codeOf(
      db
        .transaction()
        .execute((tx) =>
          postEntry(tx, { tenantId: TENANT, kind: 'scheme_funding', reference: 'z', lines: attempts[1]! }),
        ),
    );
    expect(zeroBoth).toBe('invalid-input');
    const booked = await db
      .selectFrom('journal_entries')
      .select('id')
      .where('reference', 'like', 'invalid-%')
      .execute();
    expect(booked).toEqual([]);
  });

  it('books a business reference once, and refuses the same reference with other amounts', async () => {
    const bank = await municipalityBank(db, TENANT);
    const budget = await ensureAccount(db, TENANT, 'action_budget', {}, 'Actiebudget');
    const before = await balanceOf(budget.id);
    const book = (amount: number) =>
      db.transaction().execute((tx) =>
        postEntry(tx, {
          tenantId: TENANT,
          kind: 'scheme_funding',
          reference: 'once-only',
          lines: [
            { accountId: bank.id, amountCents: -amount },
            { accountId: budget.id, amountCents: amount },
          ],
        }),
      );
    const first = await book(700);
    const again = await book(700);
    expect(first.created).toBe(true);
    expect(again).toMatchObject({ id: first.id, created: false });
    expect(await codeOf(book(701))).toBe('ledger-reference-conflict');
    expect(await balanceOf(budget.id)).toBe(before + 700);
  });

  it('reverses an entry with its mirror image, once; a reversal itself is not reversed', async () => {
    const scheme = await newScheme('Reversals', 5_000);
    const pass = await createPass(db);
    const { posted, creditAccountId } = await db
      .transaction()
      .execute((tx) => loadCreditTx(tx, { tenantId: TENANT, scheme, pass, amountCents: 1_200, loadReference: 'r1' }));
    const reverse = () =>
      db
        .transaction()
        .execute((tx) => reverseEntry(tx, { tenantId: TENANT, entryId: posted.id, reason: 'wrong pass' }));
    const reversal = await reverse();
    expect(reversal.lines.map((l) => l.amountCents).sort((a, b) => a - b)).toEqual([-1_200, 1_200]);
    expect(await reverse()).toMatchObject({ id: reversal.id, created: false });
    expect(await balanceOf(creditAccountId)).toBe(0);
    expect(
      await codeOf(
        db.transaction().execute((tx) => reverseEntry(tx, { tenantId: TENANT, entryId: reversal.id, reason: 'again' })),
      ),
    ).toBe('ledger-entry-not-reversible');
    expect((await checkLedger(db, TENANT)).violations).toEqual([]);
  });

  it('refuses a generic reversal of an entry a business correction already mirrored', async () => {
    const bank = await municipalityBank(db, TENANT);
    const budget = await ensureAccount(db, TENANT, 'action_budget', {}, 'Actiebudget');
    const sale = await db.transaction().execute((tx) =>
      postEntry(tx, {
        tenantId: TENANT,
        kind: 'pass_sale',
        reference: 'order-mirrored',
        lines: [
          { accountId: bank.id, amountCents: 500 },
          { accountId: budget.id, amountCents: -500 },
        ],
      }),
    );
    await db.transaction().execute((tx) =>
      postEntry(tx, {
        tenantId: TENANT,
        kind: 'pass_sale_refund',
        reference: 'order-mirrored',
        reversesEntryId: sale.id,
        lines: [
          { accountId: bank.id, amountCents: -500 },
          { accountId: budget.id, amountCents: 500 },
        ],
      }),
    );
    expect(
      await codeOf(
        db.transaction().execute((tx) => reverseEntry(tx, { tenantId: TENANT, entryId: sale.id, reason: 'twice' })),
      ),
    ).toBe('ledger-entry-not-reversible');
    expect((await checkLedger(db, TENANT)).ok).toBe(true);
  });

  it('refuses to reverse a load whose credit has been spent', async () => {
    const scheme = await newScheme('Spent before reversal', 5_000);
    const pass = await createPass(db);
    const provider = await createProvider(db);
    const { posted } = await db
      .transaction()
      .execute((tx) => loadCreditTx(tx, { tenantId: TENANT, scheme, pass, amountCents: 1_000, loadReference: 'x' }));
    await db.transaction().execute((tx) =>
      spendCredit(tx, {
        tenantId: TENANT,
        schemeId: scheme.id,
        passId: pass.id,
        providerId: provider.id,
        amountCents: 600,
        reference: 'spend-before-reversal',
      }),
    );
    expect(
      await codeOf(
        db
          .transaction()
          .execute((tx) => reverseEntry(tx, { tenantId: TENANT, entryId: posted.id, reason: 'too late' })),
      ),
    ).toBe('credit-insufficient');
    expect((await checkLedger(db, TENANT)).ok).toBe(true);
  });
});

describe('concurrency', () => {
  it('200 parallel payments of EUR 1 from EUR 50 of credit: exactly 50 succeed, the rest are refused', async () => {
    const scheme = await newScheme('Concurrency', 5_000);
    const pass = await createPass(db);
    const provider = await createProvider(db);
    const { creditAccountId } = await db
      .transaction()
      .execute((tx) =>
        loadCreditTx(tx, { tenantId: TENANT, scheme, pass, amountCents: 5_000, loadReference: 'fifty-euros' }),
      );

    const outcomes = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) =>
        db.transaction().execute((tx) =>
          spendCredit(tx, {
            tenantId: TENANT,
            schemeId: scheme.id,
            passId: pass.id,
            providerId: provider.id,
            amountCents: 100,
            reference: `parallel-${i}`,
          }),
        ),
      ),
    );

    const succeeded = outcomes.filter((o) => o.status === 'fulfilled');
    const refusals = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
    expect(succeeded).toHaveLength(50);
    expect(refusals).toHaveLength(150);
    for (const reason of refusals) expect((reason as DomainError).code).toBe('credit-insufficient');
    expect(await balanceOf(creditAccountId)).toBe(0);
    const spends = await db
      .selectFrom('journal_entries')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('tenant_id', '=', TENANT)
      .where('kind', '=', 'credit_spend')
      .where('reference', 'like', 'parallel-%')
      .executeTakeFirstOrThrow();
    expect(Number(spends.n)).toBe(50);
    expect((await checkLedger(db, TENANT)).violations).toEqual([]);
  });
});

describe('ledger:check', () => {
  it('finds a cached balance that drifted from its lines', async () => {
    const bank = await municipalityBank(db, 'wormerland');
    const budget = await ensureAccount(db, 'wormerland', 'action_budget', {}, 'Actiebudget');
    await db.transaction().execute((tx) =>
      postEntry(tx, {
        tenantId: 'wormerland',
        kind: 'scheme_funding',
        reference: 'drift',
        lines: [
          { accountId: bank.id, amountCents: -250 },
          { accountId: budget.id, amountCents: 250 },
        ],
      }),
    );
    expect((await checkLedger(db, 'wormerland')).ok).toBe(true);
    await sql`update ledger_accounts set balance_cents = balance_cents + 1 where tenant_id = 'wormerland' and id = ${budget.id}`.execute(
      db,
    );
    const report = await checkLedger(db, 'wormerland');
    expect(report.ok).toBe(false);
    expect(report.violations.map((v) => v.invariant)).toEqual(['cached-balance-equals-lines']);
    expect(report.trialBalances[0]!.totalCents).toBe(0);
    await sql`update ledger_accounts set balance_cents = balance_cents - 1 where tenant_id = 'wormerland' and id = ${budget.id}`.execute(
      db,
    );
    expect((await checkLedger(db, 'wormerland')).ok).toBe(true);
  });
});
