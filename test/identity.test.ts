import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPass, createTenant, createUser, loginStaff } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
  await createTenant(ctx.database.db);
  await createUser(ctx.database.db, { role: 'org_admin', email: 'beheer@zaanstad.nl', password: 'geheim-wachtwoord' });
  const pass = await createPass(ctx.database.db, { email: 'fatima@example.nl' });
  await createUser(ctx.database.db, { role: 'resident', email: 'fatima@example.nl', holderId: pass.holderId });
});
afterAll(() => ctx.close());

describe('staff login', () => {
  it('logs in with the right password and sets an httpOnly session cookie', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: { email: 'beheer@zaanstad.nl', password: 'geheim-wachtwoord' },
    });
    expect(response.statusCode).toBe(201);
    const cookie = response.cookies.find((c) => c.name === 'stadspas_session');
    expect(cookie?.httpOnly).toBe(true);
    const me = await ctx.app.inject({
      url: '/api/v1/sessions/current',
      headers: { cookie: `stadspas_session=${cookie!.value}` },
    });
    expect(me.json()).toMatchObject({ kind: 'staff', role: 'org_admin' });
    // What the web shows comes from the policy table, not from the role name.
    expect(me.json().permissions).toEqual(expect.arrayContaining(['admin.read', 'credit.manage']));
    expect(me.json().permissions).not.toContain('till.use');
  });

  it('refuses a wrong password with problem+json', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: { email: 'beheer@zaanstad.nl', password: 'fout' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().type).toMatch(/invalid-credentials$/);
  });

  it('logs out', async () => {
    const cookie = await loginStaff(ctx.app, 'beheer@zaanstad.nl', 'geheim-wachtwoord');
    expect(
      (await ctx.app.inject({ method: 'DELETE', url: '/api/v1/sessions/current', headers: { cookie } })).statusCode,
    ).toBe(204);
    const me = await ctx.app.inject({ url: '/api/v1/sessions/current', headers: { cookie } });
    expect(me.json().kind).toBe('anonymous');
    expect(me.json().permissions).not.toContain('admin.read');
  });
});

describe('resident e-mail link', () => {
  it('sends a link to the outbox that logs in exactly once', async () => {
    const request = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/login-links',
      payload: { email: 'Fatima@Example.nl' },
    });
    expect(request.statusCode).toBe(202);
    const outbox = (await ctx.app.inject({ url: '/api/v1/outbox-messages' })).json();
    const message = outbox.items.find((m: { to: string }) => m.to === 'fatima@example.nl');
    const token = decodeURIComponent(/token=([^\s]+)/.exec(message.body)![1]!);
    const login = await ctx.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { loginToken: token } });
    expect(login.statusCode).toBe(201);
    expect(login.json()).toMatchObject({ kind: 'resident' });
    const again = await ctx.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { loginToken: token } });
    expect(again.statusCode).toBe(400);
    expect(again.json().type).toMatch(/login-link-invalid$/);
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const before = (await ctx.app.inject({ url: '/api/v1/outbox-messages' })).json().items.length;
    const request = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/login-links',
      payload: { email: 'niemand@example.nl' },
    });
    expect(request.statusCode).toBe(202);
    expect((await ctx.app.inject({ url: '/api/v1/outbox-messages' })).json().items.length).toBe(before);
  });

  it('lists every validation error at once', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: { email: 'geen-adres', password: '', extra: 1 },
    });
    expect(response.statusCode).toBe(400);
    const names = response.json().invalidParams.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['body.email', 'body.password', 'body.extra']));
  });
});
