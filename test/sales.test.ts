import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLedger } from '../src/modules/ledger/ledger-check.ts';
import { todayInNetherlands } from '../src/modules/offers/catalogue-date.ts';
import { isValidPassNumber, normalizePassNumber } from '../src/modules/passes/pass-number.ts';
import { passYearEnd } from '../src/modules/passes/pass-year.ts';
import {
  createPass,
  createTenant,
  createUser,
  loginResident,
  loginStaff,
  TENANT,
  type TestPass,
} from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * Selling passes through the built-in test payment provider: nothing is booked and no pass
 * exists until the provider says the payment is paid, for the order's amount; the webhook is
 * idempotent under replays and concurrency; refunds book the mirror image and block the passes.
 */
let ctx: TestContext;
let admin: string;
let resident: string;
let residentPass: TestPass;
const API = '/api/v1';
const WIJK = 'WK047912';

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  admin = await loginStaff(ctx.app, 'beheer@test.demo', 'geheim-wachtwoord');
  // A resident who already has a valid pass (made before any sale: sales number after it).
  residentPass = await createPass(db, { email: 'jan@test.demo' });
  await createUser(db, { role: 'resident', email: 'jan@test.demo', holderId: residentPass.holderId });
  resident = await loginResident(ctx.app, 'jan@test.demo');
});
afterAll(async () => {
  await ctx.close();
});

const db = () => ctx.database.db;
const post = (url: string, payload?: unknown, cookie?: string) =>
  ctx.app.inject({
    method: 'POST',
    url: `${API}${url}`,
    ...(payload === undefined ? {} : { payload: payload as object }),
    headers: cookie ? { cookie } : {},
  });
const get = (url: string, cookie?: string) =>
  ctx.app.inject({ method: 'GET', url: `${API}${url}`, headers: cookie ? { cookie } : {} });

let buyers = 0;
const newBuyer = () => ({
  name: `Koper ${++buyers}`,
  email: `koper${buyers}-${Math.random().toString(36).slice(2, 7)}@test.demo`,
  wijkCode: WIJK,
});

interface Created {
  orderId: string;
  checkoutUrl: string;
  amountCents: number;
  status: string;
}
async function order(body: Record<string, unknown>, cookie?: string): Promise<Created & { paymentId: string }> {
  const response = await post('/pass-orders', body, cookie);
  expect(response.statusCode, response.body).toBe(201);
  const created = response.json() as Created;
  const paymentId = decodeURIComponent(/^\/testbetaling\/(.+)$/.exec(created.checkoutUrl)![1]!);
  return { ...created, paymentId };
}
const outcome = (paymentId: string, status: 'paid' | 'failed' | 'canceled') =>
  post(`/test-payments/${paymentId}/outcomes`, { status });
const webhook = (paymentId: string, body: Record<string, unknown> = {}) =>
  post('/payment-webhooks/test', { id: paymentId, ...body });

const entriesOf = (reference: string) =>
  db()
    .selectFrom('journal_entries')
    .select(['id', 'kind', 'reverses_entry_id'])
    .where('tenant_id', '=', TENANT)
    .where('reference', '=', reference)
    .execute();
const linesOf = (entryId: string) =>
  db()
    .selectFrom('journal_lines as l')
    .innerJoin('ledger_accounts as a', (j) =>
      j.onRef('a.tenant_id', '=', 'l.tenant_id').onRef('a.id', '=', 'l.account_id'),
    )
    .select(['a.type', 'l.amount_cents'])
    .where('l.entry_id', '=', entryId)
    .execute();
const passesOfOrder = (orderId: string) =>
  db()
    .selectFrom('pass_order_items as i')
    .innerJoin('passes as p', (j) => j.onRef('p.tenant_id', '=', 'i.tenant_id').onRef('p.id', '=', 'i.pass_id'))
    .select([
      'i.pass_kind',
      'p.id',
      'p.number',
      'p.category',
      'p.parent_pass_id',
      'p.status',
      'p.valid_from',
      'p.valid_until',
      'p.holder_id',
    ])
    .where('i.order_id', '=', orderId)
    .orderBy('i.item_no')
    .execute();
const orderRow = (orderId: string) =>
  db().selectFrom('pass_orders').selectAll().where('id', '=', orderId).executeTakeFirstOrThrow();
/** Net amount per account type of the lines of one entry. */
async function netByType(entryId: string) {
  const net: Record<string, number> = {};
  for (const line of await linesOf(entryId)) net[line.type] = (net[line.type] ?? 0) + Number(line.amount_cents);
  return net;
}

describe('prices', () => {
  it("come from the tenant's price table (demo values for zaanstad)", async () => {
    const response = await get('/pass-prices');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      adultPassCents: 2500,
      childPassCents: 1000,
      adultActionBudgetShareCents: 500,
      childActionBudgetShareCents: 500,
      testPayments: true,
    });
  });
});

describe('buying a pass with the test provider', () => {
  it('order → checkout → paid → webhook: passes exist, the sale is booked and balanced, the actiebudget gets its share', async () => {
    const buyer = newBuyer();
    const created = await order({
      buyer,
      children: [
        { name: 'Kind Een', birthDate: '2016-05-01' },
        { name: 'Kind Twee', birthDate: '2019-11-30' },
      ],
    });
    expect(created).toMatchObject({ amountCents: 2500 + 2 * 1000, status: 'open' });

    // Before the payment: an open order, a payment at the provider for exactly its amount, nothing booked, no pass.
    const payment = await get(`/test-payments/${created.paymentId}`);
    expect(payment.json()).toMatchObject({
      amountCents: 4500,
      status: 'open',
      redirectUrl: expect.stringContaining(`/pas-kopen/bestelling/${created.orderId}`),
    });
    expect((await get(`/pass-orders/${created.orderId}`)).json()).toMatchObject({ status: 'open', paidAt: null });
    expect(await entriesOf(created.orderId)).toEqual([]);
    expect(await passesOfOrder(created.orderId)).toEqual([]);

    const paid = await outcome(created.paymentId, 'paid');
    expect(paid.statusCode, paid.body).toBe(200);
    expect(paid.json()).toMatchObject({ status: 'paid' });

    const passes = await passesOfOrder(created.orderId);
    expect(passes.map((p) => [p.pass_kind, p.category, p.status])).toEqual([
      ['adult', 'regular', 'active'],
      ['child', 'child', 'active'],
      ['child', 'child', 'active'],
    ]);
    const [adult, ...children] = passes;
    for (const child of children) expect(child.parent_pass_id).toBe(adult!.id);
    // The default pass year: a calendar year (one that starts in its last 30 days runs to the end of the next).
    const year = { validFrom: todayInNetherlands(), validUntil: passYearEnd('calendar_year', todayInNetherlands()) };
    for (const pass of passes) {
      expect(isValidPassNumber(pass.number)).toBe(true);
      expect([pass.valid_from, pass.valid_until]).toEqual([year.validFrom, year.validUntil]);
    }
    expect(new Set([...passes.map((p) => p.number), residentPass.number]).size).toBe(4);

    // The e-mail says from when to when, the Dutch way ("6 december 2026"), never 2026-12-06.
    const months = 'januari februari maart april mei juni juli augustus september oktober november december'.split(' ');
    const dutch = (date: string) => {
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      return `${d} ${months[m - 1]} ${y}`;
    };
    const mail = await ctx.database.db
      .selectFrom('outbox_messages')
      .select(['subject', 'body_text'])
      .where('to_address', '=', buyer.email)
      .executeTakeFirstOrThrow();
    expect(mail.body_text).toContain(`geldig van ${dutch(year.validFrom)} tot en met ${dutch(year.validUntil)}:`);
    expect(mail.subject + mail.body_text).not.toMatch(/\d{4}-\d{2}-\d{2}/);

    const entries = await entriesOf(created.orderId);
    expect(entries.map((e) => e.kind)).toEqual(['pass_sale']);
    const net = await netByType(entries[0]!.id);
    expect(Object.values(net).reduce((a, b) => a + b, 0)).toBe(0);
    expect(net).toEqual({ municipality_bank: 4500 - 1500, pass_sale_income: -4500, action_budget: 3 * 500 });
    expect(await orderRow(created.orderId)).toMatchObject({ status: 'paid', sale_entry_id: entries[0]!.id });

    // The visitor sees the status; names and numbers only once logged in as the buyer.
    const anonymous = (await get(`/pass-orders/${created.orderId}`)).json();
    expect(anonymous).toMatchObject({ status: 'paid', amountCents: 4500, actionBudgetShareCents: 1500 });
    expect(
      anonymous.items.map((i: { holderName: unknown; passNumber: unknown }) => [i.holderName, i.passNumber]),
    ).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
    const cookie = await loginResident(ctx.app, buyer.email);
    const own = (await get(`/pass-orders/${created.orderId}`, cookie)).json();
    expect(
      own.items.map((i: { holderName: string; passNumber: string }) => [
        i.holderName,
        normalizePassNumber(i.passNumber),
      ]),
    ).toEqual([
      [buyer.name, adult!.number],
      ['Kind Een', children[0]!.number],
      ['Kind Twee', children[1]!.number],
    ]);
    const myPass = (await get('/me/pass', cookie)).json();
    expect(normalizePassNumber(myPass.number)).toBe(adult!.number);
    expect(myPass.children).toHaveLength(2);
    expect((await checkLedger(db(), TENANT)).ok).toBe(true);
  });

  it('a replayed webhook books nothing again, and neither does a status in the body', async () => {
    const created = await order({ buyer: newBuyer() });
    // The webhook never trusts its body: "paid" in it changes nothing while the provider says open.
    expect((await webhook(created.paymentId, { status: 'paid', amount: 2500 })).statusCode).toBe(204);
    expect((await orderRow(created.orderId)).status).toBe('open');
    expect(await entriesOf(created.orderId)).toEqual([]);

    await outcome(created.paymentId, 'paid');
    for (let i = 0; i < 3; i++) expect((await webhook(created.paymentId)).statusCode).toBe(204);
    // Mollie posts its webhook as a form.
    const form = await ctx.app.inject({
      method: 'POST',
      url: `${API}/payment-webhooks/test`,
      payload: `id=${created.paymentId}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.statusCode, form.body).toBe(204);
    expect(await entriesOf(created.orderId)).toHaveLength(1);
    expect(await passesOfOrder(created.orderId)).toHaveLength(1);
  });

  it('the buyer back before the webhook: reading the order asks the provider, and books the same way once', async () => {
    const created = await order({ buyer: newBuyer() });
    await db().updateTable('test_payments').set({ status: 'paid' }).where('id', '=', created.paymentId).execute();
    const reads = await Promise.all(Array.from({ length: 5 }, () => get(`/pass-orders/${created.orderId}`)));
    expect(reads.map((r) => r.json().status)).toEqual(Array(5).fill('paid'));
    expect(await entriesOf(created.orderId)).toHaveLength(1);
    expect(await passesOfOrder(created.orderId)).toHaveLength(1);
    expect((await webhook(created.paymentId)).statusCode).toBe(204);
    expect(await entriesOf(created.orderId)).toHaveLength(1);
  });

  it('20 concurrent webhook calls book once and make the passes once', async () => {
    const created = await order({ buyer: newBuyer(), children: [{ name: 'Kind Drie', birthDate: '2015-01-01' }] });
    // The payment becomes paid at the provider; its webhook calls then arrive all at once.
    await db().updateTable('test_payments').set({ status: 'paid' }).where('id', '=', created.paymentId).execute();
    const responses = await Promise.all(Array.from({ length: 20 }, () => webhook(created.paymentId)));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(204));
    expect(await entriesOf(created.orderId)).toHaveLength(1);
    expect(await passesOfOrder(created.orderId)).toHaveLength(2);
    const children = await db().selectFrom('holders').select('id').where('name', '=', 'Kind Drie').execute();
    expect(children).toHaveLength(1);
    expect((await checkLedger(db(), TENANT)).ok).toBe(true);
  });

  it('concurrent sales of different orders get different pass numbers', async () => {
    const orders = await Promise.all(
      Array.from({ length: 6 }, () =>
        order({ buyer: newBuyer(), children: [{ name: 'Kind Vier', birthDate: '2020-02-02' }] }),
      ),
    );
    await db()
      .updateTable('test_payments')
      .set({ status: 'paid' })
      .where(
        'id',
        'in',
        orders.map((o) => o.paymentId),
      )
      .execute();
    const responses = await Promise.all(orders.map((o) => webhook(o.paymentId)));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(6).fill(204));
    const numbers = (await Promise.all(orders.map((o) => passesOfOrder(o.orderId)))).flat().map((p) => p.number);
    expect(numbers).toHaveLength(12);
    expect(new Set(numbers).size).toBe(12);
  });

  it('a failed or canceled payment books nothing and makes no pass', async () => {
    for (const status of ['failed', 'canceled'] as const) {
      const created = await order({ buyer: newBuyer(), children: [{ name: 'Kind Vijf', birthDate: '2018-03-03' }] });
      const response = await outcome(created.paymentId, status);
      expect(response.statusCode, response.body).toBe(200);
      expect((await webhook(created.paymentId)).statusCode).toBe(204);
      expect((await get(`/pass-orders/${created.orderId}`)).json()).toMatchObject({ status, paidAt: null });
      expect(await entriesOf(created.orderId)).toEqual([]);
      expect(await passesOfOrder(created.orderId)).toEqual([]);
      // The test payment has ended: it cannot be paid afterwards.
      expect((await outcome(created.paymentId, 'paid')).statusCode).toBe(409);
      expect(await entriesOf(created.orderId)).toEqual([]);
    }
  });

  it('refuses a payment reported paid for another amount than the order', async () => {
    const created = await order({ buyer: newBuyer() });
    await db()
      .updateTable('test_payments')
      .set({ status: 'paid', amount_cents: created.amountCents - 1 })
      .where('id', '=', created.paymentId)
      .execute();
    const response = await webhook(created.paymentId);
    expect(response.statusCode).toBe(409);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.json().type).toMatch(/payment-amount-mismatch$/);
    expect((await orderRow(created.orderId)).status).toBe('open');
    expect(await entriesOf(created.orderId)).toEqual([]);
    expect(await passesOfOrder(created.orderId)).toEqual([]);
  });

  it('answers 404 for a payment no order has', async () => {
    const response = await webhook('tst_unknown');
    expect(response.statusCode).toBe(404);
    expect(response.json().type).toMatch(/payment-not-found$/);
  });

  it('a logged-in resident with a valid pass orders child passes linked to it, not a second pass', async () => {
    const twice = await post('/pass-orders', {}, resident);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().type).toMatch(/pass-already-active$/);
    const created = await order(
      { passForSelf: false, children: [{ name: 'Kind Zes', birthDate: '2017-07-07' }] },
      resident,
    );
    expect(created.amountCents).toBe(1000);
    await outcome(created.paymentId, 'paid');
    const [child] = await passesOfOrder(created.orderId);
    expect(child).toMatchObject({ category: 'child', parent_pass_id: residentPass.id });
    expect(await netByType((await entriesOf(created.orderId))[0]!.id)).toEqual({
      municipality_bank: 500,
      pass_sale_income: -1000,
      action_budget: 500,
    });
  });
});

describe('refunds', () => {
  it('pay back, book the mirror image of the sale and block the passes; a second request changes nothing', async () => {
    const created = await order({ buyer: newBuyer(), children: [{ name: 'Kind Zeven', birthDate: '2014-04-04' }] });
    await outcome(created.paymentId, 'paid');
    expect((await post(`/pass-orders/${created.orderId}/refunds`, {}, resident)).statusCode).toBe(403);

    const refund = await post(`/pass-orders/${created.orderId}/refunds`, { reason: 'verhuisd' }, admin);
    expect(refund.statusCode, refund.body).toBe(201);
    expect(refund.json()).toMatchObject({ status: 'refunded', refundedAt: expect.any(String) });
    const [sale, reversal] = await db()
      .selectFrom('journal_entries')
      .select(['id', 'kind', 'reverses_entry_id'])
      .where('reference', '=', created.orderId)
      .orderBy('recorded_at')
      .orderBy('kind')
      .execute();
    expect([sale!.kind, reversal!.kind, reversal!.reverses_entry_id]).toEqual([
      'pass_sale',
      'pass_sale_refund',
      sale!.id,
    ]);
    const saleNet = await netByType(sale!.id);
    const refundNet = await netByType(reversal!.id);
    for (const type of Object.keys(saleNet)) expect(refundNet[type]).toBe(-saleNet[type]!);
    expect((await passesOfOrder(created.orderId)).map((p) => p.status)).toEqual(['blocked', 'blocked']);
    const payment = await db()
      .selectFrom('test_payments')
      .select('refunded_cents')
      .where('id', '=', created.paymentId)
      .executeTakeFirstOrThrow();
    expect(payment.refunded_cents).toBe(created.amountCents);

    const again = await post(`/pass-orders/${created.orderId}/refunds`, {}, admin);
    expect(again.statusCode).toBe(200);
    expect(await entriesOf(created.orderId)).toHaveLength(2);
    // A late webhook of the refunded payment books nothing either.
    expect((await webhook(created.paymentId)).statusCode).toBe(204);
    expect(await entriesOf(created.orderId)).toHaveLength(2);
    expect((await checkLedger(db(), TENANT)).ok).toBe(true);
  });

  it('only a paid order can be refunded', async () => {
    const created = await order({ buyer: newBuyer() });
    const response = await post(`/pass-orders/${created.orderId}/refunds`, {}, admin);
    expect(response.statusCode).toBe(409);
    expect(response.json().type).toMatch(/pass-order-not-refundable$/);
    expect((await post('/pass-orders/00000000-0000-4000-8000-000000000000/refunds', {}, admin)).statusCode).toBe(404);
  });

  it('the pass organisation lists the orders', async () => {
    const list = await get('/admin/pass-orders?status=refunded', admin);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.length).toBeGreaterThanOrEqual(1);
    expect(list.json().items.every((o: { status: string }) => o.status === 'refunded')).toBe(true);
    expect((await get('/admin/pass-orders', resident)).statusCode).toBe(403);
  });
});

describe('bad input gets problem+json and books nothing', () => {
  it('lists every invalid field', async () => {
    const before = await db()
      .selectFrom('pass_orders')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const response = await post('/pass-orders', {
      buyer: { name: 'X', email: 'geen-email', wijkCode: '' },
      children: [{ name: '', birthDate: '2020-13-45' }],
      extra: 1,
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    const names = response.json().invalidParams.map((p: { name: string }) => p.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'body.buyer.name',
        'body.buyer.email',
        'body.buyer.wijkCode',
        'body.children.0.name',
        'body.children.0.birthDate',
        'body.extra',
      ]),
    );

    const rules = await post('/pass-orders', {
      buyer: { ...newBuyer(), wijkCode: 'WK999999' },
      children: [
        { name: 'Te Oud', birthDate: '1990-01-01' },
        { name: 'Nog Niet', birthDate: '2999-01-01' },
      ],
    });
    expect(rules.statusCode).toBe(400);
    expect(rules.json().invalidParams.map((p: { name: string; code: string }) => `${p.name}:${p.code}`)).toEqual(
      expect.arrayContaining([
        'body.buyer.wijkCode:unknown-wijk',
        'body.children.0.birthDate:not-a-child',
        'body.children.1.birthDate:in-future',
      ]),
    );
    const noBuyer = await post('/pass-orders', {});
    expect(noBuyer.statusCode).toBe(400);
    expect(noBuyer.json().invalidParams.map((p: { name: string }) => p.name)).toContain('body.buyer');
    const webhookWithoutId = await post('/payment-webhooks/test', {});
    expect(webhookWithoutId.statusCode).toBe(400);
    expect((await post('/payment-webhooks/paypal', { id: 'x' })).statusCode).toBe(400);

    const after = await db()
      .selectFrom('pass_orders')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('a known e-mail address must log in first', async () => {
    const response = await post('/pass-orders', {
      buyer: { name: 'Jan Jansen', email: 'JAN@test.demo', wijkCode: WIJK },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().type).toMatch(/email-in-use$/);
  });

  it('staff cannot buy passes; an unknown order is 404', async () => {
    expect((await post('/pass-orders', {}, admin)).statusCode).toBe(403);
    const unknown = await get('/pass-orders/00000000-0000-4000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().type).toMatch(/pass-order-not-found$/);
  });
});
