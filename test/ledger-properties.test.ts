import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/database.ts';
import { expireSchemeTx, loadCreditTx, spendCredit } from '../src/modules/credit/credit.service.ts';
import { checkLedger } from '../src/modules/ledger/ledger-check.ts';
import { reverseEntry } from '../src/modules/ledger/ledger.service.ts';
import { DomainError } from '../src/shared/errors.ts';
import {
  createFundedScheme,
  createPasses,
  createProvider,
  createTenant,
  TENANT,
  type TestPass,
} from './support/fixtures.ts';
import { createTestDatabase } from './support/test-app.ts';

/**
 * Random sequences of loads, payments, expiries and reversals, run against the real ledger and
 * against a small model of it. After every sequence: each operation had the outcome the model
 * predicts, every balance equals the model's, and ledger:check finds every invariant intact
 * (entries sum to zero, cached balances equal their lines, no negative credit, loaded - spent -
 * expired = credit, reversals mirror their entries).
 */

const PASSES = 3;
const BUDGET = 20_000;
const VALID_UNTIL = '2030-07-31';

type Op =
  | { op: 'load'; pass: number; amount: number; ref: number }
  | { op: 'spend'; pass: number; amount: number }
  | { op: 'expire' }
  | { op: 'reverse'; pick: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('load' as const),
      pass: fc.nat(PASSES - 1),
      amount: fc.integer({ min: 1, max: 8_000 }),
      ref: fc.nat(4),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('spend' as const),
      pass: fc.nat(PASSES - 1),
      amount: fc.integer({ min: 1, max: 5_000 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ op: 'expire' as const }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('reverse' as const), pick: fc.nat(1_000) }) },
);

/** What an entry did, in the model: deltas on the fund, the passes' credit and the payable. */
interface Effect {
  fund: number;
  credit: number[];
  payable: number;
}
interface ModelEntry {
  id: string;
  effect: Effect;
  reversible: boolean;
  reversed: boolean;
}

let db: Db;
let drop: () => Promise<void>;
let provider: { id: string };
let run = 0;

beforeAll(async () => {
  const created = await createTestDatabase();
  db = created.database.db;
  drop = created.drop;
  await createTenant(db);
  provider = await createProvider(db);
});
afterAll(async () => {
  await drop();
});

const outcome = async <T>(work: () => Promise<T>): Promise<{ code: string; value?: T }> => {
  try {
    return { code: 'ok', value: await work() };
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code };
    throw error;
  }
};

async function runSequence(ops: Op[]) {
  run++;
  const scheme = await createFundedScheme(db, {
    name: `Property run ${run}`,
    budgetCents: BUDGET,
    validUntil: VALID_UNTIL,
  });
  const passes: TestPass[] = await createPasses(db, PASSES);

  // The model.
  let fund = BUDGET;
  const credit = Array<number>(PASSES).fill(0);
  let payable = 0;
  let today = '2030-01-01';
  const entries: ModelEntry[] = [];
  const loads = new Map<string, { amount: number; entry: string }>();
  const apply = (effect: Effect, sign: 1 | -1) => {
    fund += sign * effect.fund;
    payable += sign * effect.payable;
    effect.credit.forEach((delta, i) => {
      credit[i]! += sign * delta;
    });
  };
  const zero = (): Effect => ({ fund: 0, credit: Array<number>(PASSES).fill(0), payable: 0 });

  for (const [step, op] of ops.entries()) {
    const where = `run ${run} step ${step} ${JSON.stringify(op)}`;
    if (op.op === 'load') {
      const key = `${op.pass}/${op.ref}`;
      const previous = loads.get(key);
      const expected = previous
        ? previous.amount === op.amount
          ? 'ok'
          : 'ledger-reference-conflict'
        : fund < op.amount
          ? 'scheme-budget-exceeded'
          : 'ok';
      const result = await outcome(() =>
        db.transaction().execute((tx) =>
          loadCreditTx(tx, {
            tenantId: TENANT,
            scheme,
            pass: passes[op.pass]!,
            amountCents: op.amount,
            loadReference: `ref-${op.ref}`,
          }),
        ),
      );
      expect(result.code, where).toBe(expected);
      if (result.code === 'ok' && !previous) {
        const effect = zero();
        effect.fund = -op.amount;
        effect.credit[op.pass] = op.amount;
        apply(effect, 1);
        entries.push({ id: result.value!.posted.id, effect, reversible: true, reversed: false });
        loads.set(key, { amount: op.amount, entry: result.value!.posted.id });
      }
      if (result.code === 'ok' && previous) expect(result.value!.posted.created, where).toBe(false);
    } else if (op.op === 'spend') {
      const expected =
        today > VALID_UNTIL ? 'credit-scheme-expired' : credit[op.pass]! < op.amount ? 'credit-insufficient' : 'ok';
      const result = await outcome(() =>
        db.transaction().execute((tx) =>
          spendCredit(tx, {
            tenantId: TENANT,
            schemeId: scheme.id,
            passId: passes[op.pass]!.id,
            providerId: provider.id,
            amountCents: op.amount,
            reference: `run-${run}-spend-${step}`,
            today,
          }),
        ),
      );
      expect(result.code, where).toBe(expected);
      if (result.code === 'ok') {
        const effect = zero();
        effect.credit[op.pass] = -op.amount;
        effect.payable = op.amount;
        apply(effect, 1);
        entries.push({ id: result.value!.id, effect, reversible: true, reversed: false });
      }
    } else if (op.op === 'expire') {
      today = '2030-08-01';
      const before = new Set(
        (
          await db
            .selectFrom('journal_entries')
            .select('id')
            .where('tenant_id', '=', TENANT)
            .where('kind', '=', 'credit_expiry')
            .execute()
        ).map((e) => e.id),
      );
      const result = await outcome(() =>
        db.transaction().execute((tx) => expireSchemeTx(tx, { tenantId: TENANT, scheme, today })),
      );
      expect(result.code, where).toBe('ok');
      const expectedCents = credit.reduce((t, c) => t + c, 0);
      expect(result.value!.expiredCents, where).toBe(expectedCents);
      expect(result.value!.expiredPassCount, where).toBe(credit.filter((c) => c > 0).length);
      const created = await db
        .selectFrom('journal_entries as e')
        .innerJoin('journal_lines as l', (j) =>
          j.onRef('l.tenant_id', '=', 'e.tenant_id').onRef('l.entry_id', '=', 'e.id'),
        )
        .innerJoin('ledger_accounts as a', (j) =>
          j.onRef('a.tenant_id', '=', 'l.tenant_id').onRef('a.id', '=', 'l.account_id'),
        )
        .select(['e.id', 'a.pass_id', 'l.amount_cents'])
        .where('e.tenant_id', '=', TENANT)
        .where('e.kind', '=', 'credit_expiry')
        .where('a.type', '=', 'pass_credit')
        .where('a.scheme_id', '=', scheme.id)
        .execute();
      for (const row of created.filter((r) => !before.has(r.id))) {
        const index = passes.findIndex((p) => p.id === row.pass_id);
        const effect = zero();
        effect.credit[index] = Number(row.amount_cents);
        effect.fund = -Number(row.amount_cents);
        apply(effect, 1);
        entries.push({ id: row.id, effect, reversible: true, reversed: false });
      }
      expect(
        credit.every((c) => c === 0),
        where,
      ).toBe(true);
    } else {
      if (entries.length === 0) continue;
      const target = entries[op.pick % entries.length]!;
      const wouldGoNegative = target.effect.credit.some((delta, i) => credit[i]! - delta < 0);
      const expected = !target.reversible
        ? 'ledger-entry-not-reversible'
        : target.reversed
          ? 'ok'
          : wouldGoNegative
            ? 'credit-insufficient'
            : 'ok';
      const result = await outcome(() =>
        db
          .transaction()
          .execute((tx) => reverseEntry(tx, { tenantId: TENANT, entryId: target.id, reason: 'property test' })),
      );
      expect(result.code, where).toBe(expected);
      if (result.code === 'ok' && !target.reversed) {
        apply(target.effect, -1);
        target.reversed = true;
        entries.push({ id: result.value!.id, effect: target.effect, reversible: false, reversed: false });
      }
    }
  }

  // Every balance equals the model, and ledger:check finds nothing wrong.
  const accounts = await db
    .selectFrom('ledger_accounts')
    .select(['type', 'pass_id', 'balance_cents', 'provider_id'])
    .where('tenant_id', '=', TENANT)
    .where((eb) => eb.or([eb('scheme_id', '=', scheme.id), eb('provider_id', '=', provider.id)]))
    .execute();
  const fundRow = accounts.find((a) => a.type === 'scheme_fund')!;
  expect(Number(fundRow.balance_cents)).toBe(fund);
  passes.forEach((pass, i) => {
    const row = accounts.find((a) => a.type === 'pass_credit' && a.pass_id === pass.id);
    expect(Number(row?.balance_cents ?? 0)).toBe(credit[i]);
    expect(credit[i]).toBeGreaterThanOrEqual(0);
  });
  return payable;
}

describe('ledger invariants over random sequences of operations', () => {
  it('hold after every sequence of loads, payments, expiries and reversals', async () => {
    let payableTotal = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), async (ops) => {
        payableTotal += await runSequence(ops);
        const report = await checkLedger(db, TENANT);
        expect(report.violations).toEqual([]);
        const payableRow = report.trialBalances[0]!.rows.find((r) => r.type === 'provider_payable');
        expect(payableRow?.balanceCents ?? 0).toBe(payableTotal);
      }),
      { numRuns: 30 },
    );
  });
});
