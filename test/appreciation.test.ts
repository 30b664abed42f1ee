import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createUser, loginStaff } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * Appreciation passes for volunteers: a quota funded by a sponsor or a municipal budget (never the
 * actiebudget: nothing is booked on it), codes up to the quota, and a volunteer who activates a
 * code into a pass of their own, once. Quota, codes used and cost are visible to both sides.
 */
let ctx: TestContext;
let admin: string;
let staff: string;
let quotaId: string;
const API = '/api/v1';
const PASSWORD = 'een-lang-wachtwoord';
const send = (method: 'GET' | 'POST', url: string, cookie: string | null, payload?: object) =>
  ctx.app.inject({ method, url: `${API}${url}`, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });

beforeAll(async () => {
  ctx = await createTestApp();
  await createTenant(ctx.database.db);
  await createUser(ctx.database.db, { role: 'org_admin', email: 'beheer@test.demo', password: PASSWORD });
  admin = await loginStaff(ctx.app, 'beheer@test.demo', PASSWORD);
  const signUp = await send('POST', '/partners', null, {
    organisation: {
      name: 'Zaankanters voor Elkaar',
      kind: 'volunteer_organisation',
      wijkCode: 'WK047901',
      email: 'info@zve.demo',
    },
    contact: { name: 'Marieke de Boer', email: 'marieke@zve.demo', password: PASSWORD },
  });
  await send('POST', `/partners/${signUp.json().id}/decision`, admin, { approve: true });
  staff = await loginStaff(ctx.app, 'marieke@zve.demo', PASSWORD);
  const quota = await send('POST', '/appreciation-quotas', admin, {
    partnerId: signUp.json().id,
    passes: 2,
    pricePerPassCents: 2_500,
    fundedBy: 'sponsor',
    funderName: 'Rabobank Zaanstreek',
  });
  expect(quota.statusCode, quota.body).toBe(201);
  quotaId = quota.json().id;
});
afterAll(async () => {
  await ctx.close();
});

describe('appreciation passes', () => {
  it('cannot come from the actiebudget, and only the pass organisation gives a quota', async () => {
    const body = {
      partnerId: '00000000-0000-4000-8000-000000000000',
      passes: 5,
      pricePerPassCents: 2_500,
      fundedBy: 'action_budget',
      funderName: 'Actiebudget',
    };
    const refused = await send('POST', '/appreciation-quotas', admin, body);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().invalidParams.map((p: { name: string }) => p.name)).toContain('body.fundedBy');
    expect((await send('POST', '/appreciation-quotas', staff, { ...body, fundedBy: 'sponsor' })).statusCode).toBe(403);
  });

  it('a partner makes codes up to its quota; a volunteer activates one into a pass, once', async () => {
    const first = await send('POST', `/appreciation-quotas/${quotaId}/codes`, staff, { label: 'Henk' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().code).toMatch(/^VRIJ-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect((await send('POST', `/appreciation-quotas/${quotaId}/codes`, staff, {})).statusCode).toBe(201);
    const third = await send('POST', `/appreciation-quotas/${quotaId}/codes`, staff, {});
    expect(third.statusCode).toBe(409);
    expect(third.json().type).toMatch(/appreciation-quota-used$/);

    const activation = {
      code: first.json().code.toLowerCase(),
      name: 'Henk Visser',
      email: 'henk@voorbeeld.demo',
      wijkCode: 'WK047901',
    };
    const activated = await send('POST', '/appreciation-codes/activation', null, activation);
    expect(activated.statusCode, activated.body).toBe(201);
    expect(activated.json().passNumber).toMatch(/^0479\d{9}$/);
    const pass = await ctx.database.db
      .selectFrom('passes')
      .innerJoin('holders', 'holders.id', 'passes.holder_id')
      .select(['passes.category', 'passes.status', 'holders.name'])
      .where('passes.number', '=', activated.json().passNumber)
      .executeTakeFirstOrThrow();
    expect(pass).toEqual({ category: 'regular', status: 'active', name: 'Henk Visser' });
    // The volunteer logs in like every resident, with an e-mail link.
    const link = await send('POST', '/login-links', null, { email: 'henk@voorbeeld.demo' });
    expect(link.statusCode).toBeLessThan(300);

    const again = await send('POST', '/appreciation-codes/activation', null, {
      ...activation,
      email: 'ander@voorbeeld.demo',
    });
    expect(again.json().type).toMatch(/appreciation-code-invalid$/);
    expect(
      (await send('POST', '/appreciation-codes/activation', null, { ...activation, code: 'VRIJ-AAAA-AAAA' }))
        .statusCode,
    ).toBe(404);
  });

  it('shows quota, codes used and cost to the partner and the pass organisation; no actiebudget booking', async () => {
    for (const cookie of [staff, admin]) {
      const [quota] = (await send('GET', '/appreciation-quotas', cookie)).json().items;
      expect(quota).toMatchObject({
        passes: 2,
        codesMade: 2,
        codesUsed: 1,
        costCents: 5_000,
        usedCostCents: 2_500,
        fundedBy: 'sponsor',
      });
    }
    const codes = (await send('GET', `/appreciation-quotas/${quotaId}/codes`, staff)).json().items;
    expect(codes.map((c: { used: boolean }) => c.used).sort()).toEqual([false, true]);
    expect(JSON.stringify(codes)).not.toContain('Henk Visser');
    const budgetLines = await ctx.database.db
      .selectFrom('ledger_accounts')
      .select('balance_cents')
      .where('type', '=', 'action_budget')
      .execute();
    expect(budgetLines.every((a) => Number(a.balance_cents) === 0)).toBe(true);
  });
});
