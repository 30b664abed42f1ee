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

describe('offers: draft, moderation, published, changes, stock, pause, end', () => {
  let offerId: string;
  let locationId: string;
  const offer = (overrides: Record<string, unknown> = {}) => ({
    title: 'Fietsreparatie met 20% korting',
    summary: 'Band plakken, remmen stellen',
    priceType: 'percentage_discount',
    regularPriceCents: 2500,
    discountPercent: 20,
    reducedPriceCents: 500,
    limitPerPass: 2,
    limitPeriod: 'month',
    stockTotal: 50,
    validFrom: '2020-01-01',
    validUntil: '2099-12-31',
    categories: ['sport'],
    targetGroups: ['volwassenen'],
    routes: ['route-sport-en-bewegen'],
    locationIds: [locationId],
    eventDays: [],
    ...overrides,
  });
  const portal = (suffix = '') => `/providers/${provider.id}/offers${suffix}`;
  const current = async () =>
    JSON.parse((await get(portal(`/${offerId}`), owner)).body) as { version: number; status: string };
  const decide = async (decision: string, cookie = admin, comment?: string) =>
    send(
      'POST',
      `/offer-reviews/${offerId}/decisions`,
      { decision, version: (await current()).version, ...(comment ? { comment } : {}) },
      cookie,
    );

  beforeAll(() => {
    locationId = provider.locationId;
  });

  it('refuses a bad offer naming every wrong field', async () => {
    const response = await send(
      'POST',
      portal(),
      offer({
        discountPercent: null,
        validUntil: '2019-01-01',
        categories: ['bestaat-niet'],
        locationIds: [crypto.randomUUID()],
      }),
      owner,
    );
    expect(response.statusCode).toBe(400);
    expect(invalidNames(response.body)).toEqual([
      'body.categories',
      'body.discountPercent',
      'body.locationIds',
      'body.validUntil',
    ]);
    expect((await send('POST', portal(), offer(), till)).statusCode).toBe(403);
  });

  it('goes from draft through moderation to the catalogue', async () => {
    const created = await send('POST', portal(), offer(), owner);
    expect(created.statusCode, created.body).toBe(201);
    offerId = (JSON.parse(created.body) as { id: string }).id;
    expect(await current()).toMatchObject({ status: 'draft', stockRemaining: 50, routes: ['route-sport-en-bewegen'] });
    // A null is "none", never 0 (the validator coerces types): no stock limit, no kansentarief.
    const nulls = await send(
      'POST',
      portal(),
      offer({ stockTotal: null, reducedPriceCents: null, limitPerPass: null, limitPeriod: null }),
      owner,
    );
    expect(JSON.parse(nulls.body)).toMatchObject({ stockRemaining: null, reducedPriceCents: null, limitPerPass: null });
    expect((await get(`/offers/${offerId}`)).statusCode).toBe(404);
    // Not yet submitted: nothing to decide.
    expect((await decide('approve')).statusCode).toBe(409);

    const submitted = await send('POST', portal(`/${offerId}/status-changes`), { status: 'submitted' }, owner);
    expect(JSON.parse(submitted.body)).toMatchObject({ status: 'submitted' });
    const queue = JSON.parse((await get('/offer-reviews', admin)).body) as { items: { id: string }[] };
    expect(queue.items.map((o) => o.id)).toContain(offerId);
    expect((await get('/offer-reviews', owner)).statusCode).toBe(403);

    const sentBack = await decide('request_changes', admin, 'Noem de voorwaarden.');
    expect(JSON.parse(sentBack.body)).toMatchObject({
      status: 'changes_requested',
      reviewComment: 'Noem de voorwaarden.',
    });
    await send('PUT', portal(`/${offerId}`), offer({ conditions: 'Alleen op werkdagen' }), owner);
    await send('POST', portal(`/${offerId}/status-changes`), { status: 'submitted' }, owner);
    const approved = await decide('approve');
    expect(JSON.parse(approved.body)).toMatchObject({ status: 'published' });
    const inCatalogue = await get(`/offers/${offerId}`);
    expect(inCatalogue.statusCode).toBe(200);
    expect(inCatalogue.body).toContain('Alleen op werkdagen');
    expect(inCatalogue.body).not.toContain('reducedPrice');
  });

  it('keeps the published offer live while a change waits; stock and pausing need no moderation', async () => {
    const changed = await send(
      'PUT',
      portal(`/${offerId}`),
      offer({ title: 'Fietsreparatie met 25% korting', discountPercent: 25 }),
      owner,
    );
    expect(JSON.parse(changed.body)).toMatchObject({
      status: 'published',
      pendingStatus: 'submitted',
      title: 'Fietsreparatie met 20% korting',
    });
    expect((await get(`/offers/${offerId}`)).body).toContain('Fietsreparatie met 20% korting');
    await decide('approve');
    expect((await get(`/offers/${offerId}`)).body).toContain('Fietsreparatie met 25% korting');

    const stock = await send('PUT', portal(`/${offerId}/stock`), { stockRemaining: 10 }, owner);
    expect(JSON.parse(stock.body)).toMatchObject({ status: 'published', pendingStatus: null, stockRemaining: 10 });

    await send('POST', portal(`/${offerId}/status-changes`), { status: 'paused' }, owner);
    expect((await get(`/offers/${offerId}`)).statusCode).toBe(404);
    await send('POST', portal(`/${offerId}/status-changes`), { status: 'published' }, owner);
    expect((await get(`/offers/${offerId}`)).statusCode).toBe(200);
  });

  it('records every change: who, when, what', async () => {
    const events = JSON.parse((await get(portal(`/${offerId}/events`), owner)).body) as {
      items: { action: string; actorName: string; comment: string | null }[];
    };
    expect(events.items.map((e) => e.action)).toEqual([
      'created',
      'submitted',
      'changes_requested',
      'updated',
      'submitted',
      'approved',
      'changes_submitted',
      'changes_approved',
      'stock_changed',
      'paused',
      'resumed',
    ]);
    expect(events.items[2]).toMatchObject({ actorName: 'beheer', comment: 'Noem de voorwaarden.' });
    expect(events.items[0]!.actorName).toBe('eigenaar');
  });

  it('gives the second of two moderators deciding the same version a conflict', async () => {
    await send('PUT', portal(`/${offerId}`), offer({ title: 'Nog een wijziging' }), owner);
    const version = (await current()).version;
    const first = await send('POST', `/offer-reviews/${offerId}/decisions`, { decision: 'approve', version }, admin);
    const second = await send('POST', `/offer-reviews/${offerId}/decisions`, { decision: 'approve', version }, admin);
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(409);
    expect(JSON.parse(second.body)).toMatchObject({ type: expect.stringContaining('offer-version-conflict') });
  });

  it('lets the pass organisation suspend an offer, and suspending a provider takes all its offers off', async () => {
    const suspended = await send(
      'POST',
      `/offer-reviews/${offerId}/suspension`,
      { reason: 'Klacht van een pashouder' },
      admin,
    );
    expect(JSON.parse(suspended.body)).toMatchObject({ status: 'suspended' });
    expect((await get(`/offers/${offerId}`)).statusCode).toBe(404);
    expect((await send('POST', portal(`/${offerId}/status-changes`), { status: 'published' }, owner)).statusCode).toBe(
      409,
    );

    const second = await send('POST', portal(), offer({ title: 'Tweede aanbieding' }), owner);
    const secondId = (JSON.parse(second.body) as { id: string }).id;
    expect((await send('POST', `/providers/${provider.id}/suspension`, { reason: 'Test' }, owner)).statusCode).toBe(
      403,
    );
    const result = await send('POST', `/providers/${provider.id}/suspension`, { reason: 'Geen IBAN' }, admin);
    expect(JSON.parse(result.body)).toEqual({ offersSuspended: 2 }); // the two drafts
    const after = JSON.parse((await get(portal(`/${secondId}`), owner)).body) as { status: string };
    expect(after.status).toBe('suspended');
  });
});

describe('staff', () => {
  const staff = (suffix = '') => `/providers/${provider.id}/staff${suffix}`;
  it('invites staff by e-mail as till staff or admin, and removes them', async () => {
    const invited = await send(
      'POST',
      staff(),
      { name: 'Sanne', email: 'Sanne@Fiets.test', role: 'till_staff' },
      owner,
    );
    expect(invited.statusCode, invited.body).toBe(201);
    const sanne = (JSON.parse(invited.body) as { items: { id: string; email: string; role: string }[] }).items.find(
      (m) => m.email === 'sanne@fiets.test',
    );
    expect(sanne?.role).toBe('till_staff');
    const mail = await ctx.database.db
      .selectFrom('outbox_messages')
      .select('body_text')
      .where('to_address', '=', 'sanne@fiets.test')
      .executeTakeFirstOrThrow();
    expect(mail.body_text).toContain('kassamedewerker van Fietsenmaker De Zaan');
    const again = await send('POST', staff(), { name: 'Sanne', email: 'sanne@fiets.test', role: 'till_staff' }, owner);
    expect(again.statusCode).toBe(409);
    expect(
      (await send('POST', staff(), { name: 'X', email: 'x@x.test', role: 'provider_admin' }, till)).statusCode,
    ).toBe(403);

    expect((await send('DELETE', staff(`/${sanne!.id}`), undefined, owner)).statusCode).toBe(204);
    const list = JSON.parse((await get(staff(), owner)).body) as { items: { email: string }[] };
    expect(list.items.map((m) => m.email)).not.toContain('sanne@fiets.test');
  });

  it('logs a removed member out at once, and an admin cannot remove themselves', async () => {
    const me = JSON.parse((await get('/sessions/current', owner)).body) as { userId?: string; id?: string };
    const list = JSON.parse((await get(staff(), owner)).body) as { items: { id: string; email: string }[] };
    const tillMember = list.items.find((m) => m.email === 'kassa@fiets.test')!;
    const self = list.items.find((m) => m.email === 'eigenaar@fiets.test')!;
    expect((await send('DELETE', staff(`/${self.id}`), undefined, owner)).statusCode).toBe(409);
    expect((await send('DELETE', staff(`/${tillMember.id}`), undefined, owner)).statusCode).toBe(204);
    const after = JSON.parse((await get('/sessions/current', till)).body) as { kind: string };
    expect(after.kind).toBe('anonymous');
    expect(me).toBeTruthy();
  });
});
