import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOffer, createProvider, createTenant, linkOfferToRoute, TENANT } from './support/fixtures.ts';
import { pointInWijk, useRealAreas } from './support/real-areas.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * The wijkkaart's API: the CBS boundaries reprojected from RD New to WGS84 within Zaanstad, the
 * offers at their locations (filtered by route and wijk), and the page of a wijk by its readable
 * address with its buurthuizen and what the actiebudget paid for there.
 */
let ctx: TestContext;
const API = '/api/v1';
/** Zaanstad, generously: every coordinate of its map must fall inside. */
const ZAANSTAD = { west: 4.65, south: 52.38, east: 4.92, north: 52.54 };

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  await useRealAreas(db);
  const pool = await createProvider(db, { name: 'Zwembad De Zaanstroom', wijkCode: 'WK047912' });
  const p = pointInWijk('WK047912');
  await db.updateTable('locations').set({ x_rd: p.x, y_rd: p.y }).where('id', '=', pool.locationId).execute();
  const swim = await createOffer(db, pool, { title: 'Banenzwemmen' });
  await linkOfferToRoute(db, swim.id, 'route-sport-en-bewegen');
  await createOffer(db, pool, { title: 'Oud aanbod', valid_until: '2021-01-01' });

  const centre = await db
    .insertInto('providers')
    .values({ tenant_id: TENANT, name: 'Buurthuis De Poel', kind: 'community_centre' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('locations')
    .values({
      tenant_id: TENANT,
      provider_id: centre.id,
      name: 'Buurthuis De Poel',
      street: 'Azijnmakerij 1',
      postcode: '1503 AB',
      city: 'Zaandam',
      wijk_code: 'WK047912',
    })
    .execute();
});
afterAll(async () => {
  await ctx.close();
});

const get = (url: string) => ctx.app.inject({ method: 'GET', url: `${API}${url}` });

function everyPosition(coordinates: unknown, visit: (lon: number, lat: number) => void) {
  const c = coordinates as unknown[];
  if (typeof c[0] === 'number') visit(c[0], c[1] as number);
  else for (const child of c) everyPosition(child, visit);
}

describe('wijkkaart API', () => {
  it('serves the 19 wijken and their buurten as GeoJSON in WGS84, inside Zaanstad', async () => {
    const response = await get('/maps/areas');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toContain('max-age');
    const collection = response.json();
    const wijken = collection.features.filter((f: { properties: { kind: string } }) => f.properties.kind === 'wijk');
    const buurten = collection.features.filter((f: { properties: { kind: string } }) => f.properties.kind === 'buurt');
    // The 19 real wijken plus the fixtures' extra one (a unit square in RD, far away: left out below).
    expect(wijken.length).toBe(20);
    expect(buurten.length).toBeGreaterThanOrEqual(50);
    let positions = 0;
    for (const feature of collection.features) {
      if (feature.properties.code === 'WK047901') continue;
      everyPosition(feature.geometry.coordinates, (lon, lat) => {
        positions++;
        expect(lon).toBeGreaterThan(ZAANSTAD.west);
        expect(lon).toBeLessThan(ZAANSTAD.east);
        expect(lat).toBeGreaterThan(ZAANSTAD.south);
        expect(lat).toBeLessThan(ZAANSTAD.north);
      });
    }
    expect(positions).toBeGreaterThan(1000);
    const poelenburg = wijken.find((f: { id: string }) => f.id === 'WK047912');
    expect(poelenburg.properties).toMatchObject({ name: 'Poelenburg', slug: 'poelenburg' });
    // A second request is the cached reprojection: the same answer.
    expect((await get('/maps/areas')).body).toBe(response.body);
  });

  it('puts each current offer at its location, and filters by route and wijk', async () => {
    const all = (await get('/maps/offer-locations')).json();
    expect(all.features).toHaveLength(1);
    const [pool] = all.features;
    expect(pool.properties.provider.name).toBe('Zwembad De Zaanstroom');
    // Only the current offer, not the ended one.
    expect(pool.properties.offers.map((o: { title: string }) => o.title)).toEqual(['Banenzwemmen']);
    const [lon, lat] = pool.geometry.coordinates;
    expect(lon).toBeGreaterThan(ZAANSTAD.west);
    expect(lat).toBeLessThan(ZAANSTAD.north);

    expect((await get('/maps/offer-locations?route=route-sport-en-bewegen')).json().features).toHaveLength(1);
    expect((await get('/maps/offer-locations?route=verwen-route')).json().features).toHaveLength(0);
    expect((await get('/maps/offer-locations?wijk=WK047912')).json().features).toHaveLength(1);
    expect((await get('/maps/offer-locations?wijk=WK047913')).json().features).toHaveLength(0);
    const bad = await get('/maps/offer-locations?wijk=WK%27--');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0].name).toBe('querystring.wijk');
  });

  it('gives the page of a wijk by its readable address, with buurten, buurthuizen and the actiebudget', async () => {
    const response = await get('/wijk-pages/poelenburg');
    expect(response.statusCode).toBe(200);
    const wijk = response.json();
    expect(wijk).toMatchObject({ code: 'WK047912', name: 'Poelenburg', population: 8505 });
    expect(wijk.buurten.length).toBeGreaterThan(0);
    expect(wijk.communityCentres.map((c: { name: string }) => c.name)).toEqual(['Buurthuis De Poel']);
    expect(wijk.actionBudget).toEqual([]);
    const [west, south, east, north] = wijk.bbox;
    expect(west).toBeGreaterThan(ZAANSTAD.west);
    expect(east).toBeLessThan(ZAANSTAD.east);
    expect(south).toBeLessThan(north);
    expect((await get('/wijk-pages/pelders-en-hoornseveld')).json().code).toBe('WK047913');
    expect((await get('/wijk-pages/bestaat-niet')).statusCode).toBe(404);
  });

  it('never shows the population of a wijk with fewer than 10 residents', async () => {
    await ctx.database.db.updateTable('wijken').set({ population: 7 }).where('code', '=', 'WK047981').execute();
    expect((await get('/wijk-pages/westzaan')).json().population).toBeNull();
  });
});
