import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/database.ts';
import { hashSecret } from '../src/shared/tokens.ts';
import {
  createApiToken,
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
let providerA: { id: string; name: string; locationId: string };
let providerB: { id: string; name: string; locationId: string };
const cookies: Record<'tillA' | 'adminA' | 'adminB' | 'org' | 'resident', string> = {} as never;
let tokenA: string;

const PASSWORD = 'geheim-wachtwoord';
type Method = 'GET' | 'POST' | 'DELETE';
const call = (method: Method, url: string, auth?: { cookie?: string; bearer?: string }, payload?: object) =>
  ctx.app.inject({
    method,
    url,
    headers: {
      ...(auth?.cookie ? { cookie: auth.cookie } : {}),
      ...(auth?.bearer ? { authorization: `Bearer ${auth.bearer}` } : {}),
    },
    ...(payload ? { payload } : {}),
  });

beforeAll(async () => {
  ctx = await createTestApp();
  db = ctx.database.db;
  await createTenant(db);
  providerA = await createProvider(db, { name: 'Bakkerij Van der Zaan' });
  await db
    .updateTable('providers')
    .set({ description: 'Brood en taart', website: 'https://bakkerij.example' })
    .where('id', '=', providerA.id)
    .execute();
  await db
    .insertInto('locations')
    .values({
      tenant_id: TENANT,
      provider_id: providerA.id,
      name: 'Filiaal Zuid',
      street: 'Zuiddijk 1',
      postcode: '1501 AA',
      city: 'Zaandam',
      wijk_code: 'WK047901',
    })
    .execute();
  providerB = await createProvider(db, { name: 'Zwembad De Zaanstroom' });
  await createUser(db, { role: 'till_staff', email: 'kassa@a.example', password: PASSWORD, providerId: providerA.id });
  await createUser(db, {
    role: 'provider_admin',
    email: 'eigenaar@a.example',
    password: PASSWORD,
    providerId: providerA.id,
  });
  await createUser(db, {
    role: 'provider_admin',
    email: 'eigenaar@b.example',
    password: PASSWORD,
    providerId: providerB.id,
  });
  await createUser(db, { role: 'org_admin', email: 'beheer@zaanstad.nl', password: PASSWORD });
  const pass = await createPass(db, { email: 'fatima@example.nl' });
  await createUser(db, { role: 'resident', email: 'fatima@example.nl', holderId: pass.holderId });
  cookies.tillA = await loginStaff(ctx.app, 'kassa@a.example', PASSWORD);
  cookies.adminA = await loginStaff(ctx.app, 'eigenaar@a.example', PASSWORD);
  cookies.adminB = await loginStaff(ctx.app, 'eigenaar@b.example', PASSWORD);
  cookies.org = await loginStaff(ctx.app, 'beheer@zaanstad.nl', PASSWORD);
  cookies.resident = await loginResident(ctx.app, 'fatima@example.nl');
  tokenA = await createApiToken(db, providerA.id);
});
afterAll(() => ctx.close());

describe('GET /providers/{providerId}', () => {
  it('shows the provider with its locations and their wijk to its own staff', async () => {
    const response = await call('GET', `/api/v1/providers/${providerA.id}`, { cookie: cookies.tillA });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      id: providerA.id,
      name: 'Bakkerij Van der Zaan',
      kind: 'business',
      description: 'Brood en taart',
      website: 'https://bakkerij.example',
    });
    expect(body.locations).toHaveLength(2);
    expect(body.locations.map((l: { wijk: { name: string } }) => l.wijk.name).sort()).toEqual([
      'Poelenburg',
      'Zaandam-Zuid',
    ]);
    expect(body.locations.find((l: { name: string }) => l.name === 'Filiaal Zuid')).toMatchObject({
      street: 'Zuiddijk 1',
      postcode: '1501 AA',
      city: 'Zaandam',
      wijk: { code: 'WK047901', name: 'Zaandam-Zuid' },
    });
  });

  it("is open to the pass organisation and to the provider's own till system", async () => {
    expect((await call('GET', `/api/v1/providers/${providerB.id}`, { cookie: cookies.org })).statusCode).toBe(200);
    expect((await call('GET', `/api/v1/providers/${providerA.id}`, { bearer: tokenA })).statusCode).toBe(200);
  });

  it('refuses anonymous (401), residents and staff of another provider (403)', async () => {
    expect((await call('GET', `/api/v1/providers/${providerA.id}`)).statusCode).toBe(401);
    for (const auth of [
      { cookie: cookies.resident },
      { cookie: cookies.adminB },
      { bearer: tokenA, url: providerB.id },
    ]) {
      const id = 'url' in auth ? auth.url : providerA.id;
      const response = await call('GET', `/api/v1/providers/${id}`, auth);
      expect(response.statusCode).toBe(403);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('answers 404 for an unknown provider and 400 for a malformed id', async () => {
    expect(
      (await call('GET', '/api/v1/providers/00000000-0000-4000-8000-000000000000', { cookie: cookies.org })).statusCode,
    ).toBe(404);
    const malformed = await call('GET', '/api/v1/providers/bakkerij', { cookie: cookies.org });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().invalidParams[0].name).toBe('params.providerId');
  });
});

describe('API tokens', () => {
  const tokensOf = (providerId: string) => `/api/v1/providers/${providerId}/api-tokens`;

  it('only the provider admin of that provider may list, create and revoke them', async () => {
    expect((await call('GET', tokensOf(providerA.id))).statusCode).toBe(401);
    for (const cookie of [cookies.tillA, cookies.adminB, cookies.org, cookies.resident]) {
      expect((await call('GET', tokensOf(providerA.id), { cookie })).statusCode).toBe(403);
      expect((await call('POST', tokensOf(providerA.id), { cookie }, { name: 'Kassa' })).statusCode).toBe(403);
    }
    expect((await call('GET', tokensOf(providerA.id), { bearer: tokenA })).statusCode).toBe(403);
    const existing = await db
      .selectFrom('api_tokens')
      .select('id')
      .where('provider_id', '=', providerA.id)
      .executeTakeFirstOrThrow();
    expect(
      (await call('DELETE', `${tokensOf(providerA.id)}/${existing.id}`, { cookie: cookies.tillA })).statusCode,
    ).toBe(403);
    expect(
      (await call('DELETE', `${tokensOf(providerA.id)}/${existing.id}`, { cookie: cookies.adminB })).statusCode,
    ).toBe(403);
    expect((await call('GET', '/api/v1/sessions/current', { bearer: tokenA })).json().kind).toBe('till_system');
    expect((await call('GET', tokensOf(providerA.id), { cookie: cookies.adminA })).statusCode).toBe(200);
  });

  it('creates a token whose secret is shown once, works as Bearer, and stops working when revoked', async () => {
    const created = await call('POST', tokensOf(providerA.id), { cookie: cookies.adminA }, { name: 'Kassa 2' });
    expect(created.statusCode).toBe(201);
    const token = created.json();
    expect(token).toMatchObject({ name: 'Kassa 2', revokedAt: null });
    expect(token.token).toMatch(/^sp_[A-Za-z0-9_-]{40,}$/);
    expect(created.headers.location).toBe(`${tokensOf(providerA.id)}/${token.id}`);

    // Only the hash is stored.
    const stored = await db
      .selectFrom('api_tokens')
      .select(['token_hash'])
      .where('id', '=', token.id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).toBe(hashSecret(token.token));

    const session = await call('GET', '/api/v1/sessions/current', { bearer: token.token });
    expect(session.statusCode).toBe(200);
    expect(session.json()).toMatchObject({ kind: 'till_system', providerId: providerA.id });

    const list = (await call('GET', tokensOf(providerA.id), { cookie: cookies.adminA })).json();
    const listed = list.items.find((t: { id: string }) => t.id === token.id);
    expect(listed).toEqual({ id: token.id, name: 'Kassa 2', createdAt: token.createdAt, revokedAt: null });
    expect(JSON.stringify(list)).not.toContain(token.token);
    expect(JSON.stringify(list)).not.toContain(stored.token_hash);

    const revoked = await call('DELETE', `${tokensOf(providerA.id)}/${token.id}`, { cookie: cookies.adminA });
    expect(revoked.statusCode).toBe(204);
    const refused = await call('GET', '/api/v1/sessions/current', { bearer: token.token });
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['content-type']).toContain('application/problem+json');

    const after = (await call('GET', tokensOf(providerA.id), { cookie: cookies.adminA })).json();
    const revokedAt = after.items.find((t: { id: string }) => t.id === token.id).revokedAt;
    expect(new Date(revokedAt).getTime()).toBeGreaterThanOrEqual(new Date(token.createdAt).getTime());

    // Revoking again keeps the first moment; the other token still works.
    expect((await call('DELETE', `${tokensOf(providerA.id)}/${token.id}`, { cookie: cookies.adminA })).statusCode).toBe(
      204,
    );
    const again = (await call('GET', tokensOf(providerA.id), { cookie: cookies.adminA })).json();
    expect(again.items.find((t: { id: string }) => t.id === token.id).revokedAt).toBe(revokedAt);
    expect((await call('GET', '/api/v1/sessions/current', { bearer: tokenA })).json().kind).toBe('till_system');
  });

  it("does not reach another provider's token through its own provider id", async () => {
    const tokenB = await createApiToken(db, providerB.id);
    const rowB = await db
      .selectFrom('api_tokens')
      .select('id')
      .where('token_hash', '=', hashSecret(tokenB))
      .executeTakeFirstOrThrow();
    const response = await call('DELETE', `${tokensOf(providerA.id)}/${rowB.id}`, { cookie: cookies.adminA });
    expect(response.statusCode).toBe(404);
    expect((await call('GET', '/api/v1/sessions/current', { bearer: tokenB })).json().kind).toBe('till_system');
    expect(
      (
        await call('DELETE', `${tokensOf(providerA.id)}/00000000-0000-4000-8000-000000000000`, {
          cookie: cookies.adminA,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('lists every invalid field at once', async () => {
    const response = await call(
      'POST',
      tokensOf(providerA.id),
      { cookie: cookies.adminA },
      { name: '', colour: 'red' },
    );
    expect(response.statusCode).toBe(400);
    const names = response.json().invalidParams.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['body.name', 'body.colour']));
    const blank = await call('POST', tokensOf(providerA.id), { cookie: cookies.adminA }, { name: '   ' });
    expect(blank.statusCode).toBe(400);
  });
});
