/**
 * Issue 14, item 2: the static code on a physical card. The till accepts it from the day the card
 * is sent until the card is blocked (a newer card came into use) or its pass is blocked or
 * replaced; a forged code is refused before any query. The same batch made twice in parallel
 * makes one card per pass (PostgreSQL only: PGlite has one connection).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardCode, newCardCodeId } from '../src/modules/cards/card-code.ts';
import { formatPassNumber } from '../src/modules/passes/pass-number.ts';
import {
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
let admin: string;
let tillToken: string;
/** A pass with a card in use, replaced at the end (a replacement's new number would collide with the fixtures' numbers). */
let replacedLater: { pass: TestPass; code: string };
const API = '/api/v1';
const onServer = Boolean(process.env.DATABASE_URL);

const call = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string | null, payload?: object) =>
  ctx.app.inject({ method, url: `${API}${url}`, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });
const till = (code: string) =>
  ctx.app.inject({
    url: `${API}/till/passes/${encodeURIComponent(code)}/offers`,
    headers: { authorization: `Bearer ${tillToken}` },
  });
const problemType = (response: { statusCode: number; body: string }) =>
  `${response.statusCode} ${(JSON.parse(response.body) as { type?: string }).type?.split('/').pop()}`;

/** A batch of these passes, sent; returns the card code per pass number, read from the printer's CSV. */
async function sendBatch(passes: TestPass[]) {
  const made = await call('POST', '/card-batches', admin, { passNumbers: passes.map((p) => p.number) });
  expect(made.statusCode, made.body).toBe(201);
  const { batchId } = made.json() as { batchId: string };
  const csv = await call('GET', `/card-batches/${batchId}/cards.csv`, admin);
  expect((await call('POST', `/card-batches/${batchId}/dispatch`, admin)).statusCode).toBe(200);
  const codes = new Map<string, string>();
  for (const line of csv.body.trim().split('\r\n').slice(1)) {
    const [number, code] = line.split(',').map((f) => f.replace(/"/g, ''));
    codes.set(number!.replace(/\s/g, ''), code!);
  }
  return { batchId, codes };
}

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  const provider = await createProvider(db, { name: 'Zwembad De Crommenije' });
  tillToken = await createApiToken(db, provider.id);
  await createOffer(db, provider, { title: 'Banenzwemmen' });
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  admin = await loginStaff(ctx.app, 'beheer@test.demo', 'geheim-wachtwoord');
});
afterAll(async () => {
  await ctx.close();
});

describe('the static card code at the till', () => {
  it('works once the card is sent, until a newer card is used or the pass is replaced', async () => {
    const pass = await createPass(ctx.database.db);
    const made = await call('POST', '/card-batches', admin, { passNumbers: [pass.number] });
    const { batchId } = made.json() as { batchId: string };
    const csv = await call('GET', `/card-batches/${batchId}/cards.csv`, admin);
    expect(csv.body.split('\r\n')[0]).toContain('pass_number,card_code,');
    const code = csv.body.split('\r\n')[1]!.split(',')[1]!.replace(/"/g, '');
    expect(code).toMatch(/^SPC\.[0-9a-f]{32}\.[0-9a-f]{24}$/);
    expect(code).not.toContain(pass.number);
    // Not sent yet: the till refuses it, without saying whose it is.
    const early = await till(code);
    expect(problemType(early)).toBe('409 card-not-in-use');
    expect(early.body).not.toContain(pass.number);
    await call('POST', `/card-batches/${batchId}/dispatch`, admin);

    const used = await till(code);
    expect(used.statusCode, used.body).toBe(200);
    const list = await call('GET', '/card-batches', admin);
    expect(
      (list.json() as { items: { id: string; activeCount: number }[] }).items.find((b) => b.id === batchId),
    ).toMatchObject({ activeCount: 1 });

    // A second card for the same pass: once it is used, the first stops working.
    const second = (await sendBatch([pass])).codes.get(pass.number)!;
    expect(second).not.toBe(code);
    expect((await till(code)).statusCode).toBe(200); // the new card is not in use yet
    expect((await till(second)).statusCode).toBe(200);
    expect(problemType(await till(code))).toBe('409 card-not-in-use');

    replacedLater = { pass, code: second };
  });

  it('refuses a forged or mangled code before asking the database', async () => {
    const forged = `SPC.${newCardCodeId()}.${'0'.repeat(24)}`;
    expect(problemType(await till(forged))).toBe('400 pass-number-invalid');
    expect(problemType(await till('SPC.nonsense'))).toBe('400 pass-number-invalid');
    // Well signed but no such card (another server's secret would not sign it at all).
    expect(problemType(await till(cardCode(ctx.config.qrSecret, newCardCodeId())))).toBe('409 card-not-in-use');
  });

  it('a blocked pass is refused, whatever card shows it', async () => {
    const pass = await createPass(ctx.database.db);
    const { codes } = await sendBatch([pass]);
    const blocked = await call('PUT', `/passes/${pass.id}/block`, admin, { reason: 'card_stolen' });
    expect(blocked.statusCode, blocked.body).toBeLessThan(300);
    expect(problemType(await till(codes.get(pass.number)!))).toBe('409 pass-blocked');
  });

  it('the resident sees their card and activates it when it arrives', async () => {
    const pass = await createPass(ctx.database.db, { email: 'kaartje@voorbeeld.test' });
    await createUser(ctx.database.db, { role: 'resident', email: 'kaartje@voorbeeld.test', holderId: pass.holderId });
    const resident = await loginResident(ctx.app, 'kaartje@voorbeeld.test');
    const made = await call('POST', '/card-batches', admin, { passNumbers: [pass.number] });
    const { batchId } = made.json() as { batchId: string };
    const mine = (await call('GET', '/me/cards', resident)).json() as { items: { id: string; status: string }[] };
    expect(mine.items).toEqual([
      expect.objectContaining({ status: 'on-its-way', passNumber: formatPassNumber(pass.number) }),
    ]);
    const cardId = mine.items[0]!.id;
    expect(problemType(await call('POST', `/me/cards/${cardId}/activation`, resident))).toBe('409 card-not-sent');
    await call('POST', `/card-batches/${batchId}/dispatch`, admin);
    const activated = await call('POST', `/me/cards/${cardId}/activation`, resident);
    expect(activated.statusCode, activated.body).toBe(200);
    expect((activated.json() as { status: string }).status).toBe('active');
    expect(problemType(await call('POST', `/me/cards/${cardId}/activation`, admin))).toBe('403 forbidden');
  });
});

describe.skipIf(!onServer)('the same batch made twice at once (PostgreSQL server)', () => {
  it('makes one card per pass', async () => {
    const passes = await Promise.all([1, 2, 3, 4, 5].map(() => createPass(ctx.database.db)));
    const body = { passNumbers: passes.map((p) => formatPassNumber(p.number)) };
    const results = await Promise.all([1, 2, 3, 4].map(() => call('POST', '/card-batches', admin, body)));
    for (const r of results) expect(r.statusCode, r.body).toBe(201);
    const made = results.map((r) => (r.json() as { cardCount: number }).cardCount);
    expect(made.reduce((a, b) => a + b, 0)).toBe(5);
    const cards = await ctx.database.db
      .selectFrom('cards')
      .select('pass_id')
      .where(
        'pass_id',
        'in',
        passes.map((p) => p.id),
      )
      .execute();
    expect(cards).toHaveLength(5);
  });
});

describe('a replaced pass', () => {
  it("refuses the old pass's card at the till", async () => {
    const { pass, code } = replacedLater;
    const replaced = await call('POST', `/passes/${pass.id}/replacement`, admin, { reason: 'card_lost' });
    expect(replaced.statusCode, replaced.body).toBe(201);
    expect(problemType(await till(code))).toBe('409 pass-replaced');
  });
});
