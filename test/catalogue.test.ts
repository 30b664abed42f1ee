import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TENANT, createOffer, createProvider, createTenant, linkOfferToRoute } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * The public catalogue: search, filters, paging, detail, routes, categories and wijken,
 * read by an anonymous visitor.
 */
let ctx: TestContext;
const KANSENTARIEF = 111; // a price that must never appear in any catalogue response
const ids: Record<string, string> = {};
/** Titles of the offers a visitor may see; everything else created here must stay hidden. */
const visibleTitles: string[] = [];
let bakery: { id: string; name: string; locationId: string };
let pool: { id: string; name: string; locationId: string };

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  await db
    .insertInto('buurten')
    .values({
      tenant_id: TENANT,
      code: 'BU04791201',
      wijk_code: 'WK047912',
      name: 'Poelenburg-Noord',
      population: 4000,
      geometry: JSON.stringify({ type: 'MultiPolygon', coordinates: [] }),
    })
    .execute();

  bakery = await createProvider(db, { name: 'Bakkerij Van der Zaan', wijkCode: 'WK047912' });
  pool = await createProvider(db, { name: 'Zwembad De Zaanstroom', wijkCode: 'WK047901' });
  const centre = await createProvider(db, { name: 'Buurthuis De Kuil', wijkCode: 'WK047912' });
  // A Stille Kracht: the catalogue highlights its offers.
  await db.updateTable('providers').set({ kind: 'stille_kracht' }).where('id', '=', centre.id).execute();

  const add = async (
    key: string,
    provider: typeof bakery,
    input: Parameters<typeof createOffer>[2],
    visible = true,
  ) => {
    const offer = await createOffer(db, provider, input);
    ids[key] = offer.id;
    if (visible) visibleTitles.push(offer.title);
    return offer;
  };
  await add('appeltaart', bakery, {
    title: 'Appeltaart met 25% korting',
    summary: 'Verse appeltaart uit eigen oven',
    description: 'Een punt appeltaart met slagroom.',
    conditions: 'Op vertoon van de pas.',
    price_type: 'percentage_discount',
    regular_price_cents: 400,
    discount_percent: 25,
    reduced_price_cents: KANSENTARIEF,
    limit_per_pass: 1,
    limit_period: 'pass_year',
    categories: ['eten-en-drinken'],
    target_groups: ['iedereen'],
  });
  await add('verseTaart', bakery, {
    title: 'Verse taart van de dag',
    price_type: 'fixed_price',
    regular_price_cents: 900,
    discount_percent: null,
    fixed_price_cents: 500,
    categories: ['eten-en-drinken'],
  });
  await add('appelgebak', bakery, {
    title: 'Appelgebak met koffie',
    description: 'Koffie met een punt taart naar keuze.',
    price_type: 'free',
    regular_price_cents: null,
    discount_percent: null,
    categories: ['eten-en-drinken'],
  });
  await add('oudeTaart', bakery, { title: 'Oude taart', valid_from: '2020-01-01', valid_until: '2021-01-01' }, false);
  await add('banenzwemmen', pool, {
    title: 'Banenzwemmen',
    summary: 'Elke ochtend vanaf 7 uur',
    price_type: 'amount_off',
    regular_price_cents: 600,
    discount_percent: null,
    amount_off_cents: 200,
    categories: ['sport'],
    target_groups: ['volwassenen'],
  });
  await add('gezin', pool, {
    title: 'Zwemmen voor het hele gezin',
    summary: 'Op zaterdag en zondag',
    regular_price_cents: 1500,
    discount_percent: 50,
    reduced_price_cents: KANSENTARIEF,
    categories: ['sport'],
    target_groups: ['gezinnen', 'kinderen'],
  });
  await add('senioren', pool, { title: 'Zwemmen voor senioren', status: 'draft', categories: ['sport'] }, false);
  for (const title of ['Bioscoopkaartje', 'Fietsreparatie', 'Museumbezoek']) await add(title, centre, { title });

  await linkOfferToRoute(db, ids.appeltaart!, 'verwen-route');
  await linkOfferToRoute(db, ids.oudeTaart!, 'verwen-route');
  for (const key of ['banenzwemmen', 'gezin', 'senioren'])
    await linkOfferToRoute(db, ids[key]!, 'route-sport-en-bewegen');

  // Another municipality's offer matches the search words but is never shown here.
  await createTenant(db, 'elders');
  const elsewhere = await createProvider(db, { tenantId: 'elders', name: 'Zwembad Elders' });
  await createOffer(db, elsewhere, { title: 'Zwemmen in Elders', categories: ['sport'] }, 'elders');
});
afterAll(() => ctx.close());

const get = (url: string) => ctx.app.inject({ method: 'GET', url: `/api/v1${url}` });
const titlesOf = async (url: string) => {
  const response = await get(url);
  expect(response.statusCode).toBe(200);
  return (response.json().items as { title: string }[]).map((item) => item.title);
};
const sorted = (titles: string[]) => [...titles].sort();

describe('GET /offers: search', () => {
  it('finds swimming offers for "zwemmen", also inside the compound word "Banenzwemmen"', async () => {
    expect(sorted(await titlesOf('/offers?q=zwemmen'))).toEqual(['Banenzwemmen', 'Zwemmen voor het hele gezin']);
  });

  it('finds "Appeltaart" for "taart", ranks title matches first and hides ended offers', async () => {
    const titles = await titlesOf('/offers?q=taart');
    expect(sorted(titles)).toEqual(['Appelgebak met koffie', 'Appeltaart met 25% korting', 'Verse taart van de dag']);
    // "Appelgebak" mentions taart only in its description: it comes last, although it sorts first by title.
    expect(titles.at(-1)).toBe('Appelgebak met koffie');
    expect(titles).not.toContain('Oude taart');
  });

  it('matches word prefixes, every word of the query, and the provider name', async () => {
    expect(sorted(await titlesOf('/offers?q=zwem'))).toEqual(['Banenzwemmen', 'Zwemmen voor het hele gezin']);
    expect(await titlesOf('/offers?q=zwemmen%20gezin')).toEqual(['Zwemmen voor het hele gezin']);
    expect(await titlesOf('/offers?q=Zwemmen%20voor%20het%20gezin')).toEqual(['Zwemmen voor het hele gezin']);
    expect(sorted(await titlesOf('/offers?q=zaanstroom'))).toEqual(['Banenzwemmen', 'Zwemmen voor het hele gezin']);
    expect(await titlesOf('/offers?q=xylofoon')).toEqual([]);
  });

  it('treats text-search operators and quotes as plain text', async () => {
    for (const q of ["taart & | ! :* ( ' \\", "'taart'", 'taart:*', '%', '_']) {
      const response = await get(`/offers?q=${encodeURIComponent(q)}`);
      expect(response.statusCode, q).toBe(200);
    }
    expect(await titlesOf(`/offers?q=${encodeURIComponent("appeltaart & | ! ('")}`)).toEqual([
      'Appeltaart met 25% korting',
    ]);
    // '%' and '_' hold no letters: they do not filter, and are not LIKE wildcards either.
    expect((await get('/offers?q=%25')).json().page.totalItems).toBe(visibleTitles.length);
  });
});

describe('GET /offers: filters', () => {
  it('filters by route slug', async () => {
    expect(sorted(await titlesOf('/offers?route=route-sport-en-bewegen'))).toEqual([
      'Banenzwemmen',
      'Zwemmen voor het hele gezin',
    ]);
    expect(await titlesOf('/offers?route=verwen-route')).toEqual(['Appeltaart met 25% korting']);
    expect(await titlesOf('/offers?route=bestaat-niet')).toEqual([]);
  });

  it('filters by wijk through the offer locations', async () => {
    expect(sorted(await titlesOf('/offers?wijk=WK047901'))).toEqual(['Banenzwemmen', 'Zwemmen voor het hele gezin']);
    const poelenburg = await titlesOf('/offers?wijk=WK047912&pageSize=100');
    expect(sorted(poelenburg)).toEqual(
      sorted(visibleTitles.filter((t) => !['Banenzwemmen', 'Zwemmen voor het hele gezin'].includes(t))),
    );
  });

  it('filters by category and by target group', async () => {
    expect(sorted(await titlesOf('/offers?category=eten-en-drinken'))).toEqual([
      'Appelgebak met koffie',
      'Appeltaart met 25% korting',
      'Verse taart van de dag',
    ]);
    expect(sorted(await titlesOf('/offers?category=sport'))).toEqual(['Banenzwemmen', 'Zwemmen voor het hele gezin']);
    expect(await titlesOf('/offers?targetGroup=kinderen')).toEqual(['Zwemmen voor het hele gezin']);
    expect(await titlesOf('/offers?targetGroup=niemand')).toEqual([]);
  });

  it('combines filters and search', async () => {
    expect(await titlesOf('/offers?q=zwemmen&targetGroup=volwassenen')).toEqual(['Banenzwemmen']);
    expect(await titlesOf('/offers?category=sport&wijk=WK047912')).toEqual([]);
    expect(await titlesOf('/offers?q=taart&route=verwen-route&category=eten-en-drinken&wijk=WK047912')).toEqual([
      'Appeltaart met 25% korting',
    ]);
  });

  it("shows neither drafts, nor ended offers, nor another municipality's offers", async () => {
    const all = await titlesOf('/offers?pageSize=100');
    expect(sorted(all)).toEqual(sorted(visibleTitles));
    expect(all).not.toContain('Zwemmen voor senioren');
    expect(all).not.toContain('Oude taart');
    expect(all).not.toContain('Zwemmen in Elders');
  });
});

describe('GET /offers: shape and paging', () => {
  it('describes each offer with provider, prices, routes, wijken and categories', async () => {
    const item = (await get('/offers?q=appeltaart')).json().items[0];
    expect(item).toEqual({
      id: ids.appeltaart,
      title: 'Appeltaart met 25% korting',
      summary: 'Verse appeltaart uit eigen oven',
      provider: { id: bakery.id, name: 'Bakkerij Van der Zaan', stilleKracht: false },
      regularPriceCents: 400,
      passPriceCents: 300,
      routes: [{ slug: 'verwen-route', name: 'Verwen Route' }],
      wijken: [{ code: 'WK047912', name: 'Poelenburg' }],
      categories: ['eten-en-drinken'],
      validUntil: '2099-12-31',
      translations: {},
      validHours: [],
      validNow: true,
    });
    const prices = (await get('/offers?pageSize=100'))
      .json()
      .items.map((o: { title: string; regularPriceCents: number | null; passPriceCents: number | null }) => [
        o.title,
        o.regularPriceCents,
        o.passPriceCents,
      ]);
    expect(prices).toEqual(
      expect.arrayContaining([
        ['Banenzwemmen', 600, 400],
        ['Verse taart van de dag', 900, 500],
        ['Appelgebak met koffie', null, 0],
        ['Zwemmen voor het hele gezin', 1500, 750],
      ]),
    );
  });

  it('marks the offers of a Stille Kracht, so the catalogue card can highlight them', async () => {
    const item = (await get('/offers?q=fietsreparatie')).json().items[0];
    expect(item.provider).toEqual({ id: expect.any(String), name: 'Buurthuis De Kuil', stilleKracht: true });
  });

  it('pages with Link and X-Total-Count headers, in a stable order', async () => {
    const total = visibleTitles.length;
    const pageSize = 3;
    const lastPage = Math.ceil(total / pageSize);
    const all = await titlesOf('/offers?pageSize=100');
    const seen: string[] = [];
    for (let page = 1; page <= lastPage; page++) {
      const response = await get(`/offers?page=${page}&pageSize=${pageSize}`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['x-total-count']).toBe(String(total));
      const body = response.json();
      expect(body.page).toEqual({ page, pageSize, totalItems: total, totalPages: lastPage });
      seen.push(...body.items.map((item: { title: string }) => item.title));
      const link = String(response.headers.link);
      expect(link).toContain(`</api/v1/offers?page=1&pageSize=${pageSize}>; rel="first"`);
      expect(link).toContain(`</api/v1/offers?page=${lastPage}&pageSize=${pageSize}>; rel="last"`);
      if (page > 1) expect(link).toContain(`?page=${page - 1}&pageSize=${pageSize}>; rel="prev"`);
      else expect(link).not.toContain('rel="prev"');
      if (page < lastPage) expect(link).toContain(`?page=${page + 1}&pageSize=${pageSize}>; rel="next"`);
      else expect(link).not.toContain('rel="next"');
    }
    expect(seen).toEqual(all);
    expect(all[0]).toBe(sorted(visibleTitles)[0]);
  });

  it('keeps the filters in the Link header', async () => {
    const response = await get('/offers?q=zwemmen&wijk=WK047901&pageSize=1');
    const next = /<([^>]+)>; rel="next"/.exec(String(response.headers.link))![1]!;
    const params = new URL(next, 'http://localhost').searchParams;
    expect(Object.fromEntries(params)).toEqual({ q: 'zwemmen', wijk: 'WK047901', page: '2', pageSize: '1' });
    const second = await get(next.replace('/api/v1', ''));
    expect(second.json().items).toHaveLength(1);
    expect(second.json().items[0].id).not.toBe(response.json().items[0].id);
  });

  it('answers an empty page past the end, with the right total', async () => {
    const body = (await get('/offers?page=50&pageSize=5')).json();
    expect(body.items).toEqual([]);
    expect(body.page.totalItems).toBe(visibleTitles.length);
  });

  it('refuses invalid paging with problem+json listing every invalid field, and ignores unknown fields', async () => {
    const response = await get('/offers?page=0&pageSize=1000');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const names = response.json().invalidParams.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['querystring.page', 'querystring.pageSize']));
    expect((await get('/offers?pageSize=abc')).statusCode).toBe(400);
    expect((await get(`/offers?q=${'a'.repeat(201)}`)).statusCode).toBe(400);
    expect((await get('/offers?unknownField=1')).statusCode).toBe(200);
  });
});

describe('GET /offers/{offerId}', () => {
  it('shows provider, locations with wijk, routes, conditions, limit and prices', async () => {
    const response = await get(`/offers/${ids.appeltaart}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      id: ids.appeltaart,
      title: 'Appeltaart met 25% korting',
      summary: 'Verse appeltaart uit eigen oven',
      description: 'Een punt appeltaart met slagroom.',
      conditions: 'Op vertoon van de pas.',
      provider: {
        id: bakery.id,
        name: 'Bakkerij Van der Zaan',
        stilleKracht: false,
        kind: 'business',
        website: null,
      },
      regularPriceCents: 400,
      passPriceCents: 300,
      routes: [{ slug: 'verwen-route', name: 'Verwen Route' }],
      wijken: [{ code: 'WK047912', name: 'Poelenburg' }],
      categories: ['eten-en-drinken'],
      targetGroups: ['iedereen'],
      locations: [
        {
          id: bakery.locationId,
          name: 'Bakkerij Van der Zaan',
          street: 'Gedempte Gracht 1',
          postcode: '1506 CA',
          city: 'Zaandam',
          wijk: { code: 'WK047912', name: 'Poelenburg' },
        },
      ],
      limit: { perPass: 1, period: 'pass_year' },
      validFrom: '2020-01-01',
      validUntil: '2099-12-31',
      translations: {},
      validHours: [],
      validNow: true,
    });
    const swimming = (await get(`/offers/${ids.banenzwemmen}`)).json();
    expect(swimming.limit).toBeNull();
    expect(swimming.wijken).toEqual([{ code: 'WK047901', name: 'Zaandam-Zuid' }]);
  });

  it('answers 404 problem+json for an unknown offer and for a draft', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', ids.senioren]) {
      const response = await get(`/offers/${id}`);
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().type).toMatch(/offer-not-found$/);
    }
  });

  it('answers 400 for an id that is not a uuid', async () => {
    const response = await get('/offers/not-a-uuid');
    expect(response.statusCode).toBe(400);
    expect(response.json().invalidParams[0].name).toBe('params.offerId');
  });
});

describe('routes, categories and wijken', () => {
  it('lists routes with the number of offers the catalogue shows for each', async () => {
    const items = (await get('/routes')).json().items as { slug: string; offerCount: number }[];
    expect(items.map((r) => r.slug)).toEqual(['route-sport-en-bewegen', 'verwen-route']);
    expect(items[0]).toMatchObject({
      name: 'Route voor Sport en Bewegen',
      description: '',
      isDemo: false,
      offerCount: 2,
    });
    expect(items[1]!.offerCount).toBe(1);
    for (const route of items) {
      expect((await get(`/offers?route=${route.slug}`)).json().page.totalItems).toBe(route.offerCount);
    }
  });

  it('lists categories in Dutch and English', async () => {
    expect((await get('/categories')).json().items).toEqual([
      { slug: 'eten-en-drinken', nameNl: 'Eten en drinken', nameEn: 'Food and drink' },
      { slug: 'sport', nameNl: 'Sport', nameEn: 'Sport' },
    ]);
  });

  it('lists wijken with population and the number of offers in each', async () => {
    const items = (await get('/wijken')).json().items as { code: string; population: number; offerCount: number }[];
    expect(items.map((w) => w.code)).toEqual(['WK047912', 'WK047901']);
    expect(items[0]).toEqual({
      code: 'WK047912',
      name: 'Poelenburg',
      population: 8505,
      offerCount: visibleTitles.length - 2,
    });
    expect(items[1]).toMatchObject({ name: 'Zaandam-Zuid', population: 10000, offerCount: 2 });
    for (const wijk of items) {
      expect((await get(`/offers?wijk=${wijk.code}`)).json().page.totalItems).toBe(wijk.offerCount);
    }
  });

  it('shows one wijk with its geometry as stored and its buurten', async () => {
    const response = await get('/wijken/WK047912');
    expect(response.statusCode).toBe(200);
    const stored = await ctx.database.db
      .selectFrom('wijken')
      .select('geometry')
      .where('tenant_id', '=', TENANT)
      .where('code', '=', 'WK047912')
      .executeTakeFirstOrThrow();
    expect(response.json()).toEqual({
      code: 'WK047912',
      name: 'Poelenburg',
      population: 8505,
      households: 3565,
      offerCount: visibleTitles.length - 2,
      geometry: stored.geometry,
      buurten: [{ code: 'BU04791201', name: 'Poelenburg-Noord', population: 4000 }],
    });
    expect(response.json().geometry.type).toBe('MultiPolygon');
  });

  it('answers 404 for an unknown wijk and 400 for a malformed code', async () => {
    const unknown = await get('/wijken/WK999999');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect((await get(`/wijken/${encodeURIComponent('WK 1;')}`)).statusCode).toBe(400);
  });
});

describe('privacy: the kansentarief never leaves the catalogue', () => {
  it('appears in no catalogue response, neither as a field nor as a value', async () => {
    const urls = [
      '/offers?pageSize=100',
      '/offers?q=zwemmen',
      '/offers?q=taart',
      `/offers/${ids.appeltaart}`,
      `/offers/${ids.gezin}`,
      '/routes',
      '/categories',
      '/wijken',
      '/wijken/WK047912',
      '/wijken/WK047901',
    ];
    for (const url of urls) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).not.toMatch(/reduc|kansen|low.?income/i);
      expect(response.body, url).not.toMatch(new RegExp(`[:\\[,]${KANSENTARIEF}[,\\]}]`));
    }
  });
});
