import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RATE_LIMITS } from '../src/http/rate-limit.ts';
import { makePassNumber } from '../src/modules/passes/pass-number.ts';
import {
  createApiToken,
  createOffer,
  createPass,
  createProvider,
  createTenant,
  createUser,
  loginStaff,
  type TestPass,
} from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/** The limits against guessing (src/http/rate-limit.ts): 429 problem+json with Retry-After. */
let ctx: TestContext;
let pass: TestPass;
let provider: { id: string; locationId: string };
let otherProvider: { id: string; locationId: string };
let offerId: string;
beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  provider = await createProvider(db);
  otherProvider = await createProvider(db);
  offerId = (await createOffer(db, provider)).id;
  pass = await createPass(db, { email: 'fatima@voorbeeld.demo' });
  await createUser(db, { role: 'resident', email: 'fatima@voorbeeld.demo', holderId: pass.holderId });
  for (const name of ['kassa', 'kassa2', 'kassa3'])
    await createUser(db, {
      role: 'till_staff',
      email: `${name}@bakkerij.demo`,
      password: 'Kassa-demo',
      providerId: provider.id,
    });
});
afterAll(() => ctx.close());

/** Each test comes from its own client address, so the per-address limits of one do not reach another. */
let addresses = 0;
const newAddress = () => `198.51.100.${++addresses}`;

const login = (email: string, password: string, address: string) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/sessions',
    headers: { 'x-forwarded-for': address },
    payload: { email, password },
  });

function expectTooMany(response: Awaited<ReturnType<typeof login>>) {
  expect(response.statusCode).toBe(429);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.json()).toMatchObject({ status: 429, type: expect.stringMatching(/too-many-requests$/) });
  const retryAfter = Number(response.headers['retry-after']);
  expect(Number.isInteger(retryAfter) && retryAfter > 0).toBe(true);
  return retryAfter;
}

describe('password login', () => {
  it(`allows ${RATE_LIMITS.loginPerAccount.limit} wrong passwords per account, then answers 429 even to the right one`, async () => {
    const address = newAddress();
    for (let i = 0; i < RATE_LIMITS.loginPerAccount.limit; i++)
      expect((await login('kassa@bakkerij.demo', `fout-${i}`, address)).statusCode).toBe(401);
    const retryAfter = expectTooMany(await login('Kassa@Bakkerij.demo', 'Kassa-demo', newAddress()));
    expect(retryAfter).toBeLessThanOrEqual(RATE_LIMITS.loginPerAccount.windowSeconds);
    // Another account, from the same address, still logs in.
    expect((await login('kassa2@bakkerij.demo', 'Kassa-demo', address)).statusCode).toBe(201);
  });

  it('stops a burst of parallel guesses at the limit (counted before the password is checked)', async () => {
    const address = newAddress();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => login('kassa3@bakkerij.demo', `gok-${i}`, address)),
    );
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(RATE_LIMITS.loginPerAccount.limit);
    expect(statuses.filter((s) => s === 429)).toHaveLength(40 - RATE_LIMITS.loginPerAccount.limit);
  });

  it('does not count logins that succeed', async () => {
    await createUser(ctx.database.db, { role: 'org_admin', email: 'beheer@zaanstad.demo', password: 'Beheer-demo' });
    const address = newAddress();
    for (let i = 0; i < RATE_LIMITS.loginPerAccount.limit + 5; i++)
      expect((await login('beheer@zaanstad.demo', 'Beheer-demo', address)).statusCode).toBe(201);
  });

  it(`allows ${RATE_LIMITS.loginPerAddress.limit} failed logins per client address, on any accounts`, async () => {
    const address = newAddress();
    const attempts = Array.from({ length: RATE_LIMITS.loginPerAddress.limit }, (_, i) =>
      login(`niemand-${i}@voorbeeld.demo`, 'geheim', address),
    );
    expect((await Promise.all(attempts)).every((a) => a.statusCode === 401)).toBe(true);
    expectTooMany(await login('iemand-anders@voorbeeld.demo', 'geheim', address));
    // The same guess from another address is answered.
    expect((await login('iemand-anders@voorbeeld.demo', 'geheim', newAddress())).statusCode).toBe(401);
  });
  it('believes X-Forwarded-For only from a proxy on this machine or a private network', async () => {
    // From a public address, a forged X-Forwarded-For changes nothing: the limit holds for that address.
    const attempts = Array.from({ length: RATE_LIMITS.loginPerAddress.limit }, (_, i) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        remoteAddress: '203.0.113.9',
        headers: { 'x-forwarded-for': `192.0.2.${i}` },
        payload: { email: `vals-${i}@voorbeeld.demo`, password: 'geheim' },
      }),
    );
    expect((await Promise.all(attempts)).every((a) => a.statusCode === 401)).toBe(true);
    const forged = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      remoteAddress: '203.0.113.9',
      headers: { 'x-forwarded-for': '192.0.2.200' },
      payload: { email: 'vals@voorbeeld.demo', password: 'geheim' },
    });
    expectTooMany(forged);
  });
});

describe('login links', () => {
  const askLink = (email: string, address = newAddress()) =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/v1/login-links',
      headers: { 'x-forwarded-for': address },
      payload: { email },
    });

  it(`sends at most ${RATE_LIMITS.loginLinksPerEmail.limit} links per e-mail address, whoever asks`, async () => {
    const outbox = async () =>
      (await ctx.app.inject({ url: '/api/v1/outbox-messages' }))
        .json()
        .items.filter((m: { to: string }) => m.to === 'fatima@voorbeeld.demo').length;
    const before = await outbox();
    for (let i = 0; i < RATE_LIMITS.loginLinksPerEmail.limit; i++)
      expect((await askLink(i % 2 ? 'fatima@voorbeeld.demo' : 'FATIMA@voorbeeld.demo')).statusCode).toBe(202);
    expectTooMany(await askLink('fatima@voorbeeld.demo'));
    expect((await outbox()) - before).toBe(RATE_LIMITS.loginLinksPerEmail.limit);
  });

  it('answers an unknown address the same way, so the limit does not tell who holds a pass', async () => {
    for (let i = 0; i < RATE_LIMITS.loginLinksPerEmail.limit; i++)
      expect((await askLink('onbekend@voorbeeld.demo')).statusCode).toBe(202);
    expectTooMany(await askLink('onbekend@voorbeeld.demo'));
  });

  it(`takes at most ${RATE_LIMITS.loginLinksPerAddress.limit} requests per client address`, async () => {
    const address = newAddress();
    for (let i = 0; i < RATE_LIMITS.loginLinksPerAddress.limit; i++)
      expect((await askLink(`bewoner-${i}@voorbeeld.demo`, address)).statusCode).toBe(202);
    expectTooMany(await askLink('nog-een@voorbeeld.demo', address));
  });
});

describe('till lookups of pass numbers', () => {
  /** Valid card numbers (check digit right) of passes that do not exist. */
  let unknown = 900_000;
  const unknownPass = () => makePassNumber('0479', unknown++);
  const lookUp = (token: string, number: string) =>
    ctx.app.inject({
      url: `/api/v1/till/passes/${encodeURIComponent(number)}/offers`,
      headers: { authorization: `Bearer ${token}` },
    });

  it('never slows a till that serves real passes', async () => {
    const token = await createApiToken(ctx.database.db, provider.id);
    const limit = RATE_LIMITS.unknownPassesPerCaller.limit;
    for (let i = 0; i < limit * 5; i++) expect((await lookUp(token, pass.number)).statusCode).toBe(200);
    // Nor do mistyped numbers, which the check digit catches before any lookup.
    for (let i = 0; i < limit * 2; i++) expect((await lookUp(token, '0479 0000 0000 0')).statusCode).toBe(400);
    expect((await lookUp(token, pass.number)).statusCode).toBe(200);
  });

  it(`after ${RATE_LIMITS.unknownPassesPerCaller.limit} unknown passes, a till system waits, for every pass; other tills go on`, async () => {
    const token = await createApiToken(ctx.database.db, provider.id);
    const neighbour = await createApiToken(ctx.database.db, provider.id);
    for (let i = 0; i < RATE_LIMITS.unknownPassesPerCaller.limit - 1; i++)
      expect((await lookUp(token, unknownPass())).statusCode).toBe(404);
    // A redemption of an unknown pass counts as well.
    const redemption = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/redemptions',
      headers: { 'authorization': `Bearer ${token}`, 'idempotency-key': 'rate-limit-unknown-pass' },
      payload: { passIdentifier: unknownPass(), offerId },
    });
    expect(redemption.json().type).toMatch(/pass-not-found$/);
    expectTooMany(await lookUp(token, pass.number));
    expectTooMany(
      await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/redemptions',
        headers: { authorization: `Bearer ${token}` },
        payload: { passIdentifier: pass.number, offerId },
      }),
    );
    expect((await lookUp(neighbour, pass.number)).statusCode).toBe(200);
  });

  it('counts till staff per person, by their session', async () => {
    const cookie = await loginStaff(ctx.app, 'kassa2@bakkerij.demo', 'Kassa-demo');
    const asStaff = (number: string) =>
      ctx.app.inject({ url: `/api/v1/till/passes/${number}/offers`, headers: { cookie } });
    for (let i = 0; i < RATE_LIMITS.unknownPassesPerCaller.limit; i++)
      expect((await asStaff(unknownPass())).statusCode).toBe(404);
    expectTooMany(await asStaff(pass.number));
  });

  it(`after ${RATE_LIMITS.unknownPassesPerProvider.limit} unknown passes over all its tills, a provider waits; other providers go on`, async () => {
    const perCaller = RATE_LIMITS.unknownPassesPerCaller.limit;
    const tokens = [];
    for (let i = 0; i < RATE_LIMITS.unknownPassesPerProvider.limit / perCaller + 1; i++)
      tokens.push(await createApiToken(ctx.database.db, otherProvider.id));
    const fresh = tokens.pop()!;
    for (const token of tokens)
      for (let i = 0; i < perCaller; i++) expect((await lookUp(token, unknownPass())).statusCode).toBe(404);
    expectTooMany(await lookUp(fresh, pass.number));
    expect((await lookUp(await createApiToken(ctx.database.db, provider.id), pass.number)).statusCode).toBe(200);
  });
});

describe('the OpenAPI document', () => {
  it('documents the 429 with Retry-After on every limited operation', async () => {
    const doc = (await ctx.app.inject({ url: '/api/v1/openapi.json' })).json();
    for (const [path, method] of [
      ['/sessions', 'post'],
      ['/login-links', 'post'],
      ['/till/passes/{passIdentifier}/offers', 'get'],
      ['/redemptions', 'post'],
    ] as const) {
      const response = doc.paths[path][method].responses['429'];
      expect(response?.content?.['application/problem+json'], `${method} ${path}`).toBeDefined();
      expect(response?.headers?.['Retry-After'], `${method} ${path}`).toBeDefined();
    }
  });
});
