import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { checkLedger } from '../src/modules/ledger/ledger-check.ts';
import { formatPassNumber } from '../src/modules/passes/pass-number.ts';
import { createPass, createProvider, createTenant, createUser, loginStaff, TENANT } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * Desk sales: desk staff sell and renew passes (pin or cash), booked as pass sales with the
 * actiebudget share; they see only what a sale needs; the day's closing keeps the differences and
 * stops further sales; other roles are refused.
 */
let ctx: TestContext;
let desk: string;
let loneDesk: string;
let admin: string;
let till: string;
const API = '/api/v1';

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
  const point = await db
    .insertInto('sales_points')
    .values({ tenant_id: TENANT, name: 'Bibliotheek Zaandam', kind: 'library' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const user = await createUser(db, { role: 'desk_staff', email: 'balie@test.demo', password: 'geheim-wachtwoord' });
  await db
    .insertInto('sales_point_staff')
    .values({ tenant_id: TENANT, user_id: user.id, sales_point_id: point.id })
    .execute();
  await createUser(db, { role: 'desk_staff', email: 'los@test.demo', password: 'geheim-wachtwoord' });
  const provider = await createProvider(db);
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  await createUser(db, {
    role: 'till_staff',
    email: 'kassa@test.demo',
    password: 'geheim-wachtwoord',
    providerId: provider.id,
  });
  desk = await loginStaff(ctx.app, 'balie@test.demo', 'geheim-wachtwoord');
  loneDesk = await loginStaff(ctx.app, 'los@test.demo', 'geheim-wachtwoord');
  admin = await loginStaff(ctx.app, 'beheer@test.demo', 'geheim-wachtwoord');
  till = await loginStaff(ctx.app, 'kassa@test.demo', 'geheim-wachtwoord');
});
afterAll(async () => {
  await ctx.close();
});

const call = (method: 'GET' | 'POST', url: string, cookie: string | null, payload?: object) =>
  ctx.app.inject({ method, url: `${API}${url}`, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });
const typeOf = (body: string) => (JSON.parse(body) as { type: string }).type.split('/').at(-1);
const invalidNames = (body: string) =>
  ((JSON.parse(body) as { invalidParams?: { name: string }[] }).invalidParams ?? []).map((p) => p.name).sort();
const soon = () => new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
const actionBudget = async () =>
  Number(
    (
      await ctx.database.db
        .selectFrom('ledger_accounts')
        .select('balance_cents')
        .where('tenant_id', '=', TENANT)
        .where('type', '=', 'action_budget')
        .executeTakeFirst()
    )?.balance_cents ?? 0,
  );

describe('the desk', () => {
  it('is refused to other roles, and to desk staff without a sales point', async () => {
    expect((await call('GET', '/desk/today', till)).statusCode).toBe(403);
    expect((await call('GET', '/desk/today', admin)).statusCode).toBe(403);
    expect((await call('GET', '/desk/today', null)).statusCode).toBe(401);
    const lone = await call('GET', '/desk/today', loneDesk);
    expect(lone.statusCode).toBe(403);
    expect(typeOf(lone.body)).toBe('desk-not-assigned');
    expect((await call('GET', '/desk/day-closings', desk)).statusCode).toBe(403);
  });

  it('sells a new pass for cash, once per saleId, booked as a pass sale with the actiebudget share', async () => {
    const budgetBefore = await actionBudget();
    const saleId = randomUUID();
    const body = {
      saleId,
      kind: 'new',
      paymentMethod: 'cash',
      holder: { name: 'Henk Visser', email: 'henk@voorbeeld.test', wijkCode: 'WK047912' },
    };
    const sold = await call('POST', '/desk/sales', desk, body);
    expect(sold.statusCode, sold.body).toBe(201);
    expect(sold.json()).toMatchObject({
      kind: 'new',
      amountCents: 2500,
      holderName: 'Henk Visser',
      paymentMethod: 'cash',
    });
    const again = await call('POST', '/desk/sales', desk, body);
    expect(again.json()).toMatchObject({ passNumber: (sold.json() as { passNumber: string }).passNumber });
    expect(await actionBudget()).toBe(budgetBefore + 500);
    const entries = await ctx.database.db
      .selectFrom('journal_entries')
      .select('kind')
      .where('reference', '=', saleId)
      .execute();
    expect(entries).toEqual([{ kind: 'pass_sale' }]);
    const user = await ctx.database.db
      .selectFrom('users')
      .select('role')
      .where('email', '=', 'henk@voorbeeld.test')
      .executeTakeFirst();
    expect(user?.role).toBe('resident');
    expect((await checkLedger(ctx.database.db)).violations).toEqual([]);
  });

  it('shows the desk only what a renewal needs, and renews a paid pass in its last days by pin', async () => {
    const soon = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const pass = await createPass(ctx.database.db, { validUntil: soon });
    const looked = await call('GET', `/desk/passes/${pass.number}`, desk);
    expect(looked.statusCode, looked.body).toBe(200);
    expect(Object.keys(looked.json() as object).sort()).toEqual([
      'holderName',
      'passNumber',
      'renewable',
      'status',
      'validUntil',
    ]);
    expect(looked.json()).toMatchObject({ renewable: true, validUntil: soon });
    const renewed = await call('POST', '/desk/sales', desk, {
      kind: 'renewal',
      paymentMethod: 'pin',
      passNumber: formatPassNumber(pass.number),
    });
    expect(renewed.statusCode, renewed.body).toBe(201);
    const until = (renewed.json() as { validUntil: string }).validUntil;
    expect(until > soon).toBe(true);
    expect(Number(until.slice(0, 4))).toBe(Number(soon.slice(0, 4)) + 1);
  });

  it('does not renew a free pass or a pass with most of its year left, and names invalid fields', async () => {
    const free = await createPass(ctx.database.db, { category: 'low_income', validUntil: '2020-12-31' });
    const refused = await call('POST', '/desk/sales', desk, {
      kind: 'renewal',
      paymentMethod: 'pin',
      passNumber: free.number,
    });
    expect(refused.statusCode).toBe(409);
    expect(typeOf(refused.body)).toBe('desk-renewal-not-possible');
    // The refusal and the lookup never name the category.
    expect(refused.body).not.toMatch(/low_income|minima|categor/i);
    expect((await call('GET', `/desk/passes/${free.number}`, desk)).body).not.toMatch(/low_income|category/);
    const long = await createPass(ctx.database.db, { validUntil: '2099-12-31' });
    expect(
      (await call('POST', '/desk/sales', desk, { kind: 'renewal', paymentMethod: 'cash', passNumber: long.number }))
        .statusCode,
    ).toBe(409);

    // A replaced pass never comes back: refused like the others, not an error.
    const replaced = await createPass(ctx.database.db, { validUntil: soon() });
    expect((await call('POST', `/passes/${replaced.id}/replacement`, admin, { reason: 'card_lost' })).statusCode).toBe(
      201,
    );
    const again = await call('POST', '/desk/sales', desk, {
      kind: 'renewal',
      paymentMethod: 'pin',
      passNumber: replaced.number,
    });
    expect(again.statusCode, again.body).toBe(409);
    expect(typeOf(again.body)).toBe('desk-renewal-not-possible');

    const invalid = await call('POST', '/desk/sales', desk, {
      kind: 'new',
      paymentMethod: 'cash',
      passNumber: '12345',
      holder: { name: 'Xy', wijkCode: 'WK000000' },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalidNames(invalid.body)).toEqual(['body.holder.wijkCode', 'body.passNumber']);
    const badMethod = await call('POST', '/desk/sales', desk, {
      kind: 'renewal',
      paymentMethod: 'ideal',
      passNumber: '1',
    });
    expect(invalidNames(badMethod.body)).toContain('body.paymentMethod');
  });

  it('closes the day with the differences, refuses a second closing and further sales, and the pass organisation sees it', async () => {
    const today = (await call('GET', '/desk/today', desk)).json() as {
      totals: { cashCents: number; pinCents: number; count: number };
    };
    expect(today.totals).toEqual({ count: 2, cashCents: 2500, pinCents: 2500 });
    const closed = await call('POST', '/desk/day-closings', desk, {
      countedCashCents: 2000,
      pinTerminalCents: 2500,
      note: 'Wisselgeld geteld',
    });
    expect(closed.statusCode, closed.body).toBe(201);
    expect(closed.json()).toMatchObject({ salesCount: 2, cashDifferenceCents: -500, pinDifferenceCents: 0 });
    const twice = await call('POST', '/desk/day-closings', desk, { countedCashCents: 2500, pinTerminalCents: 2500 });
    expect(twice.statusCode).toBe(409);
    const late = await call('POST', '/desk/sales', desk, {
      kind: 'new',
      paymentMethod: 'cash',
      holder: { name: 'Te Laat', wijkCode: 'WK047912' },
    });
    expect(late.statusCode).toBe(409);
    expect(typeOf(late.body)).toBe('desk-day-closed');
    const list = await call('GET', '/desk/day-closings', admin);
    expect(list.json()).toMatchObject({
      items: [{ salesPointName: 'Bibliotheek Zaandam', cashDifferenceCents: -500 }],
    });
  });
});
