import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '../src/http/security-headers.ts';
import { createTenant } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/** Every response carries the browser-facing security headers (src/http/security-headers.ts). */
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
  await createTenant(ctx.database.db);
});
afterAll(() => ctx.close());

const EXPECTED = {
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

describe('security headers', () => {
  it.each([
    ['an API answer', 'GET', '/api/v1/offers', 200],
    ['the OpenAPI document', 'GET', '/api/v1/openapi.json', 200],
    ['a validation error', 'GET', '/api/v1/offers?page=0', 400],
    ['an unknown API path', 'GET', '/api/v1/nothing-here', 404],
    ['a refusal', 'GET', '/api/v1/me/pass', 401],
    ['a path the router cannot read', 'GET', '/api/v1/offers/%E0%A4%A', 400],
    ['a body that is not JSON', 'POST', '/api/v1/login-links', 400],
    ['the web app', 'GET', '/', 200],
    ['a page of the web app', 'GET', '/kassa', 200],
  ] as const)('are on %s', async (_label, method, url, status) => {
    const response = await ctx.app.inject({
      method,
      url,
      ...(method === 'POST' ? { headers: { 'content-type': 'application/json' }, payload: '{' } : {}),
    });
    expect(response.statusCode).toBe(status);
    expect(response.headers).toMatchObject(EXPECTED);
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(String(response.headers['permissions-policy'])).toContain('camera=()');
    // Not in development or tests: HSTS would pin http://localhost to https for a year.
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('the web app has no inline script, so the policy lets it run', async () => {
    const html = (await ctx.app.inject({ url: '/' })).body;
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/assets\//);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/<style\b/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('sends HSTS only in production behind https', () => {
    const hsts = (environment: 'production' | 'development', publicUrl: string) =>
      securityHeaders({ environment, publicUrl })['strict-transport-security'];
    expect(hsts('production', 'https://zaansepas.nl')).toBe('max-age=31536000');
    expect(hsts('production', 'http://zaansepas.nl')).toBeUndefined();
    expect(hsts('development', 'https://zaansepas.nl')).toBeUndefined();
  });

  it('a production server behind https sends HSTS on every response', async () => {
    const production = await createTestApp({
      environment: 'production',
      publicUrl: 'https://zaansepas.nl',
      qrSecret: 'a-production-secret-of-enough-length-0123456789',
    });
    try {
      for (const url of ['/api/v1/offers', '/api/v1/nothing-here', '/'])
        expect((await production.app.inject({ url })).headers['strict-transport-security']).toBe('max-age=31536000');
    } finally {
      await production.close();
    }
  });
});
