/**
 * Issue 14 (part A): block and replace. A replacement moves history, credit (in the ledger),
 * per-pass limits and household links to a new pass in one transaction; the old number is refused
 * at the till with its own problem type and nothing about the holder; a replaced pass can never be
 * reactivated.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLedger } from '../src/modules/ledger/ledger-check.ts';
import { makeQrToken } from '../src/modules/passes/pass-identifier.ts';
import { formatPassNumber, makePassNumber, normalizePassNumber } from '../src/modules/passes/pass-number.ts';
import {
  addQrKey,
  createApiToken,
  createOffer,
  createPass,
  createProvider,
  createTenant,
  createUser,
  loadPassCredit,
  loginResident,
  loginStaff,
  TENANT,
  type TestPass,
} from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let tillToken: string;
let adminCookie: string;
let onceOffer: string;
let plainOffer: string;

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const atTill = async (passIdentifier: string, offerId = plainOffer, creditCents = 0) => {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/redemptions',
    payload: { passIdentifier, offerId, ...(creditCents ? { creditCents } : {}) },
    headers: bearer(tillToken),
  });
  return {
    status: response.statusCode,
    type: (response.json() as { type?: string }).type?.split('/').pop(),
    body: response.body,
  };
};
const post = (url: string, cookie: string, payload: object) =>
  ctx.app.inject({ method: 'POST', url, headers: { cookie }, payload });

/** A resident with a pass, logged in. */
async function resident(email: string, name: string): Promise<TestPass & { cookie: string }> {
  const pass = await createPass(ctx.database.db, { category: 'low_income', email });
  await ctx.database.db.updateTable('holders').set({ name }).where('id', '=', pass.holderId).execute();
  await createUser(ctx.database.db, { role: 'resident', email, holderId: pass.holderId });
  return { ...pass, cookie: await loginResident(ctx.app, email) };
}

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  const provider = await createProvider(db, { name: 'Zwembad De Crommenije' });
  tillToken = await createApiToken(db, provider.id);
  onceOffer = (await createOffer(db, provider, { title: 'Eén keer per jaar', limit_per_pass: 1, limit_period: 'ever' }))
    .id;
  plainOffer = (await createOffer(db, provider, { title: 'Baantjes zwemmen', payable_from_credit: true })).id;
  await createUser(db, { role: 'org_admin', email: 'beheer@zaansepas.test', password: 'beheer-wachtwoord' });
  adminCookie = await loginStaff(ctx.app, 'beheer@zaansepas.test', 'beheer-wachtwoord');
});
afterAll(() => ctx.close());

describe('self-service: my card is lost', () => {
  it('gives a new number and moves history, credit, limits and children to it in one go', async () => {
    const db = ctx.database.db;
    const fatima = await resident('fatima@replace.test', 'Fatima Yilmaz');
    const childHolder = await db
      .insertInto('holders')
      .values({ tenant_id: TENANT, name: 'Yusuf Yilmaz', wijk_code: 'WK047912' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const child = await db
      .insertInto('passes')
      .values({
        tenant_id: TENANT,
        number: makePassNumber('0479', 800_001),
        holder_id: childHolder.id,
        category: 'child',
        parent_pass_id: fatima.id,
        valid_from: '2020-01-01',
        valid_until: '2099-12-31',
      })
      .returning(['id', 'number'])
      .executeTakeFirstOrThrow();
    const oldCredit = await loadPassCredit(db, fatima, 2_000, '2099-12-31');
    expect((await atTill(fatima.number, onceOffer)).status).toBe(201);
    expect((await atTill(fatima.number, plainOffer, 300)).status).toBe(201);

    const response = await post('/api/v1/me/pass/replacement', fatima.cookie, { reason: 'card_lost' });
    expect(response.statusCode).toBe(201);
    const replaced = response.json();
    expect(replaced).toMatchObject({
      oldPassNumber: formatPassNumber(fatima.number),
      movedRedemptions: 2,
      movedCreditCents: 1_700,
      removedDevices: 0,
    });
    const newNumber = normalizePassNumber(replaced.newPassNumber as string);
    expect(newNumber).not.toBe(fatima.number);

    // The old number: its own problem type, nothing about the holder.
    const old = await atTill(fatima.number);
    expect([old.status, old.type]).toEqual([409, 'pass-replaced']);
    for (const secret of ['Fatima', 'Yilmaz', 'low_income', newNumber, formatPassNumber(newNumber)])
      expect(old.body).not.toContain(secret);

    // The new pass: the limit counts what the old pass used; the credit is there; the history shows it.
    expect((await atTill(newNumber, onceOffer)).type).toBe('limit-reached');
    expect((await atTill(newNumber, plainOffer, 800)).status).toBe(201);
    const mine = (await ctx.app.inject({ url: '/api/v1/me/pass', headers: { cookie: fatima.cookie } })).json();
    expect(mine).toMatchObject({ number: formatPassNumber(newNumber), status: 'active', validUntil: '2099-12-31' });
    expect(mine.children).toEqual([expect.objectContaining({ number: formatPassNumber(child.number) })]);
    const history = (
      await ctx.app.inject({ url: '/api/v1/me/redemptions', headers: { cookie: fatima.cookie } })
    ).json();
    expect(history.items).toHaveLength(3);
    expect(new Set(history.items.map((i: { passNumber: string }) => i.passNumber))).toEqual(
      new Set([formatPassNumber(newNumber)]),
    );

    // The ledger: old account emptied by a pass_replacement entry, and the books still add up.
    const oldAccount = await db
      .selectFrom('ledger_accounts')
      .select('balance_cents')
      .where('id', '=', oldCredit)
      .executeTakeFirstOrThrow();
    expect(Number(oldAccount.balance_cents)).toBe(0);
    const report = await checkLedger(db, TENANT);
    expect(report.violations).toEqual([]);
  });

  it('for a lost phone, removes all my devices: their codes stop working', async () => {
    const jan = await resident('jan@replace.test', 'Jan de Vries');
    const keyId = await addQrKey(ctx.database.db, jan);
    const response = await post('/api/v1/me/pass/replacement', jan.cookie, { reason: 'phone_lost' });
    expect(response.json()).toMatchObject({ removedDevices: 1 });
    expect((await atTill(makeQrToken(ctx.config.qrSecret, keyId).token)).type).toBe('qr-code-revoked');
  });

  it("refuses someone else's pass, a second replacement, and a reason a resident cannot give", async () => {
    const kees = await resident('kees@replace.test', 'Kees Bakker');
    const other = await createPass(ctx.database.db);
    const foreign = await post('/api/v1/me/pass/replacement', kees.cookie, {
      reason: 'card_lost',
      passNumber: other.number,
    });
    expect(foreign.statusCode).toBe(404);
    const bad = await post('/api/v1/me/pass/replacement', kees.cookie, { reason: 'other' });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().invalidParams)).toContain('reason');
    expect((await post(`/api/v1/passes/${kees.id}/replacement`, kees.cookie, { reason: 'card_lost' })).statusCode).toBe(
      403,
    );
  });
});

describe('the pass organisation', () => {
  it('blocks, unblocks and replaces; a replaced pass can never be made active again', async () => {
    const pass = await createPass(ctx.database.db);
    const admin = (method: 'PUT' | 'DELETE' | 'POST', url: string, payload?: object) =>
      ctx.app.inject({ method, url, headers: { cookie: adminCookie }, ...(payload ? { payload } : {}) });

    expect((await admin('PUT', `/api/v1/passes/${pass.id}/block`, { reason: 'card_stolen' })).statusCode).toBe(200);
    expect((await atTill(pass.number)).type).toBe('pass-blocked');
    expect((await admin('DELETE', `/api/v1/passes/${pass.id}/block`)).statusCode).toBe(200);
    expect((await atTill(pass.number)).status).toBe(201);

    const replaced = await admin('POST', `/api/v1/passes/${pass.id}/replacement`, { reason: 'card_broken' });
    expect(replaced.statusCode).toBe(201);
    const again = await admin('POST', `/api/v1/passes/${pass.id}/replacement`, { reason: 'card_broken' });
    expect([again.statusCode, again.json().type]).toEqual([409, 'https://stadspas.nl/problems/pass-replaced']);
    const unblock = await admin('DELETE', `/api/v1/passes/${pass.id}/block`);
    expect([unblock.statusCode, unblock.json().type]).toEqual([409, 'https://stadspas.nl/problems/pass-replaced']);
    // Not even by hand: the database refuses it.
    await expect(
      ctx.database.db
        .updateTable('passes')
        .set({ status: 'active', replaced_by_pass_id: null })
        .where('id', '=', pass.id)
        .execute(),
    ).rejects.toThrow(/can never be reactivated/);
    expect((await atTill(pass.number)).type).toBe('pass-replaced');
  });
});
