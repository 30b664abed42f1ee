import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rdToWgs84 } from '../src/modules/areas/locate.ts';
import { createProvider, createTenant, createUser, loginStaff, TENANT } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * The provider portal: a provider admin keeps its own locations (wijk and buurt derived from the
 * position), offers (draft, submitted, moderated, published, paused, ended), staff and figures.
 */
let ctx: TestContext;
let admin: string;
let owner: string;
let till: string;
let provider: { id: string; locationId: string };
let other: { id: string };
const API = '/api/v1';

const square = (x0: number, y0: number, w: number, h: number) =>
  JSON.stringify({
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [x0, y0],
          [x0 + w, y0],
          [x0 + w, y0 + h],
          [x0, y0 + h],
          [x0, y0],
        ],
      ],
    ],
  });

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  // A wijk around the real Poelenburg (RD New), with two buurten splitting it east and west.
  await db
    .insertInto('wijken')
    .values({
      tenant_id: TENANT,
      code: 'WK047999',
      name: 'Testwijk',
      population: 5000,
      households: 2000,
      geometry: square(118000, 494000, 1000, 1000),
    })
    .execute();
  await db
    .insertInto('buurten')
    .values([
      {
        tenant_id: TENANT,
        code: 'BU04799901',
        wijk_code: 'WK047999',
        name: 'Testbuurt West',
        population: 2500,
        geometry: square(118000, 494000, 500, 1000),
      },
      {
        tenant_id: TENANT,
        code: 'BU04799902',
        wijk_code: 'WK047999',
        name: 'Testbuurt Oost',
        population: 2500,
        geometry: square(118500, 494000, 500, 1000),
      },
    ])
    .execute();
  provider = await createProvider(db, { name: 'Fietsenmaker De Zaan' });
  other = await createProvider(db, { name: 'Andere Aanbieder' });
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  await createUser(db, {
    role: 'provider_admin',
    email: 'eigenaar@fiets.test',
    password: 'geheim-wachtwoord',
    providerId: provider.id,
  });
  await createUser(db, {
    role: 'till_staff',
    email: 'kassa@fiets.test',
    password: 'geheim-wachtwoord',
    providerId: provider.id,
  });
  admin = await loginStaff(ctx.app, 'beheer@test.demo', 'geheim-wachtwoord');
  owner = await loginStaff(ctx.app, 'eigenaar@fiets.test', 'geheim-wachtwoord');
  till = await loginStaff(ctx.app, 'kassa@fiets.test', 'geheim-wachtwoord');
});
afterAll(() => ctx.close());

const send = (method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload: object | undefined, cookie: string) =>
  ctx.app.inject({ method, url: `${API}${url}`, ...(payload ? { payload } : {}), headers: { cookie } });
const get = (url: string, cookie?: string) =>
  ctx.app.inject({ method: 'GET', url: `${API}${url}`, headers: cookie ? { cookie } : {} });
const invalidNames = (body: string) =>
  ((JSON.parse(body) as { invalidParams?: { name: string }[] }).invalidParams ?? []).map((p) => p.name).sort();

describe('locations', () => {
  const at = (x: number, y: number) => rdToWgs84({ x, y });
  const location = (position: { latitude: number; longitude: number }) => ({
    name: 'Werkplaats',
    street: 'Westzijde 12',
    postcode: '1506eb',
    city: 'Zaandam',
    openingHours: 'di-za 9:00-17:30',
    accessibility: 'Drempelvrij, rolstoel past door de deur',
    position,
  });

  it('derives wijk and buurt from the position, never from what is typed', async () => {
    const response = await send('POST', `/providers/${provider.id}/locations`, location(at(118750, 494500)), owner);
    expect(response.statusCode, response.body).toBe(201);
    const saved = JSON.parse(response.body) as { id: string; wijk: { code: string }; buurt: { name: string } };
    expect(saved).toMatchObject({
      wijk: { code: 'WK047999', name: 'Testwijk' },
      buurt: { code: 'BU04799902', name: 'Testbuurt Oost' },
      postcode: '1506 EB',
      openingHours: 'di-za 9:00-17:30',
    });
    const moved = await send(
      'PUT',
      `/providers/${provider.id}/locations/${saved.id}`,
      location(at(118250, 494500)),
      owner,
    );
    expect(JSON.parse(moved.body)).toMatchObject({ buurt: { name: 'Testbuurt West' } });
    const profile = JSON.parse((await get(`/providers/${provider.id}`, till)).body) as {
      locations: { id: string; accessibility: string }[];
    };
    expect(profile.locations.find((l) => l.id === saved.id)?.accessibility).toBe(
      'Drempelvrij, rolstoel past door de deur',
    );
  });

  it('refuses a position outside the municipality and bad fields, naming each', async () => {
    const outside = await send(
      'POST',
      `/providers/${provider.id}/locations`,
      location({ latitude: 52.0, longitude: 5.0 }),
      owner,
    );
    expect(outside.statusCode).toBe(400);
    expect(invalidNames(outside.body)).toEqual(['body.position']);
    const bad = await send(
      'POST',
      `/providers/${provider.id}/locations`,
      { ...location(at(118750, 494500)), postcode: 'abc', name: '' },
      owner,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('postcode');
    expect(bad.body).toContain('name');
  });

  it('lets only its own admins and the pass organisation change locations', async () => {
    const body = location(at(118750, 494500));
    expect((await send('POST', `/providers/${provider.id}/locations`, body, till)).statusCode).toBe(403);
    expect((await send('POST', `/providers/${other.id}/locations`, body, owner)).statusCode).toBe(403);
    expect((await send('POST', `/providers/${other.id}/locations`, body, admin)).statusCode).toBe(201);
  });
});
