import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOffer, createProvider, createTenant, linkOfferToRoute } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * The showcase: a provider's public profile (story, locations, routes, current offers), "new on
 * the pass", and five offers to try first per wijk. Never a figure about holders.
 */
let ctx: TestContext;
let bakery: { id: string; locationId: string };
let oldShop: { id: string; locationId: string };
let hidden: { id: string; locationId: string };
const API = '/api/v1';

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  bakery = await createProvider(db, { name: 'Bakkerij Van der Zaan' });
  await db
    .updateTable('providers')
    .set({ description: 'Al vier generaties bakken wij in Zaandam.' })
    .where('id', '=', bakery.id)
    .execute();
  const bread = await createOffer(db, bakery, { title: 'Brood met korting' });
  await linkOfferToRoute(db, bread.id, 'verwen-route');
  await createOffer(db, bakery, { title: 'Oud aanbod', valid_until: '2021-01-01' });
  for (let i = 1; i <= 6; i++)
    await createOffer(db, bakery, {
      title: `Proeverij ${i}`,
      ...(i === 6 ? { price_type: 'free', discount_percent: null } : {}),
    });
  oldShop = await createProvider(db, { name: 'Fietsenmaker Oud' });
  // Joined long ago (created_at is the database's: Kysely's types do not let it be set).
  await sql`update providers set created_at = '2020-01-01' where id = ${oldShop.id}`.execute(db);
  await createOffer(db, oldShop, { title: 'Band plakken' });
  hidden = await createProvider(db, { name: 'Zonder aanbod' });
});
afterAll(async () => {
  await ctx.close();
});

const get = (url: string) => ctx.app.inject({ method: 'GET', url: `${API}${url}` });

describe('showcase', () => {
  it("shows a provider's profile with its story, locations, routes and current offers only", async () => {
    const response = await get(`/provider-profiles/${bakery.id}`);
    expect(response.statusCode).toBe(200);
    const profile = response.json();
    expect(profile).toMatchObject({
      name: 'Bakkerij Van der Zaan',
      story: 'Al vier generaties bakken wij in Zaandam.',
    });
    expect(profile.locations[0].wijk).toEqual({ code: 'WK047912', name: 'Poelenburg' });
    expect(profile.routes).toEqual([{ slug: 'verwen-route', name: 'Verwen Route' }]);
    const titles = profile.offers.map((o: { title: string }) => o.title);
    expect(titles).toContain('Brood met korting');
    expect(titles).not.toContain('Oud aanbod');
  });

  it('has no public profile for a provider without a current offer, or an unknown one', async () => {
    expect((await get(`/provider-profiles/${hidden.id}`)).statusCode).toBe(404);
    expect((await get('/provider-profiles/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await get('/provider-profiles/geen-id')).statusCode).toBe(400);
  });

  it('shows providers new on the pass, not those that joined long ago or have no offer', async () => {
    const names = (await get('/new-providers')).json().items.map((p: { name: string }) => p.name);
    expect(names).toContain('Bakkerij Van der Zaan');
    expect(names).not.toContain('Fietsenmaker Oud');
    expect(names).not.toContain('Zonder aanbod');
  });

  it('gives five offers to try first in a wijk, free ones first', async () => {
    const response = await get('/starter-offers?wijk=WK047912');
    expect(response.statusCode).toBe(200);
    const items = response.json().items;
    expect(items).toHaveLength(5);
    expect(items[0]).toMatchObject({ title: 'Proeverij 6', isFree: true });
    expect((await get('/starter-offers?wijk=WK047901')).json().items).toEqual([]);
    expect((await get('/starter-offers')).statusCode).toBe(400);
  });
});
