import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPass,
  createProvider,
  createTenant,
  createUser,
  loginResident,
  loginStaff,
} from '../support/fixtures.ts';
import { createTestApp, type TestContext } from '../support/test-app.ts';

/**
 * What a session may do, as the web app reads it (`GET /sessions/current`), comes from the same
 * policies that authorize each request; and problems come in the caller's language.
 */
let ctx: TestContext;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  const provider = await createProvider(db, { name: 'Bakkerij' });
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  await createUser(db, {
    role: 'provider_admin',
    email: 'eigenaar@test.demo',
    password: 'geheim-wachtwoord',
    providerId: provider.id,
  });
  await createUser(db, {
    role: 'till_staff',
    email: 'kassa@test.demo',
    password: 'geheim-wachtwoord',
    providerId: provider.id,
  });
  const pass = await createPass(db, { email: 'fatima@test.demo' });
  await createUser(db, { role: 'resident', email: 'fatima@test.demo', holderId: pass.holderId });
  cookies.admin = await loginStaff(ctx.app, 'beheer@test.demo', 'geheim-wachtwoord');
  cookies.owner = await loginStaff(ctx.app, 'eigenaar@test.demo', 'geheim-wachtwoord');
  cookies.till = await loginStaff(ctx.app, 'kassa@test.demo', 'geheim-wachtwoord');
  cookies.resident = await loginResident(ctx.app, 'fatima@test.demo');
});

afterAll(async () => {
  await ctx?.close();
});

async function permissionsOf(cookie?: string): Promise<string[]> {
  const response = await ctx.app.inject({ url: '/api/v1/sessions/current', headers: cookie ? { cookie } : {} });
  expect(response.statusCode).toBe(200);
  return (response.json() as { permissions: string[] }).permissions;
}

describe('the session says what it may do', () => {
  it('a visitor may read the catalogue and buy a pass, nothing of staff', async () => {
    const permissions = await permissionsOf();
    expect(permissions).toContain('catalogue.read');
    expect(permissions).toContain('passOrder.create');
    expect(permissions).not.toContain('till.use');
    expect(permissions).not.toContain('ownPass.read');
    expect(permissions).not.toContain('admin.read');
  });

  it('a resident reads their own pass and credit, and uses no till', async () => {
    const permissions = await permissionsOf(cookies.resident);
    expect(permissions).toEqual(expect.arrayContaining(['ownPass.read', 'ownCredit.read', 'catalogue.read']));
    expect(permissions).not.toContain('till.use');
    expect(permissions).not.toContain('credit.manage');
  });

  it("till staff use the till and read their provider's profile, but manage no API tokens", async () => {
    const permissions = await permissionsOf(cookies.till);
    expect(permissions).toEqual(expect.arrayContaining(['till.use', 'provider.read', 'redemption.cancel']));
    expect(permissions).not.toContain('provider.tokens.manage');
    expect(permissions).not.toContain('admin.read');
  });

  it("a provider's admin manages API tokens and sees settlements", async () => {
    const permissions = await permissionsOf(cookies.owner);
    expect(permissions).toEqual(
      expect.arrayContaining(['till.use', 'provider.tokens.manage', 'provider.settlements.read']),
    );
    expect(permissions).not.toContain('credit.manage');
  });

  it('the pass organisation manages credit, payouts and the ledger, and uses no till', async () => {
    const permissions = await permissionsOf(cookies.admin);
    expect(permissions).toEqual(
      expect.arrayContaining(['admin.read', 'credit.manage', 'payout.manage', 'ledger.export', 'sponsors.manage']),
    );
    expect(permissions).not.toContain('till.use');
    expect(permissions).not.toContain('ownPass.read');
    expect([...permissions].sort()).toEqual(permissions);
  });
});

describe('problems in the caller’s language', () => {
  it('gives the Dutch title to a caller who prefers Dutch, and the English one by default', async () => {
    const dutch = await ctx.app.inject({
      url: '/api/v1/credit-schemes',
      headers: { 'cookie': cookies.till!, 'accept-language': 'nl-NL,nl;q=0.9' },
    });
    expect(dutch.statusCode).toBe(403);
    expect(dutch.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(dutch.json()).toMatchObject({
      type: 'https://stadspas.nl/problems/forbidden',
      title: 'Dit mag u niet doen',
    });
    const english = await ctx.app.inject({ url: '/api/v1/credit-schemes', headers: { cookie: cookies.till! } });
    expect(english.json().title).toBe('Not allowed');
  });

  it("gives a module's own problem in Dutch too", async () => {
    const response = await ctx.app.inject({
      url: '/api/v1/till/passes/0479%200000%200001%205/offers',
      headers: { 'cookie': cookies.till!, 'accept-language': 'nl' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ title: 'Dit pasnummer klopt niet' });
  });
});
