import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createApiToken,
  createOffer,
  createPass,
  createPasses,
  createProvider,
  createTenant,
  createUser,
  loginStaff,
} from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * Many tills at once. On PostgreSQL (DATABASE_URL) these requests really run in parallel on a
 * pool of connections; on PGlite they queue on its one connection. Both must give exactly the
 * same bookings: no per-pass limit and no stock is ever exceeded.
 */
let ctx: TestContext;
let provider: Awaited<ReturnType<typeof createProvider>>;
let tokens: string[];
let staffCookie: string;

const auth = (i: number): Record<string, string> =>
  i % 3 === 2 ? { cookie: staffCookie } : { authorization: `Bearer ${tokens[i % 2]}` };

function redeem(i: number, body: { passIdentifier: string; offerId: string }, key?: string) {
  return ctx.app.inject({
    method: 'POST',
    url: '/api/v1/redemptions',
    payload: body,
    headers: { ...auth(i), ...(key ? { 'idempotency-key': key } : {}) },
  });
}

const statusCounts = (responses: { statusCode: number; json(): { type?: string } }[]) => {
  const counts: Record<string, number> = {};
  for (const r of responses) {
    const key = r.statusCode === 201 ? '201' : `${r.statusCode} ${r.json().type?.replace(/.*\//, '')}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
};

async function activeRedemptions(offerId: string) {
  const row = await ctx.database.db
    .selectFrom('redemptions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('offer_id', '=', offerId)
    .where('cancelled_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  provider = await createProvider(db, { name: 'Zwembad Druk' });
  tokens = [await createApiToken(db, provider.id), await createApiToken(db, provider.id)];
  await createUser(db, {
    role: 'till_staff',
    email: 'kassa@druk.test',
    password: 'kassa-wachtwoord',
    providerId: provider.id,
  });
  staffCookie = await loginStaff(ctx.app, 'kassa@druk.test', 'kassa-wachtwoord');
});
afterAll(() => ctx.close());

describe('concurrent redemptions', () => {
  it('100 parallel redemptions of a once-per-pass offer on one pass give exactly 1 success', async () => {
    const offer = (
      await createOffer(ctx.database.db, provider, {
        title: 'Eenmaal per pasjaar',
        limit_per_pass: 1,
        limit_period: 'pass_year',
      })
    ).id;
    const pass = await createPass(ctx.database.db, { category: 'low_income' });
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        redeem(i, { passIdentifier: pass.number, offerId: offer }, i % 2 === 0 ? `once-${i}-key` : undefined),
      ),
    );
    expect(statusCounts(responses)).toEqual({ '201': 1, '409 limit-reached': 99 });
    expect(await activeRedemptions(offer)).toBe(1);
  });

  it('500 parallel redemptions by 500 passes on an offer with stock 40 give exactly 40', async () => {
    const offer = (
      await createOffer(ctx.database.db, provider, { title: 'Op is op', stock_total: 40, stock_remaining: 40 })
    ).id;
    const passes = await createPasses(ctx.database.db, 500);
    const responses = await Promise.all(
      passes.map((pass, i) => redeem(i, { passIdentifier: pass.number, offerId: offer }, `stock-${i}-key`)),
    );
    expect(statusCounts(responses)).toEqual({ '201': 40, '409 offer-sold-out': 460 });
    expect(await activeRedemptions(offer)).toBe(40);
    const { stock_remaining } = await ctx.database.db
      .selectFrom('offers')
      .select('stock_remaining')
      .where('id', '=', offer)
      .executeTakeFirstOrThrow();
    expect(stock_remaining).toBe(0);
  });

  it('50 parallel retries with one Idempotency-Key book once and all get the same answer', async () => {
    const offer = (await createOffer(ctx.database.db, provider, { title: 'Onbeperkt' })).id;
    const pass = await createPass(ctx.database.db);
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        ctx.app.inject({
          method: 'POST',
          url: '/api/v1/redemptions',
          payload: { passIdentifier: pass.number, offerId: offer },
          headers: { 'authorization': `Bearer ${tokens[0]}`, 'idempotency-key': 'one-key-for-all' },
        }),
      ),
    );
    expect(statusCounts(responses)).toEqual({ '201': 50 });
    expect(new Set(responses.map((r) => r.body)).size).toBe(1);
    expect(await activeRedemptions(offer)).toBe(1);
  });

  it('parallel redemptions and cancellations keep stock and limits consistent', async () => {
    const offer = (
      await createOffer(ctx.database.db, provider, {
        title: 'Twee per pas',
        limit_per_pass: 2,
        limit_period: 'ever',
        stock_total: 30,
        stock_remaining: 30,
      })
    ).id;
    const passes = await createPasses(ctx.database.db, 20);
    // Round 1: every pass tries three times; the limit lets two through, the stock 30 of 40.
    const round1 = await Promise.all(
      passes.flatMap((pass, p) =>
        [0, 1, 2].map((n) => redeem(p * 3 + n, { passIdentifier: pass.number, offerId: offer })),
      ),
    );
    const booked = round1
      .filter((r) => r.statusCode === 201)
      .map((r) => r.json() as { id: string; passNumber: string });
    expect(booked).toHaveLength(30);
    const perPass = new Map<string, number>();
    for (const b of booked) perPass.set(b.passNumber, (perPass.get(b.passNumber) ?? 0) + 1);
    expect(Math.max(...perPass.values())).toBeLessThanOrEqual(2);

    // Round 2: cancel ten (each twice, in parallel) while the passes try again.
    const toCancel = booked.slice(0, 10);
    const round2 = await Promise.all([
      ...toCancel.flatMap((b) =>
        [0, 1].map(() =>
          ctx.app.inject({
            method: 'POST',
            url: `/api/v1/redemptions/${b.id}/cancellation`,
            headers: { authorization: `Bearer ${tokens[1]}` },
          }),
        ),
      ),
      ...passes.map((pass, p) => redeem(p, { passIdentifier: pass.number, offerId: offer })),
    ]);
    for (const r of round2) expect([200, 201, 409]).toContain(r.statusCode);
    const active = await activeRedemptions(offer);
    const { stock_remaining } = await ctx.database.db
      .selectFrom('offers')
      .select('stock_remaining')
      .where('id', '=', offer)
      .executeTakeFirstOrThrow();
    expect(active + stock_remaining!).toBe(30);
    expect(active).toBeLessThanOrEqual(30);
    const counts = await ctx.database.db
      .selectFrom('redemptions')
      .select(['pass_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('offer_id', '=', offer)
      .where('cancelled_at', 'is', null)
      .groupBy('pass_id')
      .execute();
    for (const row of counts) expect(Number(row.n)).toBeLessThanOrEqual(2);
  });
});
