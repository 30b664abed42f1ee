import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedemptionsRepository } from '../src/modules/redemptions/redemptions.repository.ts';
import { RedemptionsService } from '../src/modules/redemptions/redemptions.service.ts';
import {
  createOffer,
  createPass,
  createProvider,
  createTenant,
  createUser,
  loginResident,
  tillPrincipal,
} from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * A wider taste (seed 004): a holder who opts in sees kinds of offers not tried yet, from their own
 * history only; without the opt-in nothing is suggested, and opting out stops it.
 */
let ctx: TestContext;
let cookie: string;
let otherCookie: string;

type Suggestions = { optedIn: boolean; items: { category: string; offers: { title: string }[] }[] };
const suggestions = async (c: string) =>
  (await ctx.app.inject({ url: '/api/v1/me/taste-suggestions', headers: { cookie: c } })).json() as Suggestions;
const optIn = async (c: string, optedIn: boolean) =>
  ctx.app.inject({
    method: 'PUT',
    url: '/api/v1/me/taste-suggestions/opt-in',
    payload: { optedIn },
    headers: { cookie: c },
  });

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  const provider = await createProvider(db, { name: 'Sportcentrum De Slag' });
  const food = await createOffer(db, provider, { title: 'Lunch met korting', categories: ['eten-en-drinken'] });
  await createOffer(db, provider, { title: 'Proefles zwemmen', categories: ['sport'] });
  const pass = await createPass(db);
  const other = await createPass(db);
  await createUser(db, { role: 'resident', email: 'ayla@test.demo', holderId: pass.holderId });
  await createUser(db, { role: 'resident', email: 'anders@test.demo', holderId: other.holderId });
  // Ayla has had lunch with the pass: food is tried, sport is not.
  const till = new RedemptionsService(new RedemptionsRepository(db), { qrSecret: ctx.config.qrSecret });
  await till.redeem(tillPrincipal(provider.id), { passIdentifier: pass.number, offerId: food.id });
  cookie = await loginResident(ctx.app, 'ayla@test.demo');
  otherCookie = await loginResident(ctx.app, 'anders@test.demo');
});
afterAll(() => ctx.close());

describe('taste suggestions', () => {
  it('suggests nothing without the opt-in', async () => {
    expect(await suggestions(cookie)).toEqual({ optedIn: false, items: [] });
  });

  it('after opting in, suggests kinds not tried yet from the holder’s own history', async () => {
    const response = await optIn(cookie, true);
    expect(response.statusCode).toBe(200);
    const mine = await suggestions(cookie);
    expect(mine.optedIn).toBe(true);
    expect(mine.items.map((i) => i.category)).toEqual(['sport']);
    expect(mine.items[0]!.offers.map((o) => o.title)).toEqual(['Proefles zwemmen']);
    // Another holder, who tried nothing and did not opt in, gets nothing from Ayla's history.
    expect(await suggestions(otherCookie)).toEqual({ optedIn: false, items: [] });
    expect((await optIn(otherCookie, true)).json()).toMatchObject({
      items: [{ category: 'eten-en-drinken' }, { category: 'sport' }].sort((a, b) =>
        a.category.localeCompare(b.category),
      ),
    });
  });

  it('stops after opting out, and refuses anyone but a resident', async () => {
    await optIn(cookie, false);
    expect(await suggestions(cookie)).toEqual({ optedIn: false, items: [] });
    expect((await ctx.app.inject({ url: '/api/v1/me/taste-suggestions' })).statusCode).toBe(401);
  });
});
