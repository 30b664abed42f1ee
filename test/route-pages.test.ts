import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOffer, createProvider, createTenant, createUser, loginStaff, TENANT } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * Route pages: a route is found by its readable address, with its story, picture and badge; the
 * pass organisation edits name, story, picture, order and whether it is shown; nobody else may.
 */
let ctx: TestContext;
let admin: string;
let till: string;
let verwenId: string;
const API = '/api/v1';

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  const salon = await createProvider(db, { name: 'Kapsalon De Zaan' });
  const offer = await createOffer(db, salon, { title: 'Knippen met korting' });
  const route = await db
    .selectFrom('routes')
    .select('id')
    .where('tenant_id', '=', TENANT)
    .where('slug', '=', 'verwen-route')
    .executeTakeFirstOrThrow();
  verwenId = route.id;
  await db.insertInto('offer_routes').values({ tenant_id: TENANT, offer_id: offer.id, route_id: verwenId }).execute();
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  await createUser(db, {
    role: 'till_staff',
    email: 'kassa@test.demo',
    password: 'geheim-wachtwoord',
    providerId: salon.id,
  });
  admin = await loginStaff(ctx.app, 'beheer@test.demo', 'geheim-wachtwoord');
  till = await loginStaff(ctx.app, 'kassa@test.demo', 'geheim-wachtwoord');
});
afterAll(async () => {
  await ctx.close();
});

const get = (url: string, cookie?: string) =>
  ctx.app.inject({ method: 'GET', url: `${API}${url}`, headers: cookie ? { cookie } : {} });
const patch = (url: string, payload: object, cookie: string | null = admin) =>
  ctx.app.inject({ method: 'PATCH', url: `${API}${url}`, payload, headers: cookie ? { cookie } : {} });

describe('route pages', () => {
  it('finds a route by its readable address, with its offers counted and its picture and badge', async () => {
    const response = await get('/routes/verwen-route');
    expect(response.statusCode).toBe(200);
    const route = response.json();
    expect(route).toMatchObject({ slug: 'verwen-route', name: 'Verwen Route', offerCount: 1 });
    expect(route.badgeUrl).toBe('/api/v1/routes/verwen-route/badge.svg');

    const badge = await ctx.app.inject({ method: 'GET', url: route.badgeUrl });
    expect(badge.statusCode).toBe(200);
    expect(badge.headers['content-type']).toContain('image/svg+xml');
    // Providers embed the badge on their own sites.
    expect(badge.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(badge.body).toContain('<title>Zaanse Pas: Verwen Route</title>');
    const picture = await ctx.app.inject({ method: 'GET', url: route.pictureUrl });
    expect(picture.headers['content-type']).toContain('image/svg+xml');
    expect(picture.headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  it('answers 404 for an unknown slug and 400 for one that is no slug', async () => {
    expect((await get('/routes/bestaat-niet')).statusCode).toBe(404);
    const bad = await get('/routes/Niet%20Goed');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
  });

  it('lets the pass organisation edit a route, and hides an inactive one from the public', async () => {
    const response = await patch(`/admin/routes/${verwenId}`, {
      name: 'Verwenroute',
      story: 'Even tijd voor jezelf.\n\nMet korting.',
      picture: 'heart',
      color: '#6b2a8c',
      sortOrder: 5,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ name: 'Verwenroute', picture: 'heart', sortOrder: 5, isActive: true });
    // The address stays the same: shared links keep working.
    expect((await get('/routes/verwen-route')).json().story).toBe('Even tijd voor jezelf.\n\nMet korting.');

    expect((await patch(`/admin/routes/${verwenId}`, { isActive: false })).statusCode).toBe(200);
    expect((await get('/routes/verwen-route')).statusCode).toBe(404);
    const publicList = (await get('/routes')).json().items.map((r: { slug: string }) => r.slug);
    expect(publicList).not.toContain('verwen-route');
    const adminList = (await get('/admin/routes', admin)).json().items;
    expect(adminList.find((r: { slug: string }) => r.slug === 'verwen-route').isActive).toBe(false);

    await patch(`/admin/routes/${verwenId}`, { isActive: true });
    expect((await get('/routes/verwen-route')).statusCode).toBe(200);
  });

  it('names every invalid field and changes nothing', async () => {
    const response = await patch(`/admin/routes/${verwenId}`, { name: 'x', color: 'red', picture: 'unicorn' });
    expect(response.statusCode).toBe(400);
    const names = response.json().invalidParams.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['body.name', 'body.color', 'body.picture']));
    expect((await get('/routes/verwen-route')).json().name).not.toBe('x');
  });

  it('refuses route editing to anyone but the pass organisation', async () => {
    expect((await patch(`/admin/routes/${verwenId}`, { name: 'Gekaapt' }, null)).statusCode).toBe(401);
    expect((await patch(`/admin/routes/${verwenId}`, { name: 'Gekaapt' }, till)).statusCode).toBe(403);
    expect((await get('/admin/routes', till)).statusCode).toBe(403);
  });
});
