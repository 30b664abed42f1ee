/**
 * Issue 14: a replacement racing redemptions on the old pass. Each redemption is booked on exactly
 * one of the two passes (booked before the replacement locked the pass, and moved with it), or
 * refused as pass-replaced; credit is never spent twice and the books add up. Meant for a
 * PostgreSQL server (DATABASE_URL); on PGlite the statements run one after another.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLedger } from '../src/modules/ledger/ledger-check.ts';
import { normalizePassNumber } from '../src/modules/passes/pass-number.ts';
import {
  accountBalance,
  createApiToken,
  createOffer,
  createPass,
  createProvider,
  createTenant,
  createUser,
  loadPassCredit,
  loginStaff,
  TENANT,
} from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let tillTokens: string[];
let adminCookie: string;
let offerId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  const provider = await createProvider(db, { name: 'Bibliotheek Zaanstad' });
  tillTokens = [await createApiToken(db, provider.id), await createApiToken(db, provider.id)];
  offerId = (await createOffer(db, provider, { title: 'Lenen', regular_price_cents: 500, payable_from_credit: true }))
    .id;
  await createUser(db, { role: 'org_admin', email: 'beheer@race.test', password: 'beheer-wachtwoord' });
  adminCookie = await loginStaff(ctx.app, 'beheer@race.test', 'beheer-wachtwoord');
});
afterAll(() => ctx.close());

describe('a replacement racing redemptions on the old pass', () => {
  it.each([1, 2, 3])('round %i: every redemption is booked on exactly one pass, or refused', async () => {
    const db = ctx.database.db;
    const pass = await createPass(db);
    const oldCredit = await loadPassCredit(db, pass, 10_000, '2099-12-31');
    const redeem = (i: number) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/redemptions',
        payload: { passIdentifier: pass.number, offerId, ...(i % 2 === 0 ? { creditCents: 100 } : {}) },
        headers: { 'authorization': `Bearer ${tillTokens[i % 2]!}`, 'idempotency-key': randomUUID() },
      });
    const replacement = ctx.app.inject({
      method: 'POST',
      url: `/api/v1/passes/${pass.id}/replacement`,
      headers: { cookie: adminCookie },
      payload: { reason: 'card_lost' },
    });
    const [replaced, ...answers] = await Promise.all([replacement, ...Array.from({ length: 12 }, (_, i) => redeem(i))]);
    expect(replaced!.statusCode).toBe(201);
    const newNumber = normalizePassNumber((replaced!.json() as { newPassNumber: string }).newPassNumber);
    const newPass = await db
      .selectFrom('passes')
      .select('id')
      .where('number', '=', newNumber)
      .executeTakeFirstOrThrow();

    const outcomes = answers.map((a) =>
      a.statusCode === 201 ? 'booked' : (a.json() as { type: string }).type.split('/').pop(),
    );
    expect(outcomes.filter((o) => o !== 'booked' && o !== 'pass-replaced')).toEqual([]);
    const bookedIds = answers.filter((a) => a.statusCode === 201).map((a) => (a.json() as { id: string }).id);

    // Every booked redemption exists once, on the new pass; none is left on the old one; none was booked unanswered.
    const rows = await db
      .selectFrom('redemptions')
      .select(['id', 'pass_id'])
      .where('offer_id', '=', offerId)
      .where('pass_id', 'in', [pass.id, newPass.id])
      .execute();
    expect(rows.map((r) => r.id).sort()).toEqual([...bookedIds].sort());
    expect(new Set(rows.map((r) => r.pass_id))).toEqual(new Set(rows.length ? [newPass.id] : []));

    // Credit: spent once per booked credit payment, the rest on the new pass, nothing on the old one.
    const paidWithCredit = answers.filter((a, i) => a.statusCode === 201 && i % 2 === 0).length;
    expect(await accountBalance(db, oldCredit)).toBe(0);
    const newCredit = await db
      .selectFrom('ledger_accounts')
      .select('balance_cents')
      .where('pass_id', '=', newPass.id)
      .where('type', '=', 'pass_credit')
      .executeTakeFirstOrThrow();
    expect(Number(newCredit.balance_cents)).toBe(10_000 - 100 * paidWithCredit);
    expect((await checkLedger(db, TENANT)).violations).toEqual([]);
  });
});
