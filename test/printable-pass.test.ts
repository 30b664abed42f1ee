import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPass, createTenant, createUser, TENANT, type TestPass } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';
import { hashSecret, newSecret } from '../src/shared/tokens.ts';

/**
 * The printable pass: a resident downloads an A4 PDF with a card per pass in use (their own and
 * their children's); nobody else can; the PDF carries the pass number, never the category.
 */
let ctx: TestContext;
let resident: string;
let pass: TestPass;
const API = '/api/v1';

/** A resident session, as the e-mail login link would make it. */
async function residentSession(holderId: string, email: string) {
  const db = ctx.database.db;
  const user = await createUser(db, { role: 'resident', email, holderId });
  const secret = newSecret();
  await db
    .insertInto('sessions')
    .values({
      tenant_id: TENANT,
      token_hash: hashSecret(secret),
      user_id: user.id,
      expires_at: new Date(Date.now() + 3_600_000),
    })
    .execute();
  return `stadspas_session=${secret}`;
}

beforeAll(async () => {
  ctx = await createTestApp();
  await createTenant(ctx.database.db);
  pass = await createPass(ctx.database.db, { category: 'low_income', email: 'printer@voorbeeld.test' });
  resident = await residentSession(pass.holderId, 'printer@voorbeeld.test');
});
afterAll(async () => {
  await ctx.close();
});

describe('the printable pass', () => {
  it('is an A4 PDF for the resident, in the language asked for', async () => {
    for (const language of ['nl', 'uk', 'ar']) {
      const response = await ctx.app.inject({
        method: 'GET',
        url: `${API}/me/printable-pass?language=${language}`,
        headers: { cookie: resident },
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      // A4 is 595.28 × 841.89 points; nothing in it names the category.
      const text = response.rawPayload.toString('latin1');
      expect(text).toMatch(/MediaBox \[0 0 595\.28 841\.89\]/);
      expect(text).not.toMatch(/low_income|minima/i);
    }
  });

  it('is refused to visitors and staff, and names a bad language', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: `${API}/me/printable-pass` })).statusCode).toBe(401);
    await createUser(ctx.database.db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
    const login = await ctx.app.inject({
      method: 'POST',
      url: `${API}/sessions`,
      payload: { email: 'beheer@test.demo', password: 'geheim-wachtwoord' },
    });
    const cookie = `stadspas_session=${login.cookies.find((c) => c.name === 'stadspas_session')!.value}`;
    expect(
      (await ctx.app.inject({ method: 'GET', url: `${API}/me/printable-pass`, headers: { cookie } })).statusCode,
    ).toBe(403);
    const bad = await ctx.app.inject({
      method: 'GET',
      url: `${API}/me/printable-pass?language=fr`,
      headers: { cookie: resident },
    });
    expect(bad.statusCode).toBe(400);
  });
});
