import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/database.ts';
import { formatPassNumber } from '../src/modules/passes/pass-number.ts';
import {
  createApiToken,
  createOffer,
  createPass,
  createProvider,
  createTenant,
  createUser,
  loginResident,
  loginStaff,
  TENANT,
} from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let db: Db;
let adminCookie: string;
const PASSWORD = 'geheim-wachtwoord';
const HOLDERS = ['Anna Bakker', 'Bram Visser', 'Chantal de Boer', 'Daan Smit', 'Eva Mulder'];
const holders: Record<string, { id: string; number: string; holderId: string }> = {};
let bakery: { id: string; name: string; locationId: string };
let pool: { id: string; name: string; locationId: string };

const get = (url: string, headers: Record<string, string> = { cookie: adminCookie }) =>
  ctx.app.inject({ url, headers });

/** The URL of one relation in a Link header, e.g. rel="next". */
function linkTo(header: string | undefined, rel: string): string | undefined {
  return header
    ?.split(',')
    .map((part) => /<([^>]+)>;\s*rel="([^"]+)"/.exec(part.trim()))
    .find((m) => m?.[2] === rel)?.[1];
}

beforeAll(async () => {
  ctx = await createTestApp();
  db = ctx.database.db;
  await createTenant(db);
  for (const [i, name] of HOLDERS.entries()) {
    const pass = await createPass(db, {
      category: i === 1 ? 'low_income' : 'regular',
      status: i === 3 ? 'blocked' : 'active',
      email: `${name.split(' ')[0]!.toLowerCase()}@example.nl`,
    });
    await db
      .updateTable('holders')
      .set({ name, wijk_code: i === 4 ? 'WK047901' : 'WK047912' })
      .where('id', '=', pass.holderId)
      .execute();
    holders[name] = pass;
  }
  await createUser(db, { role: 'org_admin', email: 'beheer@zaanstad.nl', password: PASSWORD });
  await createUser(db, { role: 'resident', email: 'anna@example.nl', holderId: holders['Anna Bakker']!.holderId });

  bakery = await createProvider(db, { name: 'Bakkerij Van der Zaan' });
  await db
    .insertInto('locations')
    .values({
      tenant_id: TENANT,
      provider_id: bakery.id,
      name: 'Filiaal Zuid',
      street: 'Zuiddijk 1',
      postcode: '1501 AA',
      city: 'Zaandam',
      wijk_code: 'WK047901',
    })
    .execute();
  pool = await createProvider(db, { name: 'Zwembad De Zaanstroom' });
  await createUser(db, {
    role: 'provider_admin',
    email: 'eigenaar@bakkerij.example',
    password: PASSWORD,
    providerId: bakery.id,
  });

  const taart = await createOffer(db, bakery, {
    title: 'Appeltaart met 25% korting',
    stock_total: 40,
    stock_remaining: 38,
  });
  await createOffer(db, bakery, {
    title: 'Taart van de week',
    status: 'draft',
    price_type: 'fixed_price',
    fixed_price_cents: 500,
  });
  await createOffer(db, pool, { title: 'Banenzwemmen', price_type: 'free' });
  const redeem = (cancelled: boolean) =>
    db
      .insertInto('redemptions')
      .values({
        tenant_id: TENANT,
        offer_id: taart.id,
        pass_id: holders['Anna Bakker']!.id,
        provider_id: bakery.id,
        price_cents: 750,
        channel: 'seed',
        cancelled_at: cancelled ? new Date() : null,
      })
      .execute();
  await redeem(false);
  await redeem(false);
  await redeem(true);

  adminCookie = await loginStaff(ctx.app, 'beheer@zaanstad.nl', PASSWORD);
});
afterAll(() => ctx.close());

describe('access to /admin', () => {
  it.each(['/api/v1/admin/holders', '/api/v1/admin/providers', '/api/v1/admin/offers'])(
    '%s is for org admins only',
    async (url) => {
      const anonymous = await get(url, {});
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.headers['content-type']).toContain('application/problem+json');
      const others: Record<string, string>[] = [
        { cookie: await loginResident(ctx.app, 'anna@example.nl') },
        { cookie: await loginStaff(ctx.app, 'eigenaar@bakkerij.example', PASSWORD) },
        { authorization: `Bearer ${await createApiToken(db, bakery.id)}` },
      ];
      for (const headers of others) {
        const response = await get(url, headers);
        expect(response.statusCode).toBe(403);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json().type).toMatch(/forbidden$/);
      }
      expect((await get(url)).statusCode).toBe(200);
    },
  );
});

describe('GET /admin/holders', () => {
  it('lists holders with pass number, category, status, validity and wijk, by name', async () => {
    const { items, page } = (await get('/api/v1/admin/holders')).json();
    expect(page.totalItems).toBe(HOLDERS.length);
    expect(items.map((h: { name: string }) => h.name)).toEqual(HOLDERS);
    expect(items[1]).toEqual({
      id: holders['Bram Visser']!.holderId,
      name: 'Bram Visser',
      email: 'bram@example.nl',
      passNumber: formatPassNumber(holders['Bram Visser']!.number),
      category: 'low_income',
      status: 'active',
      validUntil: '2099-12-31',
      wijk: { code: 'WK047912', name: 'Poelenburg' },
    });
    expect(items[3]).toMatchObject({ name: 'Daan Smit', status: 'blocked', category: 'regular' });
    expect(items[4].wijk).toEqual({ code: 'WK047901', name: 'Zaandam-Zuid' });
  });

  it('pages with Link headers that lead through every holder once', async () => {
    const seen: string[] = [];
    let url: string | undefined = '/api/v1/admin/holders?pageSize=2';
    let pages = 0;
    while (url) {
      const response = await get(url);
      expect(response.statusCode).toBe(200);
      expect(response.headers['x-total-count']).toBe(String(HOLDERS.length));
      seen.push(...response.json().items.map((h: { name: string }) => h.name));
      url = linkTo(response.headers.link as string, 'next');
      pages++;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(HOLDERS);
    const first = await get('/api/v1/admin/holders?pageSize=2');
    expect(linkTo(first.headers.link as string, 'last')).toBe('/api/v1/admin/holders?pageSize=2&page=3');
  });

  it('searches by name, e-mail address and pass number (typed with spaces)', async () => {
    const names = async (q: string) =>
      (await get(`/api/v1/admin/holders?q=${encodeURIComponent(q)}`)).json().items.map((h: { name: string }) => h.name);
    expect(await names('de boer')).toEqual(['Chantal de Boer']);
    expect(await names('EVA@example')).toEqual(['Eva Mulder']);
    expect(await names(formatPassNumber(holders['Daan Smit']!.number))).toEqual(['Daan Smit']);
    expect(await names('%')).toEqual([]);
    expect(await names('  ')).toHaveLength(HOLDERS.length);
  });

  it('keeps q in the Link header', async () => {
    const response = await get('/api/v1/admin/holders?q=a&pageSize=1');
    expect(Number(response.headers['x-total-count'])).toBeGreaterThan(1);
    expect(linkTo(response.headers.link as string, 'next')).toBe('/api/v1/admin/holders?q=a&pageSize=1&page=2');
  });

  it('refuses invalid paging with every error at once', async () => {
    const response = await get('/api/v1/admin/holders?page=0&pageSize=1000');
    expect(response.statusCode).toBe(400);
    expect(response.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['querystring.page', 'querystring.pageSize']),
    );
  });
});

describe('GET /admin/providers', () => {
  it('lists providers with counts of locations, offers and standing redemptions', async () => {
    const { items } = (await get('/api/v1/admin/providers')).json();
    expect(items).toEqual([
      {
        id: bakery.id,
        name: 'Bakkerij Van der Zaan',
        kind: 'business',
        locationCount: 2,
        offerCount: 2,
        redemptionCount: 2,
      },
      {
        id: pool.id,
        name: 'Zwembad De Zaanstroom',
        kind: 'business',
        locationCount: 1,
        offerCount: 1,
        redemptionCount: 0,
      },
    ]);
  });

  it('searches by name', async () => {
    const response = await get('/api/v1/admin/providers?q=zwembad');
    expect(response.json().items.map((p: { name: string }) => p.name)).toEqual(['Zwembad De Zaanstroom']);
    expect(response.headers['x-total-count']).toBe('1');
  });
});

describe('GET /admin/offers', () => {
  it('lists offers of every provider, drafts included, with price type, validity and stock', async () => {
    const { items } = (await get('/api/v1/admin/offers')).json();
    expect(items.map((o: { title: string }) => o.title)).toEqual([
      'Appeltaart met 25% korting',
      'Banenzwemmen',
      'Taart van de week',
    ]);
    expect(items[0]).toMatchObject({
      provider: { id: bakery.id, name: 'Bakkerij Van der Zaan' },
      status: 'published',
      priceType: 'percentage_discount',
      validFrom: '2020-01-01',
      validUntil: '2099-12-31',
      stock: { total: 40, remaining: 38 },
    });
    expect(items[1]).toMatchObject({ priceType: 'free', stock: null, provider: { name: 'Zwembad De Zaanstroom' } });
  });

  it('filters by status and searches title and provider name', async () => {
    const titles = async (query: string) =>
      (await get(`/api/v1/admin/offers?${query}`)).json().items.map((o: { title: string }) => o.title);
    expect(await titles('status=draft')).toEqual(['Taart van de week']);
    expect(await titles('status=published&q=taart')).toEqual(['Appeltaart met 25% korting']);
    expect(await titles('q=zaanstroom')).toEqual(['Banenzwemmen']);
    expect(await titles(`providerId=${pool.id}`)).toEqual(['Banenzwemmen']);
    const invalid = await get('/api/v1/admin/offers?status=archived');
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().invalidParams[0].name).toMatch(/^querystring\.status/);
  });
});
