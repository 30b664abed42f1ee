import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLedger } from '../src/modules/ledger/ledger-check.ts';
import { createProvider, createTenant, createUser, loginStaff, TENANT } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * Gift passes: a business buys codes online (test payment provider) or on invoice; no code before
 * the money; the sale is booked as a pass sale with the actiebudget's share; a code gives one
 * pass, once, also when redeemed in parallel (run this file with DATABASE_URL for a real race).
 */
let ctx: TestContext;
let admin: string;
let till: string;
const API = '/api/v1';
let address = 0;
/** A client address of its own per call, so the failed-code limit of one test does not reach another. */
const nextAddress = () => `10.1.${Math.floor(++address / 250)}.${address % 250}`;

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  await db
    .insertInto('pass_prices')
    .values([
      { tenant_id: TENANT, pass_kind: 'adult', price_cents: 2500, action_budget_share_cents: 500 },
      { tenant_id: TENANT, pass_kind: 'child', price_cents: 1000, action_budget_share_cents: 500 },
    ])
    .onConflict((oc) => oc.doNothing())
    .execute();
  const provider = await createProvider(db, { name: 'Bakkerij Race' });
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  await createUser(db, {
    role: 'till_staff',
    email: 'kassa@test.demo',
    password: 'geheim-wachtwoord',
    providerId: provider.id,
  });
  admin = await loginStaff(ctx.app, 'beheer@test.demo', 'geheim-wachtwoord');
  till = await loginStaff(ctx.app, 'kassa@test.demo', 'geheim-wachtwoord');
});
afterAll(async () => {
  await ctx.close();
});

const call = (
  method: 'GET' | 'POST',
  url: string,
  options: { cookie?: string | null; payload?: object; ip?: string } = {},
) =>
  ctx.app.inject({
    method,
    url: `${API}${url}`,
    headers: options.cookie ? { cookie: options.cookie } : {},
    remoteAddress: options.ip ?? nextAddress(),
    ...(options.payload ? { payload: options.payload } : {}),
  });
const typeOf = (body: string) => (JSON.parse(body) as { type: string }).type.split('/').at(-1);
const invalidNames = (body: string) =>
  ((JSON.parse(body) as { invalidParams?: { name: string }[] }).invalidParams ?? []).map((p) => p.name).sort();

interface Order {
  id: string;
  status: string;
  amountCents: number;
  actionBudgetShareCents: number;
  codes: { code: string; status: string; expiresOn: string }[];
}

async function order(body: Record<string, unknown> = {}) {
  const response = await call('POST', '/gift-orders', {
    payload: {
      companyName: 'Albert Heijn Zaandam',
      contactName: 'Mark de Groot',
      email: 'mark@ah-zaandam.test',
      quantity: 3,
      paymentMethod: 'online',
      ...body,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as {
    orderId: string;
    accessToken: string;
    status: string;
    checkoutUrl: string | null;
    amountCents: number;
  };
}

async function paidOrder(quantity = 3) {
  const created = await order({ quantity });
  const paymentId = created.checkoutUrl!.split('/').at(-1)!;
  const paid = await call('POST', `/test-payments/${paymentId}/outcomes`, { payload: { status: 'paid' } });
  expect(paid.statusCode, paid.body).toBe(200);
  const response = await call('GET', `/gift-orders/${created.orderId}?accessToken=${created.accessToken}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Order;
}

const entriesOf = (reference: string) =>
  ctx.database.db
    .selectFrom('journal_entries')
    .select(['id', 'kind'])
    .where('tenant_id', '=', TENANT)
    .where('reference', '=', reference)
    .execute();

describe('buying gift codes', () => {
  it('online: no codes before the payment; then N codes and one pass_sale booking with the actiebudget share', async () => {
    const created = await order({ quantity: 4 });
    expect(created).toMatchObject({ status: 'open', amountCents: 10_000 });
    const before = (
      await call('GET', `/gift-orders/${created.orderId}?accessToken=${created.accessToken}`)
    ).json() as Order;
    expect(before.codes).toEqual([]);
    const paymentId = created.checkoutUrl!.split('/').at(-1)!;
    await call('POST', `/test-payments/${paymentId}/outcomes`, { payload: { status: 'paid' } });
    // The webhook again books nothing twice.
    expect((await call('POST', '/payment-webhooks/test', { payload: { id: paymentId } })).statusCode).toBe(204);
    const after = (
      await call('GET', `/gift-orders/${created.orderId}?accessToken=${created.accessToken}`)
    ).json() as Order;
    expect(after.status).toBe('paid');
    expect(after.actionBudgetShareCents).toBe(2_000);
    expect(after.codes).toHaveLength(4);
    expect(new Set(after.codes.map((c) => c.code)).size).toBe(4);
    expect(
      after.codes.every((c) => /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(c.code) && c.status === 'available'),
    ).toBe(true);
    expect(await entriesOf(created.orderId)).toEqual([expect.objectContaining({ kind: 'pass_sale' })]);
    const lines = await ctx.database.db
      .selectFrom('journal_lines as l')
      .innerJoin('ledger_accounts as a', 'a.id', 'l.account_id')
      .innerJoin('journal_entries as e', 'e.id', 'l.entry_id')
      .select(['a.type', 'l.amount_cents'])
      .where('e.reference', '=', created.orderId)
      .execute();
    const sum = (type: string) => lines.filter((l) => l.type === type).reduce((t, l) => t + Number(l.amount_cents), 0);
    expect(sum('pass_sale_income')).toBe(-10_000);
    expect(sum('action_budget')).toBe(2_000);
    expect((await checkLedger(ctx.database.db)).violations).toEqual([]);
  });

  it('shows the order only with its secret, or to the pass organisation', async () => {
    const created = await order();
    expect((await call('GET', `/gift-orders/${created.orderId}`)).statusCode).toBe(404);
    expect((await call('GET', `/gift-orders/${created.orderId}?accessToken=gift_wrong`)).statusCode).toBe(404);
    expect((await call('GET', `/gift-orders/${created.orderId}`, { cookie: till })).statusCode).toBe(404);
    expect((await call('GET', `/gift-orders/${created.orderId}`, { cookie: admin })).statusCode).toBe(200);
    expect((await call('GET', '/gift-orders', { cookie: till })).statusCode).toBe(403);
    expect((await call('GET', '/gift-orders')).statusCode).toBe(401);
    const list = await call('GET', '/gift-orders', { cookie: admin });
    expect(list.statusCode).toBe(200);
  });

  it('on invoice: codes once the pass organisation confirms the transfer, once per reference', async () => {
    const created = await order({ paymentMethod: 'invoice', quantity: 2, purchaseOrderReference: 'PO-77' });
    expect(created).toMatchObject({ status: 'invoiced', checkoutUrl: null });
    const payload = { bankReference: 'NL-TRANSFER-77', receivedOn: new Date().toISOString().slice(0, 10) };
    expect(
      (await call('POST', `/gift-orders/${created.orderId}/invoice-payments`, { cookie: till, payload })).statusCode,
    ).toBe(403);
    const confirmed = await call('POST', `/gift-orders/${created.orderId}/invoice-payments`, {
      cookie: admin,
      payload,
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect((confirmed.json() as Order).codes).toHaveLength(2);
    const again = await call('POST', `/gift-orders/${created.orderId}/invoice-payments`, { cookie: admin, payload });
    expect(again.statusCode).toBe(200);
    expect((again.json() as Order).codes).toHaveLength(2);
    expect(await entriesOf(created.orderId)).toHaveLength(1);
    const online = await order();
    const wrong = await call('POST', `/gift-orders/${online.orderId}/invoice-payments`, { cookie: admin, payload });
    expect(wrong.statusCode).toBe(409);
    expect(typeOf(wrong.body)).toBe('gift-order-not-invoiced');
  });

  it('names every invalid field of an order', async () => {
    const response = await call('POST', '/gift-orders', {
      payload: { companyName: 'A', contactName: '', email: 'geen-adres', quantity: 0, paymentMethod: 'cash' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(invalidNames(response.body)).toEqual(
      expect.arrayContaining([
        'body.companyName',
        'body.contactName',
        'body.email',
        'body.quantity',
        'body.paymentMethod',
      ]),
    );
  });
});

describe('activating a pass with a gift code', () => {
  const recipient = (n: number) => ({
    name: `Ontvanger ${n}`,
    email: `ontvanger${n}@voorbeeld.test`,
    wijkCode: 'WK047912',
  });

  it('gives a pass and a resident account, once; a used, expired or unknown code each say so', async () => {
    const { codes } = await paidOrder(2);
    const code = codes[0]!.code.toLowerCase().replace(/-/g, ' ');
    const first = await call('POST', '/gift-code-redemptions', { payload: { code, recipient: recipient(1) } });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ holderName: 'Ontvanger 1', passNumber: expect.stringMatching(/^0479/) });
    const user = await ctx.database.db
      .selectFrom('users')
      .select('role')
      .where('email', '=', 'ontvanger1@voorbeeld.test')
      .executeTakeFirst();
    expect(user?.role).toBe('resident');

    const used = await call('POST', '/gift-code-redemptions', { payload: { code, recipient: recipient(2) } });
    expect(used.statusCode).toBe(409);
    expect(typeOf(used.body)).toBe('gift-code-used');

    await ctx.database.db
      .updateTable('gift_codes')
      .set({ expires_on: '2020-01-01' })
      .where('code', '=', codes[1]!.code.replace(/-/g, ''))
      .execute();
    const expired = await call('POST', '/gift-code-redemptions', {
      payload: { code: codes[1]!.code, recipient: recipient(3) },
    });
    expect(expired.statusCode).toBe(410);
    expect(typeOf(expired.body)).toBe('gift-code-expired');

    const unknown = await call('POST', '/gift-code-redemptions', {
      payload: { code: 'AAAA-BBBB-CCCC', recipient: recipient(4) },
    });
    expect(unknown.statusCode).toBe(404);
    expect(typeOf(unknown.body)).toBe('gift-code-unknown');

    const invalid = await call('POST', '/gift-code-redemptions', {
      payload: { code: 'kort', recipient: { name: 'Xu', email: 'x@voorbeeld.test', wijkCode: 'WK999' } },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalidNames(invalid.body)).toEqual(['body.code', 'body.recipient.wijkCode']);
    // Staff do not activate codes.
    expect((await call('POST', '/gift-code-redemptions', { cookie: till, payload: { code } })).statusCode).toBe(403);
  });

  it('stops an address that keeps trying codes that do not work', async () => {
    const ip = '10.9.9.9';
    for (let i = 0; i < 10; i++) {
      const r = await call('POST', '/gift-code-redemptions', {
        ip,
        payload: { code: 'AAAA-BBBB-CCC' + (i % 10), recipient: recipient(100 + i) },
      });
      expect(r.statusCode).toBe(404);
    }
    const blocked = await call('POST', '/gift-code-redemptions', {
      ip,
      payload: { code: 'AAAA-BBBB-CCCC', recipient: recipient(200) },
    });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('redeemed in parallel, one code gives exactly one pass', async () => {
    const { codes } = await paidOrder(1);
    const passesBefore = Number(
      (
        await ctx.database.db
          .selectFrom('passes')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    const attempts = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        call('POST', '/gift-code-redemptions', { payload: { code: codes[0]!.code, recipient: recipient(300 + i) } }),
      ),
    );
    const statuses = attempts.map((a) => a.statusCode).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    const passesAfter = Number(
      (
        await ctx.database.db
          .selectFrom('passes')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(passesAfter - passesBefore).toBe(1);
    // No holder or account was left behind by the attempts that lost.
    const holders = await ctx.database.db
      .selectFrom('holders')
      .select('id')
      .where('email', 'like', 'ontvanger3__@voorbeeld.test')
      .execute();
    expect(holders).toHaveLength(1);
  });
});
