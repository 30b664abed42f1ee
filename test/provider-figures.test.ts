import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createApiToken,
  createOffer,
  createPass,
  createProvider,
  createTenant,
  createUser,
  linkOfferToRoute,
  loginStaff,
} from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * A provider's own figures: redemptions per week and month, turnover, and reach, where every
 * figure about holders is hidden below 10 people ("minder dan 10").
 */
let ctx: TestContext;
let big: { id: string; locationId: string };
let small: { id: string; locationId: string };
let bigAdmin: string;
let smallAdmin: string;

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  big = await createProvider(db, { name: 'Zwembad De Zaanstroom' });
  small = await createProvider(db, { name: 'Kapper Klein' });
  const swim = await createOffer(db, big, { title: 'Banenzwemmen', discount_percent: 50, regular_price_cents: 600 });
  await linkOfferToRoute(db, swim.id, 'route-sport-en-bewegen');
  const cut = await createOffer(db, small, { title: 'Knippen', discount_percent: 20, regular_price_cents: 2000 });
  const bigToken = await createApiToken(db, big.id);
  const smallToken = await createApiToken(db, small.id);
  const redeem = async (token: string, offerId: string, passNumber: string) => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/redemptions',
      headers: { authorization: `Bearer ${token}` },
      payload: { passIdentifier: passNumber, offerId },
    });
    expect(response.statusCode, response.body).toBe(201);
  };
  // Twelve holders swim: ten from Poelenburg, two from Zaandam-Zuid (some of them low-income).
  for (let i = 0; i < 12; i++) {
    const pass = await createPass(db, { category: i % 3 === 0 ? 'low_income' : 'regular' });
    if (i >= 10)
      await db.updateTable('holders').set({ wijk_code: 'WK047901' }).where('id', '=', pass.holderId).execute();
    await redeem(bigToken, swim.id, pass.number);
  }
  // Three holders get a haircut.
  for (let i = 0; i < 3; i++) await redeem(smallToken, cut.id, (await createPass(db)).number);
  await createUser(db, {
    role: 'provider_admin',
    email: 'zwembad@test.demo',
    password: 'geheim-wachtwoord',
    providerId: big.id,
  });
  await createUser(db, {
    role: 'provider_admin',
    email: 'kapper@test.demo',
    password: 'geheim-wachtwoord',
    providerId: small.id,
  });
  bigAdmin = await loginStaff(ctx.app, 'zwembad@test.demo', 'geheim-wachtwoord');
  smallAdmin = await loginStaff(ctx.app, 'kapper@test.demo', 'geheim-wachtwoord');
});
afterAll(() => ctx.close());

const figures = async (providerId: string, cookie: string) => {
  const response = await ctx.app.inject({ url: `/api/v1/providers/${providerId}/figures`, headers: { cookie } });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    redemptions: number;
    redemptionsPerWeek: { redemptions: number }[];
    redemptionsPerMonth: { redemptions: number }[];
    uniqueHolders: { value: number | null; suppressed: boolean };
    reachByWijk: { wijkName: string; holders: { value: number | null; suppressed: boolean } }[];
    reachByRoute: { routeName: string; holders: { value: number | null; suppressed: boolean } }[];
    turnoverCents: number;
  };
};

describe("a provider's own figures", () => {
  it('counts redemptions per week and month, turnover, and holders reached when there are 10 or more', async () => {
    const result = await figures(big.id, bigAdmin);
    expect(result.redemptions).toBe(12);
    expect(result.redemptionsPerWeek.reduce((n, w) => n + w.redemptions, 0)).toBe(12);
    expect(result.redemptionsPerMonth.reduce((n, m) => n + m.redemptions, 0)).toBe(12);
    expect(result.uniqueHolders).toEqual({ value: 12, suppressed: false });
    expect(result.reachByRoute).toEqual([
      {
        routeSlug: 'route-sport-en-bewegen',
        routeName: 'Route voor Sport en Bewegen',
        holders: { value: 12, suppressed: false },
      },
    ]);
    expect(result.turnoverCents).toBeGreaterThan(0);
  });

  it('never shows a figure about fewer than 10 holders', async () => {
    const byWijk = Object.fromEntries(
      (await figures(big.id, bigAdmin)).reachByWijk.map((w) => [w.wijkName, w.holders]),
    );
    expect(byWijk['Zaandam-Zuid']).toEqual({ value: null, suppressed: true, reason: 'fewer-than-10' });
    // Poelenburg's 10 would give Zaandam-Zuid's 2 away next to the total of 12: hidden too, and
    // marked as hidden to protect another figure, not as "fewer than 10".
    expect(byWijk['Poelenburg']).toEqual({ value: null, suppressed: true, reason: 'protects-another' });
    const small3 = await figures(small.id, smallAdmin);
    expect(small3.redemptions).toBe(3);
    expect(small3.uniqueHolders).toEqual({ value: null, suppressed: true, reason: 'fewer-than-10' });
  });

  it('are for the provider’s own admins only', async () => {
    const other = await ctx.app.inject({ url: `/api/v1/providers/${big.id}/figures`, headers: { cookie: smallAdmin } });
    expect(other.statusCode).toBe(403);
    expect((await ctx.app.inject({ url: `/api/v1/providers/${big.id}/figures` })).statusCode).toBe(401);
  });
});
