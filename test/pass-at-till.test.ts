/**
 * Issue 14 (part A): what the till accepts of a pass. Each refusal has its own problem type and
 * says nothing about the holder: no name, no category, no reason the pass exists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeQrToken, QR_SLOT_SECONDS } from '../src/modules/passes/pass-identifier.ts';
import { formatPassNumber, makePassNumber } from '../src/modules/passes/pass-number.ts';
import { RATE_LIMITS } from '../src/http/rate-limit.ts';
import { todayInNetherlands } from '../src/modules/offers/catalogue-date.ts';
import {
  addQrKey,
  createApiToken,
  createOffer,
  createPass,
  createProvider,
  createTenant,
  createUser,
  loginResident,
  loginStaff,
  type TestPass,
} from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let bakery: Awaited<ReturnType<typeof createProvider>>;
let bakeryToken: string;
let providerAdminCookie: string;
let offerId: string;
let pass: TestPass;

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const tillList = (passIdentifier: string) =>
  ctx.app.inject({
    url: `/api/v1/till/passes/${encodeURIComponent(passIdentifier)}/offers`,
    headers: bearer(bakeryToken),
  });
const redeem = (passIdentifier: string) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/redemptions',
    payload: { passIdentifier, offerId },
    headers: bearer(bakeryToken),
  });

/** The refusal's problem type, after checking it is problem+json that names nothing of the holder. */
function refusal(response: { statusCode: number; headers: Record<string, unknown>; body: string }, holder?: TestPass) {
  expect(response.headers['content-type']).toContain('application/problem+json');
  for (const secret of ['Pashouder', 'regular', 'low_income', 'carer', 'category'])
    expect(response.body).not.toContain(secret);
  if (holder) expect(response.body).not.toContain(holder.number);
  return `${response.statusCode} ${(JSON.parse(response.body) as { type: string }).type.split('/').pop()}`;
}

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  bakery = await createProvider(db, { name: 'Bakkerij Kaaskop' });
  bakeryToken = await createApiToken(db, bakery.id);
  offerId = (await createOffer(db, bakery, { title: 'Krentenbol' })).id;
  pass = await createPass(db, { category: 'low_income' });
  await createUser(db, {
    role: 'provider_admin',
    email: 'eigenaar@kaaskop.test',
    password: 'eigenaar-wachtwoord',
    providerId: bakery.id,
  });
  providerAdminCookie = await loginStaff(ctx.app, 'eigenaar@kaaskop.test', 'eigenaar-wachtwoord');
});
afterAll(() => ctx.close());

describe('the QR code at the till', () => {
  it('takes a current code from a device and books on its pass', async () => {
    const keyId = await addQrKey(ctx.database.db, pass);
    const list = await tillList(makeQrToken(ctx.config.qrSecret, keyId).token);
    expect(list.statusCode).toBe(200);
    expect(list.json().pass.number).toBe(formatPassNumber(pass.number));
    const booked = await redeem(makeQrToken(ctx.config.qrSecret, keyId).token);
    expect(booked.statusCode).toBe(201);
  });

  it('refuses a replayed code older than its window as qr-code-expired, and books nothing', async () => {
    const keyId = await addQrKey(ctx.database.db, pass);
    const old = makeQrToken(ctx.config.qrSecret, keyId, Date.now() - 3 * QR_SLOT_SECONDS * 1000).token;
    expect(refusal(await tillList(old), pass)).toBe('400 qr-code-expired');
    expect(refusal(await redeem(old), pass)).toBe('400 qr-code-expired');
  });

  it('refuses a code of a removed device as qr-code-revoked', async () => {
    const keyId = await addQrKey(ctx.database.db, pass);
    await ctx.database.db.updateTable('pass_devices').set({ revoked_at: new Date() }).execute();
    // The till's lookup keeps answers a few seconds; a code it never saw is asked fresh.
    expect(refusal(await redeem(makeQrToken(ctx.config.qrSecret, keyId).token), pass)).toBe('400 qr-code-revoked');
  });

  it('refuses a forged code as pass-number-invalid', async () => {
    const forged = makeQrToken('a-guessed-secret', await addQrKey(ctx.database.db, pass)).token;
    expect(refusal(await redeem(forged), pass)).toBe('400 pass-number-invalid');
  });
});

describe('typed pass numbers, per provider', () => {
  const settings = (payload?: object) =>
    ctx.app.inject({
      method: payload ? 'PUT' : 'GET',
      url: `/api/v1/providers/${bakery.id}/till-settings`,
      headers: { cookie: providerAdminCookie },
      ...(payload ? { payload } : {}),
    });

  it('are taken by default; a provider admin turns them off for its own tills, and on again', async () => {
    expect((await settings()).json()).toEqual({ acceptsTypedPassNumbers: true });
    expect((await tillList(pass.number)).statusCode).toBe(200);

    expect((await settings({ acceptsTypedPassNumbers: false })).json()).toEqual({ acceptsTypedPassNumbers: false });
    expect(refusal(await tillList(formatPassNumber(pass.number)))).toBe('400 typed-pass-number-refused');
    expect(refusal(await redeem(pass.number))).toBe('400 typed-pass-number-refused');
    // The QR code still works.
    const keyId = await addQrKey(ctx.database.db, pass);
    expect((await tillList(makeQrToken(ctx.config.qrSecret, keyId).token)).statusCode).toBe(200);

    await settings({ acceptsTypedPassNumbers: true });
    expect((await tillList(pass.number)).statusCode).toBe(200);
  });

  it("cannot be changed by a till or for another provider's tills", async () => {
    const other = await createProvider(ctx.database.db, { name: 'Zwembad De Crommenije' });
    const foreign = await ctx.app.inject({
      method: 'PUT',
      url: `/api/v1/providers/${other.id}/till-settings`,
      headers: { cookie: providerAdminCookie },
      payload: { acceptsTypedPassNumbers: false },
    });
    expect(foreign.statusCode).toBe(403);
    const byTill = await ctx.app.inject({
      method: 'PUT',
      url: `/api/v1/providers/${bakery.id}/till-settings`,
      headers: bearer(bakeryToken),
      payload: { acceptsTypedPassNumbers: false },
    });
    expect(byTill.statusCode).toBe(403);
  });
});

describe('offers for one target group', () => {
  it('are refused to anyone else, and every refusal reads the same whatever its reason', async () => {
    const db = ctx.database.db;
    await createUser(db, {
      role: 'org_admin',
      email: 'beheer@doelgroep.test',
      password: 'beheer-wachtwoord',
    });
    const adminCookie = await loginStaff(ctx.app, 'beheer@doelgroep.test', 'beheer-wachtwoord');
    const respite = (
      await createOffer(db, bakery, { title: 'Respijtdag voor mantelzorgers', limit_per_pass: 1, limit_period: 'ever' })
    ).id;
    const set = await ctx.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/offers/${respite}/eligibility`,
      headers: { cookie: adminCookie },
      payload: { passCategories: ['carer'] },
    });
    expect(set.json()).toEqual({ offerId: respite, passCategories: ['carer'] });

    const carer = await createPass(db, { category: 'carer' });
    const minima = await createPass(db, { category: 'low_income' });
    const regular = await createPass(db);
    const tryIt = (pass: TestPass) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/redemptions',
        payload: { passIdentifier: pass.number, offerId: respite },
        headers: bearer(bakeryToken),
      });
    expect((await tryIt(carer)).statusCode).toBe(201);

    // Not a carer (two other groups), and a carer who used it up: one and the same answer.
    const refusals = [await tryIt(minima), await tryIt(regular), await tryIt(carer)];
    const shapes = refusals.map((r) => {
      const body = r.json() as { type: string; title: string; detail: string; status: number };
      return { statusCode: r.statusCode, type: body.type, title: body.title, detail: body.detail, status: body.status };
    });
    expect(shapes[0]).toMatchObject({ statusCode: 409, type: 'https://stadspas.nl/problems/offer-not-available' });
    expect(shapes[1]).toEqual(shapes[0]);
    expect(shapes[2]).toEqual(shapes[0]);
    for (const r of refusals) expect(r.body).not.toMatch(/carer|mantelzorg|low_income|minima|limit/i);

    // The till list too: the same reason for the three.
    const listed = async (pass: TestPass) => {
      const list = (await tillList(pass.number)).json() as {
        items: { offerId: string; available: boolean; unavailableReason?: string }[];
      };
      return list.items.find((i) => i.offerId === respite);
    };
    for (const pass of [minima, regular, carer])
      expect(await listed(pass)).toMatchObject({ available: false, unavailableReason: 'not-available' });
  });
});

describe('the membership check (a buurthuis)', () => {
  const check = (passIdentifier: string, headers: Record<string, string> = bearer(bakeryToken)) =>
    ctx.app.inject({ method: 'POST', url: '/api/v1/membership-checks', payload: { passIdentifier }, headers });

  it('answers yes or no, and nothing more: every "no" is the same', async () => {
    const db = ctx.database.db;
    const valid = await check(formatPassNumber(pass.number));
    expect([valid.statusCode, valid.body]).toEqual([200, '{"valid":true}']);
    const blocked = await createPass(db, { status: 'blocked' });
    const lapsed = await createPass(db, { validUntil: '2021-12-31' });
    const unknown = makePassNumber('0479', 99_999_998);
    const answers = [await check(blocked.number), await check(lapsed.number), await check(unknown)];
    for (const answer of answers) expect([answer.statusCode, answer.body]).toEqual([200, '{"valid":false}']);
    const keyId = await addQrKey(db, pass);
    expect((await check(makeQrToken(ctx.config.qrSecret, keyId).token)).json()).toEqual({ valid: true });
  });

  it('is for partners only, and limited per caller', async () => {
    const resident = await createPass(ctx.database.db, { email: 'lid@buurthuis.test' });
    await createUser(ctx.database.db, { role: 'resident', email: 'lid@buurthuis.test', holderId: resident.holderId });
    expect((await check(pass.number, { cookie: await loginResident(ctx.app, 'lid@buurthuis.test') })).statusCode).toBe(
      403,
    );

    const buurthuis = await createProvider(ctx.database.db, { name: 'Buurthuis De Kolk' });
    const token = await createApiToken(ctx.database.db, buurthuis.id);
    const statuses: number[] = [];
    for (let i = 0; i < RATE_LIMITS.membershipChecksPerCaller.limit + 2; i++)
      statuses.push((await check(makePassNumber('0479', 50_000 + i), bearer(token))).statusCode);
    expect(statuses.filter((s) => s === 200)).toHaveLength(RATE_LIMITS.membershipChecksPerCaller.limit);
    expect(statuses.slice(-2)).toEqual([429, 429]);
  });
});

describe('the pass year at the till', () => {
  const daysAgo = (days: number) =>
    new Date(Date.parse(`${todayInNetherlands()}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

  it('still accepts a pass in its month of grace, and refuses a lapsed one as pass-lapsed, saying nothing about it', async () => {
    const inGrace = await createPass(ctx.database.db, { category: 'carer', validUntil: daysAgo(3) });
    expect((await redeem(inGrace.number)).statusCode).toBe(201);
    const lapsed = await createPass(ctx.database.db, { category: 'carer', validUntil: daysAgo(40) });
    expect(refusal(await tillList(lapsed.number))).toBe('409 pass-lapsed');
    expect(refusal(await redeem(lapsed.number))).toBe('409 pass-lapsed');
  });
});
