import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkLedger } from '../src/modules/ledger/ledger-check.ts';
import { todayInNetherlands } from '../src/modules/offers/catalogue-date.ts';
import { ibanCheckDigits } from '../src/modules/payouts/iban.ts';
import {
  createApiToken,
  createOffer,
  createPass,
  createProvider,
  createTenant,
  createUser,
  loginStaff,
  TENANT,
  type TestPass,
} from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * Issue 3, "Invariants": random sequences of EVERY money operation, driven through the HTTP API
 * (org admin, the till API tokens of two providers, residents buying passes), checked against a
 * small model of what each call should do and, after every sequence, against the invariants,
 * computed here from the tables and the journal lines with our own SQL (not the code under test):
 *
 * - every entry sums to zero; no pass credit is negative;
 * - per pass and scheme: loaded − spent − expired (reversals counting as the kind they reverse) = its credit;
 * - the actiebudget: in (pass sales, sponsors) − out (grants, reimbursed discounts) = its balance,
 *   also rebuilt from the business tables (orders, receipts, grants, redemptions);
 * - per provider: payable = its redemptions' claims (credit paid + discount reimbursed) − cancelled
 *   claims + grants to it (community centre) − settlements, from the business tables;
 * - checkLedger(db).ok; every balance equals the model; the counts of successful operations equal the rows.
 *
 * Settlement runs need a closed period, so the run is made with the clock (JavaScript Date only)
 * moved a few days ahead: every booking of the real today lies in that closed period.
 */

let ctx: TestContext;
let admin: string;
const API = '/api/v1';
const TODAY = todayInNetherlands();
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const IBAN = (bank: string) => `NL${ibanCheckDigits('NL', bank)}${bank}`;
const NUM_RUNS = Number(process.env.MONEY_RUNS ?? 15);
const MAX_STEPS = 25;

type Ctx = { app: TestContext['app'] };
const call = (
  c: Ctx,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  headers: Record<string, string>,
  payload?: unknown,
) =>
  c.app.inject({
    method,
    url: `${API}${url}`,
    headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
const problem = (r: { statusCode: number; body: string }) =>
  r.statusCode >= 400 ? (JSON.parse(r.body) as { type: string }).type.replace(/.*\//, '') : 'ok';

// ---- operations ---------------------------------------------------------------------------------

type Op =
  | { op: 'load'; pass: number; scheme: number; amount: number }
  | { op: 'redeem'; pass: number; offer: number; creditPart: number }
  | { op: 'cancel'; pick: number }
  | { op: 'sell'; children: number; paid: boolean; replay: boolean }
  | { op: 'refund'; pick: number }
  | { op: 'sponsor'; amount: number }
  | { op: 'grant'; amount: number; toCentre: boolean }
  | { op: 'expire'; scheme: number }
  | { op: 'settle' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('load' as const),
      pass: fc.nat(2),
      scheme: fc.nat(1),
      amount: fc.integer({ min: 1, max: 5_000 }),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant('redeem' as const),
      pass: fc.nat(2),
      offer: fc.nat(3),
      creditPart: fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('cancel' as const), pick: fc.nat(1_000) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('sell' as const),
      children: fc.nat(2),
      paid: fc.boolean(),
      replay: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('refund' as const), pick: fc.nat(1_000) }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('sponsor' as const), amount: fc.integer({ min: 1, max: 20_000 }) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('grant' as const),
      amount: fc.integer({ min: 1, max: 6_000 }),
      toCentre: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('expire' as const), scheme: fc.nat(1) }) },
  { weight: 1, arbitrary: fc.constant({ op: 'settle' as const }) },
);

// ---- the model (global across sequences: the actiebudget and payables are per tenant/provider) ----

const model = {
  actionBudget: 0,
  payable: new Map<string, number>(),
  fund: new Map<string, number>(),
  /** `${schemeId}/${passId}` -> credit */
  credit: new Map<string, number>(),
  counts: {
    loads: 0,
    redemptions: 0,
    cancellations: 0,
    ordersPaid: 0,
    ordersFailed: 0,
    refunds: 0,
    pledges: 0,
    receipts: 0,
    grants: 0,
    runs: 0,
    settlements: 0,
    expiryEntries: 0,
  },
};
const add = (map: Map<string, number>, key: string, delta: number) => map.set(key, (map.get(key) ?? 0) + delta);
let settleDay = 0;
let seq = 0;
/** The passes of each sequence (regular, low income, regular), made before any pass is sold: sales number their passes from a counter the fixtures do not know. */
const passPool: TestPass[][] = [];

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  await db
    .updateTable('tenants')
    .set({ payout_iban: IBAN('BNGH0285170019'), payout_bic: 'BNGHNL2G', payout_account_name: 'Gemeente Zaanstad' })
    .where('id', '=', TENANT)
    .execute();
  await createUser(db, { role: 'org_admin', email: 'beheer@geld.test', password: 'beheer-wachtwoord' });
  admin = await loginStaff(ctx.app, 'beheer@geld.test', 'beheer-wachtwoord');
  for (let i = 0; i < NUM_RUNS; i++)
    passPool.push([await createPass(db), await createPass(db, { category: 'low_income' }), await createPass(db)]);
});
afterAll(async () => {
  vi.useRealTimers();
  await ctx?.close();
});

interface Till {
  providerId: string;
  headers: Record<string, string>;
}
interface Offer {
  id: string;
  till: number;
  fromCredit: boolean;
  bearer: 'provider' | 'scheme' | 'action_budget';
}
interface Redemption {
  id: string;
  till: number;
  offer: Offer;
  split: [string, number][];
  reimbursed: number;
  source: string | null;
  cancelled: boolean;
}
interface Order {
  id: string;
  paid: boolean;
  refunded: boolean;
  share: number;
}

async function runSequence(ops: Op[]) {
  seq++;
  const db = ctx.database.db;
  const adminH = { cookie: admin };

  // Two providers with a till API token each and a bank account set through the API.
  const tills: Till[] = [];
  for (const [i, bank] of ['INGB0001234567', 'RABO0123456789'].entries()) {
    const provider = await createProvider(db, { name: `Aanbieder ${seq}-${i}` });
    const put = await call(ctx, 'PUT', `/providers/${provider.id}/bank-account`, adminH, {
      iban: IBAN(bank),
      accountHolderName: provider.name,
    });
    expect(put.statusCode, put.body).toBe(200);
    tills.push({
      providerId: provider.id,
      headers: { authorization: `Bearer ${await createApiToken(db, provider.id)}` },
    });
    model.payable.set(provider.id, 0);
  }
  // Two schemes with a budget; scheme 0 ends first, so the till spends it first.
  const schemes: { id: string; expired: boolean }[] = [];
  for (const [i, validUntil] of ['2099-06-30', '2099-12-31'].entries()) {
    const r = await call(ctx, 'POST', '/credit-schemes', adminH, {
      name: `Regeling ${seq}-${i}`,
      amountPerPassCents: 5_000,
      validUntil,
      budgetCents: 15_000,
    });
    expect(r.statusCode, r.body).toBe(201);
    schemes.push({ id: r.json().id, expired: false });
    model.fund.set(r.json().id, 15_000);
  }
  // Offers: 20% off EUR 10 (kansentarief EUR 3), with every kind of discount bearer.
  const offerSpecs: Omit<Offer, 'id'>[] = [
    { till: 0, fromCredit: true, bearer: 'scheme' },
    { till: 0, fromCredit: true, bearer: 'action_budget' },
    { till: 1, fromCredit: true, bearer: 'provider' },
    { till: 1, fromCredit: false, bearer: 'action_budget' },
  ];
  const offers: Offer[] = [];
  for (const spec of offerSpecs) {
    const provider = await db
      .selectFrom('locations')
      .select(['id as locationId', 'provider_id as id'])
      .where('provider_id', '=', tills[spec.till]!.providerId)
      .executeTakeFirstOrThrow();
    const o = await createOffer(db, provider, {
      price_type: 'percentage_discount',
      regular_price_cents: 1_000,
      discount_percent: 20,
      reduced_price_cents: 300,
      payable_from_credit: spec.fromCredit,
      discount_borne_by: spec.bearer,
      discount_scheme_id: spec.bearer === 'scheme' ? schemes[0]!.id : null,
    });
    offers.push({ ...spec, id: o.id });
  }
  const passes = passPool[seq - 1]!;
  const priceOf = (pass: number) => (pass === 1 ? 300 : 800);
  const redemptions: Redemption[] = [];
  const orders: Order[] = [];
  const creditKey = (scheme: number, pass: number) => `${schemes[scheme]!.id}/${passes[pass]!.id}`;
  const creditOf = (scheme: number, pass: number) => model.credit.get(creditKey(scheme, pass)) ?? 0;

  for (const [step, op] of ops.entries()) {
    const where = `sequence ${seq} step ${step} ${JSON.stringify(op)}`;
    switch (op.op) {
      case 'load': {
        const scheme = schemes[op.scheme]!;
        const expected = scheme.expired
          ? 'credit-scheme-expired'
          : model.fund.get(scheme.id)! < op.amount
            ? 'scheme-budget-exceeded'
            : 'ok';
        const r = await call(ctx, 'POST', `/credit-schemes/${scheme.id}/loads`, adminH, {
          passNumber: passes[op.pass]!.number,
          amountCents: op.amount,
          reference: `s${seq}-step${step}`,
        });
        expect(problem(r), `${where}: ${r.body}`).toBe(expected);
        if (expected === 'ok') {
          expect(r.statusCode).toBe(201);
          add(model.fund, scheme.id, -op.amount);
          add(model.credit, creditKey(op.scheme, op.pass), op.amount);
          expect(r.json().balanceCents, where).toBe(creditOf(op.scheme, op.pass));
          model.counts.loads++;
        }
        break;
      }
      case 'redeem': {
        const offer = offers[op.offer]!;
        const price = priceOf(op.pass);
        const creditCents = Math.floor(op.creditPart * price);
        const spendable = [0, 1].filter((s) => !schemes[s]!.expired);
        const available = offer.fromCredit ? spendable.reduce((t, s) => t + creditOf(s, op.pass), 0) : 0;
        const expected = creditCents > available ? 'credit-insufficient' : 'ok';
        const r = await call(ctx, 'POST', '/redemptions', tills[offer.till]!.headers, {
          passIdentifier: passes[op.pass]!.number,
          offerId: offer.id,
          ...(creditCents > 0 ? { creditCents } : {}),
        });
        expect(problem(r), `${where}: ${r.body}`).toBe(expected);
        if (expected !== 'ok') break;
        expect(r.json(), where).toMatchObject({ priceCents: price, creditCents, toPayCents: price - creditCents });
        // Credit is spent from the scheme that ends first.
        const split: [string, number][] = [];
        let left = creditCents;
        for (const s of spendable) {
          const take = Math.min(left, creditOf(s, op.pass));
          if (take > 0) {
            split.push([creditKey(s, op.pass), take]);
            add(model.credit, creditKey(s, op.pass), -take);
            left -= take;
          }
        }
        const reimbursed = offer.bearer === 'provider' ? 0 : 1_000 - price;
        const source =
          offer.bearer === 'scheme' ? schemes[0]!.id : offer.bearer === 'action_budget' ? 'action_budget' : null;
        if (source === 'action_budget') model.actionBudget -= reimbursed;
        else if (source) add(model.fund, source, -reimbursed);
        add(model.payable, tills[offer.till]!.providerId, creditCents + reimbursed);
        redemptions.push({ id: r.json().id, till: offer.till, offer, split, reimbursed, source, cancelled: false });
        model.counts.redemptions++;
        break;
      }
      case 'cancel': {
        if (redemptions.length === 0) break;
        const target = redemptions[op.pick % redemptions.length]!;
        const r = await call(ctx, 'POST', `/redemptions/${target.id}/cancellation`, tills[target.till]!.headers);
        expect(r.statusCode, `${where}: ${r.body}`).toBe(200);
        expect(r.json().status).toBe('cancelled');
        if (target.cancelled) break;
        target.cancelled = true;
        for (const [key, amount] of target.split) add(model.credit, key, amount);
        if (target.source === 'action_budget') model.actionBudget += target.reimbursed;
        else if (target.source) add(model.fund, target.source, target.reimbursed);
        add(
          model.payable,
          tills[target.till]!.providerId,
          -(target.split.reduce((t, [, a]) => t + a, 0) + target.reimbursed),
        );
        model.counts.cancellations++;
        break;
      }
      case 'sell': {
        const children = Array.from({ length: op.children }, (_, i) => ({
          name: `Kind ${seq}-${step}-${i}`,
          birthDate: '2016-05-01',
        }));
        const buyer = { name: `Koper ${seq}-${step}`, email: `koper-${seq}-${step}@geld.test`, wijkCode: 'WK047912' };
        const created = await call(ctx, 'POST', '/pass-orders', {}, { buyer, children });
        expect(created.statusCode, `${where}: ${created.body}`).toBe(201);
        const amount = 2_500 + 1_000 * op.children;
        expect(created.json().amountCents, where).toBe(amount);
        const paymentId = decodeURIComponent(/^\/testbetaling\/(.+)$/.exec(created.json().checkoutUrl as string)![1]!);
        const outcome = await call(
          ctx,
          'POST',
          `/test-payments/${paymentId}/outcomes`,
          {},
          { status: op.paid ? 'paid' : 'failed' },
        );
        expect(outcome.statusCode, `${where}: ${outcome.body}`).toBe(200);
        if (op.replay)
          expect((await call(ctx, 'POST', '/payment-webhooks/test', {}, { id: paymentId })).statusCode, where).toBe(
            204,
          );
        const order = (await call(ctx, 'GET', `/pass-orders/${created.json().orderId}`, adminH)).json();
        expect(order.status, where).toBe(op.paid ? 'paid' : 'failed');
        const share = 500 * (1 + op.children);
        if (op.paid) {
          model.actionBudget += share;
          model.counts.ordersPaid++;
        } else model.counts.ordersFailed++;
        orders.push({ id: created.json().orderId, paid: op.paid, refunded: false, share });
        break;
      }
      case 'refund': {
        if (orders.length === 0) break;
        const target = orders[op.pick % orders.length]!;
        const r = await call(ctx, 'POST', `/pass-orders/${target.id}/refunds`, adminH, {});
        expect(problem(r), `${where}: ${r.body}`).toBe(target.paid ? 'ok' : 'pass-order-not-refundable');
        if (!target.paid) break;
        expect(r.statusCode, where).toBe(target.refunded ? 200 : 201);
        expect(r.json().status).toBe('refunded');
        if (!target.refunded) {
          target.refunded = true;
          model.actionBudget -= target.share;
          model.counts.refunds++;
        }
        break;
      }
      case 'sponsor': {
        const pledge = await call(ctx, 'POST', '/sponsor-pledges', adminH, {
          sponsorName: `Sponsor ${seq}-${step}`,
          amountCents: 10_000,
          expectedOn: TODAY,
        });
        expect(pledge.statusCode, `${where}: ${pledge.body}`).toBe(201);
        model.counts.pledges++;
        const receipt = await call(ctx, 'POST', `/sponsor-pledges/${pledge.json().id}/receipts`, adminH, {
          amountCents: op.amount,
          receivedOn: TODAY,
          bankReference: `BANK-${seq}-${step}`,
        });
        expect(receipt.statusCode, `${where}: ${receipt.body}`).toBe(201);
        model.actionBudget += op.amount;
        model.counts.receipts++;
        break;
      }
      case 'grant': {
        const expected = model.actionBudget < op.amount ? 'action-budget-insufficient' : 'ok';
        const r = await call(ctx, 'POST', '/action-budget/grants', adminH, {
          activityName: `Buurtactiviteit ${seq}-${step}`,
          wijkCode: 'WK047912',
          amountCents: op.amount,
          grantedOn: TODAY,
          ...(op.toCentre ? { communityCentreProviderId: tills[1]!.providerId } : {}),
        });
        expect(problem(r), `${where}: ${r.body}`).toBe(expected);
        if (expected !== 'ok') break;
        expect(r.json().actionBudgetBalanceCents, where).toBe(model.actionBudget - op.amount);
        model.actionBudget -= op.amount;
        if (op.toCentre) add(model.payable, tills[1]!.providerId, op.amount);
        model.counts.grants++;
        break;
      }
      case 'expire': {
        const scheme = schemes[op.scheme]!;
        // There is no API to change a scheme's last day: move it into the past in the table.
        await db
          .updateTable('credit_schemes')
          .set({ valid_until: addDays(TODAY, -1) })
          .where('id', '=', scheme.id)
          .execute();
        scheme.expired = true;
        const left = passes.map((_, p) => creditOf(op.scheme, p));
        const r = await call(ctx, 'POST', `/credit-schemes/${scheme.id}/expiry`, adminH);
        expect(r.statusCode, `${where}: ${r.body}`).toBe(200);
        expect(r.json(), where).toMatchObject({
          expiredCents: left.reduce((a, b) => a + b, 0),
          expiredPassCount: left.filter((c) => c > 0).length,
        });
        passes.forEach((_, p) => model.credit.set(creditKey(op.scheme, p), 0));
        add(
          model.fund,
          scheme.id,
          left.reduce((a, b) => a + b, 0),
        );
        model.counts.expiryEntries += left.filter((c) => c > 0).length;
        break;
      }
      case 'settle': {
        // A closed one-day period after today, made "the day after" it: every booking so far lies before its end.
        settleDay++;
        const day = addDays(TODAY, settleDay);
        vi.useFakeTimers({ toFake: ['Date'], now: new Date(`${addDays(day, 1)}T10:00:00Z`) });
        let r;
        try {
          // The admin's session has expired days later: log in again, on the moved clock.
          const later = await loginStaff(ctx.app, 'beheer@geld.test', 'beheer-wachtwoord');
          r = await call(ctx, 'POST', '/settlement-runs', { cookie: later }, { periodStart: day, periodEnd: day });
        } finally {
          vi.useRealTimers();
        }
        expect(r.statusCode, `${where}: ${r.body}`).toBe(201);
        const run = r.json() as {
          settlements: { provider: { id: string }; amountCents: number }[];
          blockedProviders: unknown[];
        };
        const expected = [...model.payable]
          .filter(([, cents]) => cents > 0)
          .map(([id, cents]) => [id, cents])
          .sort();
        expect(run.settlements.map((s) => [s.provider.id, s.amountCents]).sort(), where).toEqual(expected);
        expect(run.blockedProviders, where).toEqual([]);
        for (const [id] of expected) model.payable.set(id as string, 0);
        model.counts.runs++;
        model.counts.settlements += expected.length;
        break;
      }
    }
  }
}

// ---- the invariants, from the tables --------------------------------------------------------------

const n = (v: unknown) => Number(v ?? 0);

async function assertInvariants() {
  const db = ctx.database.db;

  // Every entry sums to zero (and has two lines or more).
  const unbalanced = await sql<{ id: string }>`
    select e.id from journal_entries e left join journal_lines l on l.tenant_id = e.tenant_id and l.entry_id = e.id
    group by e.id having coalesce(sum(l.amount_cents), 0) <> 0 or count(l.line_no) < 2`.execute(db);
  expect(unbalanced.rows, 'entries that do not sum to zero').toEqual([]);

  // Cached balances equal the sum of their lines, for every account.
  const accounts = await sql<{
    id: string;
    type: string;
    provider_id: string | null;
    scheme_id: string | null;
    pass_id: string | null;
    balance_cents: number;
    line_sum: number;
  }>`
    select a.id, a.type, a.provider_id, a.scheme_id, a.pass_id, a.balance_cents, coalesce(sum(l.amount_cents), 0) as line_sum
    from ledger_accounts a left join journal_lines l on l.tenant_id = a.tenant_id and l.account_id = a.id
    where a.tenant_id = ${TENANT} group by a.tenant_id, a.id`.execute(db);
  for (const a of accounts.rows)
    expect(n(a.balance_cents), `${a.type} ${a.id}: cached balance vs lines`).toBe(n(a.line_sum));

  // No pass credit is negative; loaded − spent − expired (+ reversals, as the kind they reverse) = credit.
  const credit = await sql<{
    scheme_id: string;
    pass_id: string;
    balance_cents: number;
    loaded: number;
    spent: number;
    expired: number;
    other: number;
  }>`
    select a.scheme_id, a.pass_id, a.balance_cents,
      coalesce(sum(l.amount_cents) filter (where coalesce(o.kind, e.kind) = 'credit_load'), 0) as loaded,
      -coalesce(sum(l.amount_cents) filter (where coalesce(o.kind, e.kind) in ('credit_spend', 'redemption_credit_payment')), 0) as spent,
      -coalesce(sum(l.amount_cents) filter (where coalesce(o.kind, e.kind) = 'credit_expiry'), 0) as expired,
      coalesce(sum(l.amount_cents) filter (where coalesce(o.kind, e.kind) not in ('credit_load', 'credit_spend', 'redemption_credit_payment', 'credit_expiry')), 0) as other
    from ledger_accounts a
    join journal_lines l on l.tenant_id = a.tenant_id and l.account_id = a.id
    join journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
    left join journal_entries o on e.kind = 'reversal' and o.tenant_id = e.tenant_id and o.id = e.reverses_entry_id
    where a.type = 'pass_credit' and a.tenant_id = ${TENANT}
    group by a.tenant_id, a.id`.execute(db);
  for (const row of credit.rows) {
    const where = `pass credit ${row.scheme_id}/${row.pass_id}`;
    expect(n(row.balance_cents), where).toBeGreaterThanOrEqual(0);
    expect(n(row.loaded) - n(row.spent) - n(row.expired), where).toBe(n(row.balance_cents));
    expect(n(row.other), where).toBe(0);
    expect(n(row.balance_cents), `${where} vs model`).toBe(model.credit.get(`${row.scheme_id}/${row.pass_id}`) ?? 0);
  }
  // Every credit the model knows has its account with that balance.
  for (const [key, cents] of model.credit) {
    const [schemeId, passId] = key.split('/');
    const account = accounts.rows.find(
      (a) => a.type === 'pass_credit' && a.scheme_id === schemeId && a.pass_id === passId,
    );
    expect(n(account?.balance_cents), `model credit ${key}`).toBe(cents);
  }
  // Scheme funds equal the model.
  for (const [schemeId, cents] of model.fund) {
    const account = accounts.rows.find((a) => a.type === 'scheme_fund' && a.scheme_id === schemeId);
    expect(n(account?.balance_cents), `scheme fund ${schemeId}`).toBe(cents);
  }

  // The actiebudget: in − out from its lines = its balance = the business tables = the model.
  const budget = accounts.rows.filter((a) => a.type === 'action_budget');
  expect(budget.length).toBeLessThanOrEqual(1);
  const budgetBalance = n(budget[0]?.balance_cents);
  const inOut = await sql<{ in_cents: number; out_cents: number }>`
    select coalesce(sum(l.amount_cents) filter (where l.amount_cents > 0), 0) as in_cents, -coalesce(sum(l.amount_cents) filter (where l.amount_cents < 0), 0) as out_cents
    from journal_lines l join ledger_accounts a on a.tenant_id = l.tenant_id and a.id = l.account_id
    where a.tenant_id = ${TENANT} and a.type = 'action_budget'`.execute(db);
  expect(n(inOut.rows[0]!.in_cents) - n(inOut.rows[0]!.out_cents), 'actiebudget in − out').toBe(budgetBalance);
  const fromTables = await sql<{
    sales: number;
    refunds: number;
    sponsors: number;
    grants: number;
    reimbursed: number;
  }>`
    select
      (select coalesce(sum(action_budget_share_cents), 0) from pass_orders where tenant_id = ${TENANT} and status in ('paid', 'refunded')) as sales,
      (select coalesce(sum(action_budget_share_cents), 0) from pass_orders where tenant_id = ${TENANT} and status = 'refunded') as refunds,
      (select coalesce(sum(amount_cents), 0) from sponsor_receipts where tenant_id = ${TENANT}) as sponsors,
      (select coalesce(sum(amount_cents), 0) from action_budget_grants where tenant_id = ${TENANT}) as grants,
      (select coalesce(sum(r.reimbursed_cents), 0) from redemptions r join offers o on o.tenant_id = r.tenant_id and o.id = r.offer_id
        where r.tenant_id = ${TENANT} and o.discount_borne_by = 'action_budget' and r.cancelled_at is null) as reimbursed`.execute(
    db,
  );
  const t = fromTables.rows[0]!;
  expect(
    n(t.sales) - n(t.refunds) + n(t.sponsors) - n(t.grants) - n(t.reimbursed),
    'actiebudget from the business tables',
  ).toBe(budgetBalance);
  expect(budgetBalance, 'actiebudget vs model').toBe(model.actionBudget);

  // Per provider: payable = claims of its redemptions − cancelled claims + grants to it − settlements.
  const payables = await sql<{
    provider_id: string;
    claims: number;
    cancelled: number;
    grants: number;
    settled: number;
  }>`
    select p.id as provider_id,
      (select coalesce(sum(credit_cents + reimbursed_cents), 0) from redemptions r where r.tenant_id = p.tenant_id and r.provider_id = p.id) as claims,
      (select coalesce(sum(credit_cents + reimbursed_cents), 0) from redemptions r where r.tenant_id = p.tenant_id and r.provider_id = p.id and r.cancelled_at is not null) as cancelled,
      (select coalesce(sum(amount_cents), 0) from action_budget_grants g where g.tenant_id = p.tenant_id and g.provider_id = p.id) as grants,
      (select coalesce(sum(amount_cents), 0) from settlements s where s.tenant_id = p.tenant_id and s.provider_id = p.id) as settled
    from providers p where p.tenant_id = ${TENANT}`.execute(db);
  for (const row of payables.rows) {
    const account = accounts.rows.find((a) => a.type === 'provider_payable' && a.provider_id === row.provider_id);
    const expected = n(row.claims) - n(row.cancelled) + n(row.grants) - n(row.settled);
    expect(
      n(account?.balance_cents),
      `payable of provider ${row.provider_id}: claims ${row.claims} − cancelled ${row.cancelled} + grants ${row.grants} − settled ${row.settled}`,
    ).toBe(expected);
    expect(n(account?.balance_cents), `payable of provider ${row.provider_id} vs model`).toBe(
      model.payable.get(row.provider_id) ?? 0,
    );
  }

  // The model's counts of successful operations equal the rows.
  const count = async (query: ReturnType<typeof sql<{ n: number }>>) => n((await query.execute(db)).rows[0]!.n);
  expect({
    loads: await count(
      sql`select count(*)::int as n from journal_entries where tenant_id = ${TENANT} and kind = 'credit_load'`,
    ),
    redemptions: await count(sql`select count(*)::int as n from redemptions where tenant_id = ${TENANT}`),
    cancellations: await count(
      sql`select count(*)::int as n from redemptions where tenant_id = ${TENANT} and cancelled_at is not null`,
    ),
    ordersPaid: await count(
      sql`select count(*)::int as n from pass_orders where tenant_id = ${TENANT} and status in ('paid', 'refunded')`,
    ),
    ordersFailed: await count(
      sql`select count(*)::int as n from pass_orders where tenant_id = ${TENANT} and status = 'failed'`,
    ),
    refunds: await count(
      sql`select count(*)::int as n from journal_entries where tenant_id = ${TENANT} and kind = 'pass_sale_refund'`,
    ),
    pledges: await count(sql`select count(*)::int as n from sponsor_pledges where tenant_id = ${TENANT}`),
    receipts: await count(
      sql`select count(*)::int as n from journal_entries where tenant_id = ${TENANT} and kind = 'sponsor_contribution'`,
    ),
    grants: await count(
      sql`select count(*)::int as n from journal_entries where tenant_id = ${TENANT} and kind = 'action_budget_grant'`,
    ),
    runs: await count(sql`select count(*)::int as n from settlement_runs where tenant_id = ${TENANT}`),
    settlements: await count(
      sql`select count(*)::int as n from journal_entries where tenant_id = ${TENANT} and kind = 'settlement'`,
    ),
    expiryEntries: await count(
      sql`select count(*)::int as n from journal_entries where tenant_id = ${TENANT} and kind = 'credit_expiry'`,
    ),
  }).toEqual(model.counts);
  // Sold passes exist only for paid orders, and refunded orders' passes are blocked.
  const soldPasses = await sql<{ status: string; passes: number; blocked: number }>`
    select o.status, count(i.pass_id)::int as passes, count(*) filter (where p.status = 'blocked')::int as blocked
    from pass_orders o join pass_order_items i on i.tenant_id = o.tenant_id and i.order_id = o.id
    left join passes p on p.tenant_id = i.tenant_id and p.id = i.pass_id
    where o.tenant_id = ${TENANT} group by o.status`.execute(db);
  for (const row of soldPasses.rows) {
    if (row.status === 'failed') expect(n(row.passes), 'passes of failed orders').toBe(0);
    if (row.status === 'refunded') expect(n(row.blocked), 'blocked passes of refunded orders').toBe(n(row.passes));
  }

  const report = await checkLedger(db, TENANT);
  expect(report.violations).toEqual([]);
  expect(report.ok).toBe(true);
}

describe('money invariants over random sequences of every money operation, through the API', () => {
  it('hold after every sequence: entries balance, credit, actiebudget, payables, ledger:check, and the model', async () => {
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: MAX_STEPS, size: 'max' }), async (ops) => {
        await runSequence(ops);
        await assertInvariants();
      }),
      { numRuns: NUM_RUNS, endOnFailure: true },
    );
    console.info(
      `money invariants: ${NUM_RUNS} sequences in ${Date.now() - started} ms; successful operations: ${JSON.stringify(model.counts)}`,
    );
  }, 180_000);
});
