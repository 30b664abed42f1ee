import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountBalance,
  createApiToken,
  createOffer,
  createPass,
  createProvider,
  createTenant,
  createUser,
  loginStaff,
} from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * The pass organisation decides, per offer, who bears the discount (the provider, a credit
 * scheme's fund or the actiebudget) and whether holders may pay there from pass credit.
 */
const API = '/api/v1';
let ctx: TestContext;
let provider: Awaited<ReturnType<typeof createProvider>>;
let admin: string;
let providerAdmin: string;
let till: Record<string, string>;
let scheme: { id: string; name: string };

const put = (offerId: string, payload: Record<string, unknown>, cookie = admin) =>
  ctx.app.inject({ method: 'PUT', url: `${API}/admin/offers/${offerId}/payment-rules`, headers: { cookie }, payload });
const rulesOf = async (offerId: string) =>
  ctx.database.db
    .selectFrom('offers')
    .select(['payable_from_credit', 'discount_borne_by', 'discount_scheme_id'])
    .where('id', '=', offerId)
    .executeTakeFirstOrThrow();
const balanceOf = (accountId: string) => accountBalance(ctx.database.db, accountId);

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  provider = await createProvider(db, { name: 'Dansschool Regels' });
  till = { authorization: `Bearer ${await createApiToken(db, provider.id)}` };
  await createUser(db, { role: 'org_admin', email: 'beheer@regels.test', password: 'beheer-wachtwoord' });
  await createUser(db, {
    role: 'provider_admin',
    email: 'eigenaar@dansschool.test',
    password: 'eigenaar-wachtwoord',
    providerId: provider.id,
  });
  admin = await loginStaff(ctx.app, 'beheer@regels.test', 'beheer-wachtwoord');
  providerAdmin = await loginStaff(ctx.app, 'eigenaar@dansschool.test', 'eigenaar-wachtwoord');
  const response = await ctx.app.inject({
    method: 'POST',
    url: `${API}/credit-schemes`,
    headers: { cookie: admin },
    payload: {
      name: 'Meedoen Dans',
      amountPerPassCents: 5_000,
      validUntil: '2099-07-31',
      spendableOfferCategories: [],
      budgetCents: 100_000,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  scheme = { id: (response.json() as { id: string }).id, name: 'Meedoen Dans' };
});
afterAll(() => ctx.close());

describe('PUT /admin/offers/{offerId}/payment-rules', () => {
  it('lets a scheme fund bear the discount and credit pay, and the next redemption books by it', async () => {
    const offer = await createOffer(ctx.database.db, provider, {
      title: 'Dansles',
      regular_price_cents: 1_000,
      discount_percent: 40,
    });
    const response = await put(offer.id, {
      payableFromCredit: true,
      discountBorneBy: 'scheme',
      discountSchemeId: scheme.id,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      offerId: offer.id,
      payableFromCredit: true,
      discountBorneBy: 'scheme',
      discountScheme: scheme,
    });
    expect(await rulesOf(offer.id)).toEqual({
      payable_from_credit: true,
      discount_borne_by: 'scheme',
      discount_scheme_id: scheme.id,
    });
    const listed = (await ctx.app.inject({ url: `${API}/admin/offers?q=Dansles`, headers: { cookie: admin } })).json();
    expect(listed.items[0].paymentRules).toEqual({
      payableFromCredit: true,
      discountBorneBy: 'scheme',
      discountScheme: scheme,
    });
    const one = await ctx.app.inject({ url: `${API}/admin/offers/${offer.id}`, headers: { cookie: admin } });
    expect(one.json()).toMatchObject({
      id: offer.id,
      title: 'Dansles',
      paymentRules: { discountBorneBy: 'scheme', discountScheme: scheme },
    });

    // The till now pays part from credit and the fund reimburses the provider the discount.
    const pass = await createPass(ctx.database.db);
    const load = await ctx.app.inject({
      method: 'POST',
      url: `${API}/credit-schemes/${scheme.id}/loads`,
      headers: { cookie: admin },
      payload: { passNumber: pass.number, amountCents: 500, reference: 'rules-load' },
    });
    expect(load.statusCode, load.body).toBe(201);
    const fund = await ctx.database.db
      .selectFrom('ledger_accounts')
      .select('id')
      .where('type', '=', 'scheme_fund')
      .where('scheme_id', '=', scheme.id)
      .executeTakeFirstOrThrow();
    const fundBefore = await balanceOf(fund.id);
    const redeemed = await ctx.app.inject({
      method: 'POST',
      url: `${API}/redemptions`,
      headers: till,
      payload: { passIdentifier: pass.number, offerId: offer.id, creditCents: 200 },
    });
    expect(redeemed.statusCode, redeemed.body).toBe(201);
    const row = await ctx.database.db
      .selectFrom('redemptions')
      .select(['credit_cents', 'reimbursed_cents'])
      .where('id', '=', redeemed.json().id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ credit_cents: 200, reimbursed_cents: 400 });
    expect(await balanceOf(fund.id)).toBe(fundBefore - 400);
  });

  it('goes back to the provider bearing the discount and no credit', async () => {
    const offer = await createOffer(ctx.database.db, provider, { title: 'Workshop', payable_from_credit: true });
    expect((await put(offer.id, { payableFromCredit: true, discountBorneBy: 'action_budget' })).json()).toMatchObject({
      discountBorneBy: 'action_budget',
      discountScheme: null,
    });
    const response = await put(offer.id, { payableFromCredit: false, discountBorneBy: 'provider' });
    expect(response.statusCode).toBe(200);
    expect(await rulesOf(offer.id)).toEqual({
      payable_from_credit: false,
      discount_borne_by: 'provider',
      discount_scheme_id: null,
    });
  });

  it('refuses a scheme that is missing, unknown or not wanted, with the field, and changes nothing', async () => {
    const offer = await createOffer(ctx.database.db, provider, { title: 'Proefles' });
    const before = await rulesOf(offer.id);
    const cases: [Record<string, unknown>, string][] = [
      [{ payableFromCredit: true, discountBorneBy: 'scheme' }, 'required'],
      [
        {
          payableFromCredit: true,
          discountBorneBy: 'scheme',
          discountSchemeId: '00000000-0000-4000-8000-000000000000',
        },
        'unknown-scheme',
      ],
      [{ payableFromCredit: true, discountBorneBy: 'action_budget', discountSchemeId: scheme.id }, 'not-allowed'],
    ];
    for (const [body, code] of cases) {
      const response = await put(offer.id, body);
      expect(response.statusCode, code).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().invalidParams).toEqual([expect.objectContaining({ name: 'body.discountSchemeId', code })]);
    }
    const wrongShape = await put(offer.id, { payableFromCredit: 'ja', discountBorneBy: 'gemeente' });
    expect(wrongShape.statusCode).toBe(400);
    expect(
      wrongShape
        .json()
        .invalidParams.map((p: { name: string }) => p.name)
        .sort(),
    ).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^body\.discountBorneBy/),
        expect.stringMatching(/^body\.payableFromCredit/),
      ]),
    );
    expect(await rulesOf(offer.id)).toEqual(before);
  });

  it('is for the pass organisation only', async () => {
    const offer = await createOffer(ctx.database.db, provider, { title: 'Gala' });
    const body = { payableFromCredit: true, discountBorneBy: 'action_budget' };
    expect((await put(offer.id, body, providerAdmin)).statusCode).toBe(403);
    expect(
      (
        await ctx.app.inject({
          method: 'PUT',
          url: `${API}/admin/offers/${offer.id}/payment-rules`,
          headers: till,
          payload: body,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await ctx.app.inject({ method: 'PUT', url: `${API}/admin/offers/${offer.id}/payment-rules`, payload: body }))
        .statusCode,
    ).toBe(401);
    expect((await put('00000000-0000-4000-8000-000000000000', body)).statusCode).toBe(404);
    expect(
      (
        await ctx.app.inject({
          url: `${API}/admin/offers/00000000-0000-4000-8000-000000000000`,
          headers: { cookie: admin },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await ctx.app.inject({ url: `${API}/admin/offers/${offer.id}`, headers: { cookie: providerAdmin } })).statusCode,
    ).toBe(403);
    expect(await rulesOf(offer.id)).toEqual({
      payable_from_credit: false,
      discount_borne_by: 'provider',
      discount_scheme_id: null,
    });
  });
});
