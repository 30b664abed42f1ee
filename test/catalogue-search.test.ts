import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TENANT, createOffer, createProvider, createTenant, linkOfferToRoute } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * The catalogue search at its edges: accents, typos, Dutch stems, facet counts, the free,
 * date and "near a wijk" filters, translations, and bad input answered as a whole.
 */
let ctx: TestContext;
const ids: Record<string, string> = {};

/** A square wijk of 1 km around (x, y) in RD New. */
const squareAround = (x: number, y: number) => ({
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [x - 500, y - 500],
        [x - 500, y + 500],
        [x + 500, y + 500],
        [x + 500, y - 500],
      ],
    ],
  ],
});

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  await db
    .insertInto('wijken')
    .values([
      {
        tenant_id: TENANT,
        code: 'WK047902',
        name: 'Oud Zaandijk',
        population: 3000,
        geometry: JSON.stringify(squareAround(115000, 497000)),
      },
      {
        tenant_id: TENANT,
        code: 'WK047909',
        name: 'Krommenie',
        population: 17000,
        geometry: JSON.stringify(squareAround(112000, 503000)),
      },
    ])
    .execute();
  const cafe = await createProvider(db, { name: 'Café De Zaan', wijkCode: 'WK047902' });
  const farCafe = await createProvider(db, { name: 'Eetcafé Krommenie', wijkCode: 'WK047909' });
  // Positions: the first café is in Oud Zaandijk, 300 m from its centre; the other one is 7 km away.
  await db.updateTable('locations').set({ x_rd: 115300, y_rd: 497000 }).where('id', '=', cafe.locationId).execute();
  await db.updateTable('locations').set({ x_rd: 112000, y_rd: 503000 }).where('id', '=', farCafe.locationId).execute();

  const add = async (key: string, provider: typeof cafe, input: Parameters<typeof createOffer>[2]) => {
    ids[key] = (await createOffer(db, provider, input)).id;
  };
  await add('creme', cafe, {
    title: 'Crème brûlée na het diner',
    categories: ['eten-en-drinken'],
    target_groups: ['volwassenen'],
    translations: JSON.stringify({ en: { title: 'Crème brûlée after dinner' }, ar: { title: 'كريم بروليه' } }),
  });
  await add('bioscoop', cafe, {
    title: 'Bioscoopavond in het café',
    price_type: 'free',
    regular_price_cents: null,
    discount_percent: null,
    categories: ['sport'],
  });
  await add('fietsen', farCafe, {
    title: 'Fietsen huren',
    summary: 'Een dag fietsen langs de Zaan',
    categories: ['sport'],
  });
  await add('zomer', farCafe, {
    title: 'Zomerkamp',
    valid_from: '2099-07-01',
    valid_until: '2099-08-31',
    categories: ['sport'],
  });
  await linkOfferToRoute(db, ids.bioscoop!, 'verwen-route');
});
afterAll(() => ctx.close());

const get = (url: string) => ctx.app.inject({ method: 'GET', url: `/api/v1${url}` });
const titlesOf = async (url: string) => {
  const response = await get(url);
  expect(response.statusCode).toBe(200);
  return (response.json().items as { title: string }[]).map((item) => item.title);
};

describe('GET /offers: words', () => {
  it('ignores accents both ways', async () => {
    expect(await titlesOf('/offers?q=creme')).toEqual(['Crème brûlée na het diner']);
    expect(await titlesOf('/offers?q=brûlee')).toEqual(['Crème brûlée na het diner']);
  });

  it('tolerates a typo and finds a Dutch stem', async () => {
    expect(await titlesOf('/offers?q=bioscop')).toEqual(['Bioscoopavond in het café']);
    // Another form of the verb.
    expect(await titlesOf('/offers?q=fietst')).toEqual(['Fietsen huren']);
  });

  it('puts a close word of the catalogue in place of a typo, also a word an offer got later', async () => {
    expect(await titlesOf('/offers?q=fietzen')).toEqual(['Fietsen huren']);
    // The vocabulary follows the offers: a renamed title brings its words.
    expect(await titlesOf('/offers?q=huifkar')).toEqual([]);
    await ctx.database.db
      .updateTable('offers')
      .set({ summary: 'Een dag fietsen langs de Zaan, of met de huifkar' })
      .where('id', '=', ids.fietsen!)
      .execute();
    expect(await titlesOf('/offers?q=huifkarr')).toEqual(['Fietsen huren']);
    // Only the closest word stands in: "zwemen" is "zwemmen", not also "zwembad".
    const pool = await createProvider(ctx.database.db, { name: 'Sportfondsen', wijkCode: 'WK047909' });
    await createOffer(ctx.database.db, pool, { title: 'Zwemmen voor kinderen' });
    await createOffer(ctx.database.db, pool, { title: 'Zwembad open dag' });
    expect(await titlesOf('/offers?q=zwemen')).toEqual(['Zwemmen voor kinderen']);
    // Nothing close at all stays nothing.
    expect(await titlesOf('/offers?q=xylofoon')).toEqual([]);
    // A stop word never stands in: "een" (in "Een dag fietsen") would be inside nearly every offer.
    expect(await titlesOf('/offers?q=eenn')).toEqual([]);
  });

  it('matches a stem whole, not as the start of longer words', async () => {
    await ctx.database.db
      .updateTable('offers')
      .set({ summary: 'Met korting naar de film' })
      .where('id', '=', ids.bioscoop!)
      .execute();
    expect(await titlesOf('/offers?q=korting')).toEqual(['Bioscoopavond in het café']);
    // "koor" stems to "kor": as a prefix that matched "korting" in a quarter of all offers.
    expect(await titlesOf('/offers?q=koor')).toEqual([]);
    // A word typed half is still found inside the title.
    expect(await titlesOf('/offers?q=bios')).toEqual(['Bioscoopavond in het café']);
  });

  it('finds a part of a word through the catalogue words that contain it, also when they are many', async () => {
    const db = ctx.database.db;
    const club = await createProvider(db, { name: 'Muziekschool', wijkCode: 'WK047909' });
    await createOffer(db, club, { title: 'Gitaarles', summary: 'Voor beginners' });
    expect(await titlesOf('/offers?q=aarle')).toEqual(['Gitaarles']);
    // A part inside more than a hundred catalogue words is looked for inside the text itself:
    // both offers are found, not only the one whose words would stand in for a typo.
    const words = (from: number) =>
      Array.from({ length: 60 }, (_, i) => `qwx${String.fromCharCode(from + (i % 12))}${i}z`);
    await createOffer(db, club, { title: 'Woordenlijst A', summary: words(97).join(' ') });
    await createOffer(db, club, { title: 'Woordenlijst B', summary: words(110).join(' ') });
    expect((await titlesOf('/offers?q=qwx')).sort()).toEqual(['Woordenlijst A', 'Woordenlijst B']);
  });

  it('ranks the offers with the word in their title first, page after page', async () => {
    const db = ctx.database.db;
    const atelier = await createProvider(db, { name: 'Atelier De Klei', wijkCode: 'WK047909' });
    // Five with the word in the title (two also in the summary: a higher text rank), three without.
    const titled = [
      'Pottenbakken voor kinderen',
      'Pottenbakken op zaterdag',
      'Samen pottenbakken',
      'Pottenbakken',
      'Proef pottenbakken',
    ];
    for (const [n, title] of titled.entries())
      await createOffer(db, atelier, { title, summary: n % 2 === 0 ? 'Pottenbakken met klei' : 'Werken met klei' });
    for (const title of ['Kleiworkshop', 'Draaischijf huren', 'Open atelier'])
      await createOffer(db, atelier, { title, summary: 'Ook pottenbakken' });

    const whole = await titlesOf('/offers?q=pottenbakken&pageSize=50');
    expect(whole).toHaveLength(8);
    expect(whole.slice(0, 5).sort()).toEqual([...titled].sort());
    // Pages of two: the first two are filled by titled offers alone, the later ones are not.
    const pages: string[] = [];
    for (let page = 1; page <= 4; page++)
      pages.push(...(await titlesOf(`/offers?q=pottenbakken&pageSize=2&page=${page}`)));
    expect(pages).toEqual(whole);
  });

  it('finds an offer by its translated title, and returns the translations', async () => {
    const response = await get('/offers?q=dinner');
    expect(response.json().items.map((o: { id: string }) => o.id)).toEqual([ids.creme]);
    expect(response.json().items[0].translations).toEqual({
      en: { title: 'Crème brûlée after dinner' },
      ar: { title: 'كريم بروليه' },
    });
  });
});

describe('GET /offers: filters and facets', () => {
  it('counts per filter value what matches', async () => {
    const body = (await get('/offers?category=sport')).json();
    expect(body.page.totalItems).toBe(3);
    expect(body.facets.categories).toEqual([{ value: 'sport', count: 3 }]);
    expect(body.facets.routes).toEqual([{ value: 'verwen-route', count: 1 }]);
    expect(body.facets.wijken).toEqual([
      { value: 'WK047909', count: 2 },
      { value: 'WK047902', count: 1 },
    ]);
    expect(body.facets.free).toBe(1);
  });

  it('filters free offers and a date range', async () => {
    expect(await titlesOf('/offers?free=true')).toEqual(['Bioscoopavond in het café']);
    expect(await titlesOf('/offers?dateFrom=2099-07-10&dateTo=2099-07-20&category=sport&wijk=WK047909')).toEqual([
      'Fietsen huren',
      'Zomerkamp',
    ]);
    expect(await titlesOf('/offers?dateFrom=2030-01-01&dateTo=2030-12-31&q=zomerkamp')).toEqual([]);
  });

  it('keeps offers near a wijk and sorts them by distance after relevance', async () => {
    expect(await titlesOf('/offers?near=WK047902')).toEqual(['Bioscoopavond in het café', 'Crème brûlée na het diner']);
    expect(await titlesOf('/offers?near=WK047909&q=fietsen')).toEqual(['Fietsen huren']);
  });

  it('names every invalid field at once and applies nothing', async () => {
    const response = await get('/offers?dateFrom=2099-02-01&dateTo=2099-01-01&near=WK999999');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const names = (response.json().invalidParams as { name: string }[]).map((p) => p.name).sort();
    expect(names).toEqual(['query.dateTo', 'query.near']);
  });
});
