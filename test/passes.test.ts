import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/database.ts';
import { deviceKeySecret, makeQrToken, parseQrToken } from '../src/modules/passes/pass-identifier.ts';
import { qrKeyLookupFor } from '../src/modules/passes/qr-keys.ts';
import { formatPassNumber, makePassNumber } from '../src/modules/passes/pass-number.ts';
import {
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
let fatima: { id: string; number: string; holderId: string; cookie: string };
let child: { id: string; number: string; holderId: string };
let jan: { id: string; number: string; holderId: string; cookie: string };
let adminCookie: string;
let offers: { id: string; title: string }[];
let provider: { id: string; name: string; locationId: string };

/** A child pass linked to a parent's pass, the way the pass office issues it. */
async function createChildPass(db: Db, parentPassId: string, name: string, serial: number) {
  const holder = await db
    .insertInto('holders')
    .values({ tenant_id: TENANT, name, wijk_code: 'WK047912' })
    .returning(['id'])
    .executeTakeFirstOrThrow();
  const pass = await db
    .insertInto('passes')
    .values({
      tenant_id: TENANT,
      number: makePassNumber('0479', serial),
      holder_id: holder.id,
      category: 'child',
      parent_pass_id: parentPassId,
      valid_from: '2020-01-01',
      valid_until: '2099-12-31',
    })
    .returning(['id', 'number'])
    .executeTakeFirstOrThrow();
  return { id: pass.id, number: pass.number, holderId: holder.id };
}

async function insertRedemption(
  passId: string,
  offerId: string,
  priceCents: number,
  createdAt: string,
  cancelled = false,
) {
  await db
    .insertInto('redemptions')
    .values({
      tenant_id: TENANT,
      offer_id: offerId,
      pass_id: passId,
      provider_id: provider.id,
      price_cents: priceCents,
      regular_price_cents: 1000,
      channel: 'seed',
      created_at: createdAt,
      cancelled_at: cancelled ? createdAt : null,
    })
    .execute();
}

const get = (url: string, cookie?: string) => ctx.app.inject({ url, headers: cookie ? { cookie } : {} });

beforeAll(async () => {
  ctx = await createTestApp();
  db = ctx.database.db;
  await createTenant(db);
  const fatimaPass = await createPass(db, { category: 'low_income', email: 'fatima@example.nl' });
  await db.updateTable('holders').set({ name: 'Fatima El Amrani' }).where('id', '=', fatimaPass.holderId).execute();
  await createUser(db, { role: 'resident', email: 'fatima@example.nl', holderId: fatimaPass.holderId });
  child = await createChildPass(db, fatimaPass.id, 'Yasmina El Amrani', 900_001);
  const janPass = await createPass(db, { email: 'jan@example.nl' });
  await createUser(db, { role: 'resident', email: 'jan@example.nl', holderId: janPass.holderId });
  await createChildPass(db, janPass.id, 'Pieter de Vries', 900_002);
  await createUser(db, { role: 'org_admin', email: 'beheer@zaanstad.nl', password: 'geheim-wachtwoord' });

  provider = await createProvider(db, { name: 'Bakkerij Van der Zaan' });
  offers = [
    await createOffer(db, provider, { title: 'Appeltaart met 25% korting' }),
    await createOffer(db, provider, { title: 'Gratis koffie' }),
  ];
  await insertRedemption(fatimaPass.id, offers[0]!.id, 750, '2026-01-10T10:00:00Z');
  await insertRedemption(fatimaPass.id, offers[1]!.id, 0, '2026-03-05T09:30:00Z', true);
  await insertRedemption(child.id, offers[0]!.id, 500, '2026-02-01T15:00:00Z');
  await insertRedemption(janPass.id, offers[0]!.id, 750, '2026-02-20T11:00:00Z');

  fatima = { ...fatimaPass, cookie: await loginResident(ctx.app, 'fatima@example.nl') };
  jan = { ...janPass, cookie: await loginResident(ctx.app, 'jan@example.nl') };
  adminCookie = await loginStaff(ctx.app, 'beheer@zaanstad.nl', 'geheim-wachtwoord');
});
afterAll(() => ctx.close());

describe('GET /me/pass', () => {
  it('shows the resident their own pass and the child passes linked to it', async () => {
    const response = await get('/api/v1/me/pass', fatima.cookie);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toContain('no-store');
    const body = response.json();
    expect(body).toMatchObject({
      number: formatPassNumber(fatima.number),
      holderName: 'Fatima El Amrani',
      status: 'active',
      validFrom: '2020-01-01',
      validUntil: '2099-12-31',
      passName: 'Zaanse Pas',
    });
    expect(body.children).toEqual([
      {
        number: formatPassNumber(child.number),
        holderName: 'Yasmina El Amrani',
        status: 'active',
        validUntil: '2099-12-31',
      },
    ]);
  });

  it("never shows another holder's pass or children, nor the category", async () => {
    const body = (await get('/api/v1/me/pass', jan.cookie)).json();
    expect(body.number).toBe(formatPassNumber(jan.number));
    expect(body.children.map((c: { holderName: string }) => c.holderName)).toEqual(['Pieter de Vries']);
    const text = JSON.stringify(body) + JSON.stringify((await get('/api/v1/me/pass', fatima.cookie)).json());
    expect(JSON.stringify(body)).not.toContain(formatPassNumber(fatima.number));
    expect(JSON.stringify(body)).not.toContain(formatPassNumber(child.number));
    expect(text).not.toMatch(/category|low_income|child"/);
  });

  it('answers 404 pass-not-found for a resident without a pass', async () => {
    const holder = await db
      .insertInto('holders')
      .values({ tenant_id: TENANT, name: 'Nog Geen Pas', email: 'nieuw@example.nl' })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    await createUser(db, { role: 'resident', email: 'nieuw@example.nl', holderId: holder.id });
    const response = await get('/api/v1/me/pass', await loginResident(ctx.app, 'nieuw@example.nl'));
    expect(response.statusCode).toBe(404);
    expect(response.json().type).toMatch(/pass-not-found$/);
  });
});

describe('devices that show the QR code (also offline)', () => {
  const post = (url: string, cookie: string, payload?: object) =>
    ctx.app.inject({ method: 'POST', url, headers: { cookie }, ...(payload ? { payload } : {}) });

  it("gives a new device a key per pass (mine and my child's); the codes it computes are opaque and name the pass at the till", async () => {
    const response = await post('/api/v1/me/pass/devices', fatima.cookie, { label: 'Telefoon van Fatima' });
    expect(response.statusCode).toBe(201);
    expect(response.headers['cache-control']).toContain('no-store');
    const { device, keys } = response.json();
    expect(device.label).toBe('Telefoon van Fatima');
    expect(keys.map((k: { passNumber: string; own: boolean }) => [k.passNumber, k.own])).toEqual([
      [formatPassNumber(fatima.number), true],
      [formatPassNumber(child.number), false],
    ]);
    // The device computes the code from its key; the server derives the same key from the key id.
    const own = keys[0] as { keyId: string; secret: string };
    expect(Buffer.from(own.secret, 'base64url')).toEqual(deviceKeySecret(ctx.config.qrSecret, own.keyId));
    const { token } = makeQrToken(ctx.config.qrSecret, own.keyId);
    expect(token).not.toContain(fatima.number);
    expect(parseQrToken(token, ctx.config.qrSecret)).toBe(own.keyId);
    expect(await qrKeyLookupFor(ctx.database).passNumberOf(TENANT, own.keyId)).toBe(fatima.number);

    // Refreshing keeps the keys; the list shows the device; removing it stops its keys at once.
    const refreshed = await post(`/api/v1/me/pass/devices/${device.id}/keys`, fatima.cookie);
    expect(refreshed.json().keys.map((k: { keyId: string }) => k.keyId)).toEqual(
      keys.map((k: { keyId: string }) => k.keyId),
    );
    expect((await get('/api/v1/me/pass/devices', fatima.cookie)).json().items).toContainEqual(
      expect.objectContaining({ id: device.id, label: 'Telefoon van Fatima' }),
    );
    const removed = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/pass/devices/${device.id}`,
      headers: { cookie: fatima.cookie },
    });
    expect(removed.statusCode).toBe(204);
    expect(await qrKeyLookupFor(ctx.database).passNumberOf(TENANT, own.keyId)).toBeUndefined();
    expect((await post(`/api/v1/me/pass/devices/${device.id}/keys`, fatima.cookie)).statusCode).toBe(404);
  });

  it('does not let another holder refresh or remove my device', async () => {
    const { device } = (await post('/api/v1/me/pass/devices', fatima.cookie, { label: 'Tablet' })).json();
    expect((await post(`/api/v1/me/pass/devices/${device.id}/keys`, jan.cookie)).statusCode).toBe(404);
    const removed = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/pass/devices/${device.id}`,
      headers: { cookie: jan.cookie },
    });
    expect(removed.statusCode).toBe(404);
    expect((await get('/api/v1/me/pass/devices', jan.cookie)).json().items).toEqual([]);
  });

  it('refuses an empty label, naming the field', async () => {
    const response = await post('/api/v1/me/pass/devices', fatima.cookie, { label: '' });
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json().invalidParams)).toContain('label');
  });
});

describe('GET /me/redemptions', () => {
  it('lists what the holder and their children used, newest first, with status', async () => {
    const response = await get('/api/v1/me/redemptions', fatima.cookie);
    expect(response.statusCode).toBe(200);
    const { items, page } = response.json();
    expect(page).toMatchObject({ page: 1, totalItems: 3, totalPages: 1 });
    expect(items.map((i: { redeemedAt: string }) => i.redeemedAt)).toEqual([
      '2026-03-05T09:30:00.000Z',
      '2026-02-01T15:00:00.000Z',
      '2026-01-10T10:00:00.000Z',
    ]);
    expect(items[0]).toMatchObject({
      offerTitle: 'Gratis koffie',
      providerName: 'Bakkerij Van der Zaan',
      priceCents: 0,
      status: 'cancelled',
      passNumber: formatPassNumber(fatima.number),
    });
    expect(items[1]).toMatchObject({
      offerTitle: 'Appeltaart met 25% korting',
      priceCents: 500,
      status: 'redeemed',
      passNumber: formatPassNumber(child.number),
    });
    expect(items[2]).toMatchObject({ priceCents: 750, status: 'redeemed' });
  });

  it("does not show other holders' redemptions", async () => {
    const { items } = (await get('/api/v1/me/redemptions', jan.cookie)).json();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      passNumber: formatPassNumber(jan.number),
      redeemedAt: '2026-02-20T11:00:00.000Z',
    });
  });

  it('pages with Link and X-Total-Count headers', async () => {
    const response = await get('/api/v1/me/redemptions?page=2&pageSize=2', fatima.cookie);
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-total-count']).toBe('3');
    expect(response.headers.link).toContain('rel="prev"');
    expect(response.headers.link).not.toContain('rel="next"');
    const { items, page } = response.json();
    expect(items.map((i: { redeemedAt: string }) => i.redeemedAt)).toEqual(['2026-01-10T10:00:00.000Z']);
    expect(page).toEqual({ page: 2, pageSize: 2, totalItems: 3, totalPages: 2 });
  });
});

describe('access to /me', () => {
  it.each(['/api/v1/me/pass', '/api/v1/me/pass/devices', '/api/v1/me/redemptions'])(
    '%s: 401 for anonymous, 403 for staff',
    async (url) => {
      const anonymous = await get(url);
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.headers['content-type']).toContain('application/problem+json');
      const staff = await get(url, adminCookie);
      expect(staff.statusCode).toBe(403);
      expect(staff.json().type).toMatch(/forbidden$/);
    },
  );
});
