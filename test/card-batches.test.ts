import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPassNumber } from '../src/modules/passes/pass-number.ts';
import { hashSecret, newSecret } from '../src/shared/tokens.ts';
import { createPass, createTenant, createUser, loginStaff, TENANT, type TestPass } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * Card batches: chosen passes and everyone who asked for a card; the same batch made twice makes
 * no second card per pass; a CSV for the printer, a PDF proof, marked sent. Pass organisation only.
 */
let ctx: TestContext;
let admin: string;
let resident: string;
let asked: TestPass;
let chosen: TestPass;
const API = '/api/v1';

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  asked = await createPass(db, { email: 'kaart@voorbeeld.test' });
  chosen = await createPass(db);
  const user = await createUser(db, { role: 'resident', email: 'kaart@voorbeeld.test', holderId: asked.holderId });
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
  resident = `stadspas_session=${secret}`;
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  admin = await loginStaff(ctx.app, 'beheer@test.demo', 'geheim-wachtwoord');
});
afterAll(async () => {
  await ctx.close();
});

const call = (method: 'GET' | 'POST', url: string, cookie: string | null, payload?: object) =>
  ctx.app.inject({ method, url: `${API}${url}`, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });

describe('card batches', () => {
  it('take chosen passes and those who asked, never two cards on their way for one pass', async () => {
    expect((await call('POST', '/me/card-requests', resident)).statusCode).toBe(204);
    expect((await call('POST', '/me/card-requests', resident)).statusCode).toBe(204);
    const body = { passNumbers: [formatPassNumber(chosen.number)], requested: true };
    const first = await call('POST', '/card-batches', admin, body);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ cardCount: 2, skipped: 0 });
    const again = await call('POST', '/card-batches', admin, body);
    expect(again.json()).toMatchObject({ cardCount: 0, skipped: 1 });
    const cards = await ctx.database.db.selectFrom('cards').select('pass_id').execute();
    expect(cards.map((c) => c.pass_id).sort()).toEqual([asked.id, chosen.id].sort());

    const batchId = (first.json() as { batchId: string }).batchId;
    const csv = await call('GET', `/card-batches/${batchId}/cards.csv`, admin);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('pass_number,card_code,holder_name,valid_until,pass_name,street,house_number,postcode,city');
    expect(csv.body).toContain(`"${formatPassNumber(chosen.number)}"`);
    const proof = await call('GET', `/card-batches/${batchId}/proof.pdf`, admin);
    expect(proof.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const sent = await call('POST', `/card-batches/${batchId}/dispatch`, admin);
    expect(sent.statusCode, sent.body).toBe(200);
    expect((sent.json() as { sentAt: string | null }).sentAt).not.toBeNull();
    // Everyone who asked has a card now: asking for the requested again makes an empty batch.
    expect((await call('POST', '/card-batches', admin, { requested: true })).json()).toMatchObject({ cardCount: 0 });
  });

  it('name invalid pass numbers and are the pass organisation only', async () => {
    const bad = await call('POST', '/card-batches', admin, { passNumbers: ['0479 0000 0001 5'] });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name)).toEqual([
      'body.passNumbers.0',
    ]);
    expect((await call('POST', '/card-batches', admin, {})).statusCode).toBe(400);
    expect((await call('POST', '/card-batches', resident, { requested: true })).statusCode).toBe(403);
    expect((await call('GET', '/card-batches', null)).statusCode).toBe(401);
    expect((await call('GET', '/card-batches/00000000-0000-4000-8000-000000000000/cards.csv', admin)).statusCode).toBe(
      404,
    );
  });
});
