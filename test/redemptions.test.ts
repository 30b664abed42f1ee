import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { LimitPeriod } from '../src/modules/offers/offers.tables.ts';
import type { Principal } from '../src/modules/access/principal.ts';
import { makeQrToken } from '../src/modules/passes/pass-identifier.ts';
import { formatPassNumber, makePassNumber } from '../src/modules/passes/pass-number.ts';
import { RedemptionsRepository } from '../src/modules/redemptions/redemptions.repository.ts';
import { RedemptionsService } from '../src/modules/redemptions/redemptions.service.ts';
import {
  forgetOldIdempotencyKeys,
  IDEMPOTENCY_KEY_RETENTION_DAYS,
} from '../src/modules/redemptions/idempotency-retention.ts';
import {
  createApiToken,
  createOffer,
  createPass,
  createProvider,
  createTenant,
  createUser,
  loginResident,
  loginStaff,
  refusalOf,
  TENANT,
  tillPrincipal,
  type TestPass,
  addQrKey,
} from './support/fixtures.ts';
import { createTestApp, createTestDatabase, type TestContext } from './support/test-app.ts';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';

let ctx: TestContext;
let bakery: Awaited<ReturnType<typeof createProvider>>;
let pool: Awaited<ReturnType<typeof createProvider>>;
let bakeryToken: string;
let poolToken: string;
let staffCookie: string;
let adminCookie: string;
let residentCookie: string;
const offers: Record<string, string> = {};
const passes: Record<string, TestPass> = {};

/** Well-formed numbers that no pass has, and a number with a typo in its check digit. */
const UNKNOWN_PASS = makePassNumber('0479', 99_999_999);
const TYPO_PASS = UNKNOWN_PASS.slice(0, -1) + ((Number(UNKNOWN_PASS.at(-1)) + 1) % 10);

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

function redeem(headers: Record<string, string>, body: { passIdentifier: string; offerId: string }, key?: string) {
  return ctx.app.inject({
    method: 'POST',
    url: '/api/v1/redemptions',
    payload: body,
    headers: { ...headers, ...(key ? { 'idempotency-key': key } : {}) },
  });
}

function tillList(headers: Record<string, string>, passIdentifier: string) {
  return ctx.app.inject({ url: `/api/v1/till/passes/${encodeURIComponent(passIdentifier)}/offers`, headers });
}

function expectProblem(
  response: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  status: number,
  code: string,
) {
  expect(response.headers['content-type']).toContain('application/problem+json');
  const body = response.json() as { type: string; status: number; title: string; detail: string };
  expect({ status: response.statusCode, type: body.type }).toEqual({
    status,
    type: `https://stadspas.nl/problems/${code}`,
  });
  expect(body.status).toBe(status);
  expect(body.title).toBeTruthy();
  expect(body.detail).toBeTruthy();
}

const countRedemptions = async (offerId: string, active = true) => {
  let query = ctx.database.db
    .selectFrom('redemptions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('offer_id', '=', offerId);
  if (active) query = query.where('cancelled_at', 'is', null);
  return Number((await query.executeTakeFirstOrThrow()).n);
};
const stockOf = async (offerId: string) =>
  (
    await ctx.database.db
      .selectFrom('offers')
      .select('stock_remaining')
      .where('id', '=', offerId)
      .executeTakeFirstOrThrow()
  ).stock_remaining;

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  bakery = await createProvider(db, { name: 'Bakkerij Test' });
  pool = await createProvider(db, { name: 'Zwembad Test' });
  bakeryToken = await createApiToken(db, bakery.id);
  poolToken = await createApiToken(db, pool.id);
  await createUser(db, {
    role: 'till_staff',
    email: 'kassa@bakkerij.test',
    password: 'kassa-wachtwoord',
    providerId: bakery.id,
  });
  await createUser(db, { role: 'org_admin', email: 'beheer@pas.test', password: 'beheer-wachtwoord' });
  staffCookie = await loginStaff(ctx.app, 'kassa@bakkerij.test', 'kassa-wachtwoord');
  adminCookie = await loginStaff(ctx.app, 'beheer@pas.test', 'beheer-wachtwoord');

  offers.plain = (
    await createOffer(db, bakery, { title: 'A Appeltaart', regular_price_cents: 1000, discount_percent: 20 })
  ).id;
  offers.reduced = (
    await createOffer(db, bakery, {
      title: 'B Brood',
      regular_price_cents: 400,
      discount_percent: 25,
      reduced_price_cents: 100,
    })
  ).id;
  offers.once = (
    await createOffer(db, bakery, { title: 'C Cake eenmalig', limit_per_pass: 1, limit_period: 'ever' })
  ).id;
  offers.stockOne = (
    await createOffer(db, bakery, { title: 'D Donut op = op', stock_total: 1, stock_remaining: 1 })
  ).id;
  offers.future = (await createOffer(db, bakery, { title: 'E Eierkoek later', valid_from: '2098-01-01' })).id;
  offers.ended = (
    await createOffer(db, bakery, { title: 'F Oud', valid_from: '2020-01-01', valid_until: '2021-01-01' })
  ).id;
  offers.draft = (await createOffer(db, bakery, { title: 'G Concept', status: 'draft' })).id;
  offers.cancelMe = (
    await createOffer(db, bakery, {
      title: 'H Herroepbaar',
      limit_per_pass: 1,
      limit_period: 'pass_year',
      stock_total: 3,
      stock_remaining: 3,
    })
  ).id;
  offers.swim = (
    await createOffer(db, pool, {
      title: 'Banenzwemmen',
      price_type: 'fixed_price',
      regular_price_cents: 650,
      fixed_price_cents: 300,
    })
  ).id;

  passes.regular = await createPass(db);
  passes.lowIncome = await createPass(db, { category: 'low_income' });
  passes.blocked = await createPass(db, { status: 'blocked' });
  passes.expiredStatus = await createPass(db, { status: 'expired' });
  passes.expiredDate = await createPass(db, { validUntil: '2021-12-31' });
  passes.resident = await createPass(db, { email: 'bewoner@test.nl' });
  await createUser(db, { role: 'resident', email: 'bewoner@test.nl', holderId: passes.resident.holderId });
  residentCookie = await loginResident(ctx.app, 'bewoner@test.nl');
});
afterAll(() => ctx.close());

describe('GET /till/passes/{passIdentifier}/offers', () => {
  it("lists only the caller's published, current offers with the price for this pass", async () => {
    const regular = await tillList(bearer(bakeryToken), passes.regular!.number);
    expect(regular.statusCode).toBe(200);
    const body = regular.json();
    expect(body.pass).toEqual({
      number: formatPassNumber(passes.regular!.number),
      status: 'active',
      validUntil: '2099-12-31',
    });
    const ids = body.items.map((i: { offerId: string }) => i.offerId);
    expect(ids).toContain(offers.plain);
    expect(ids).toContain(offers.future);
    expect(ids).not.toContain(offers.draft);
    expect(ids).not.toContain(offers.ended);
    expect(ids).not.toContain(offers.swim);
    const byId = (list: { offerId: string }[], id: string) => list.find((i) => i.offerId === id);
    expect(byId(body.items, offers.plain!)).toEqual({
      offerId: offers.plain,
      title: 'A Appeltaart',
      priceCents: 800,
      creditAvailableCents: 0,
      available: true,
    });
    // One sealed quote for the list's available offers, not one per offer.
    expect(body.quote).toMatch(/^q3\./);
    expect(byId(body.items, offers.reduced!)).toMatchObject({ priceCents: 300 });
    expect(byId(body.items, offers.future!)).toMatchObject({ available: false, unavailableReason: 'not-valid-today' });

    const low = (await tillList(bearer(bakeryToken), passes.lowIncome!.number)).json();
    expect(byId(low.items, offers.reduced!)).toMatchObject({ priceCents: 100, available: true });
    expect(byId(low.items, offers.plain!)).toMatchObject({ priceCents: 800 });
  });

  it('accepts the card number with spaces, a QR token, and staff sessions', async () => {
    const spaced = await tillList({ cookie: staffCookie }, formatPassNumber(passes.regular!.number));
    expect(spaced.statusCode).toBe(200);
    const { token } = makeQrToken(ctx.config.qrSecret, await addQrKey(ctx.database.db, passes.regular!));
    const qr = await tillList({ cookie: staffCookie }, token);
    expect(qr.statusCode).toBe(200);
    expect(qr.json().pass.number).toBe(formatPassNumber(passes.regular!.number));
  });

  it('shows limit-reached and sold-out once used up', async () => {
    const pass = await createPass(ctx.database.db);
    const stockOffer = (
      await createOffer(ctx.database.db, bakery, { title: 'Z stock', stock_total: 1, stock_remaining: 1 })
    ).id;
    expect((await redeem(bearer(bakeryToken), { passIdentifier: pass.number, offerId: offers.once! })).statusCode).toBe(
      201,
    );
    expect(
      (await redeem(bearer(bakeryToken), { passIdentifier: passes.regular!.number, offerId: stockOffer })).statusCode,
    ).toBe(201);
    const items = (await tillList(bearer(bakeryToken), pass.number)).json().items as { offerId: string }[];
    expect(items.find((i) => i.offerId === offers.once)).toMatchObject({
      available: false,
      unavailableReason: 'limit-reached',
    });
    expect(items.find((i) => i.offerId === stockOffer)).toMatchObject({
      available: false,
      unavailableReason: 'sold-out',
    });
  });

  it('refuses unknown, mistyped, blocked and expired passes with their own problem types', async () => {
    expectProblem(await tillList(bearer(bakeryToken), formatPassNumber(UNKNOWN_PASS)), 404, 'pass-not-found');
    expectProblem(await tillList(bearer(bakeryToken), TYPO_PASS), 400, 'pass-number-invalid');
    expectProblem(await tillList(bearer(bakeryToken), passes.blocked!.number), 409, 'pass-blocked');
    expectProblem(await tillList(bearer(bakeryToken), passes.expiredStatus!.number), 409, 'pass-expired');
    expectProblem(await tillList(bearer(bakeryToken), passes.expiredDate!.number), 409, 'pass-lapsed');
  });

  it('refuses anonymous callers, residents and the pass organisation', async () => {
    expectProblem(await tillList({}, passes.regular!.number), 401, 'unauthenticated');
    expectProblem(await tillList({ cookie: residentCookie }, passes.regular!.number), 403, 'forbidden');
    expectProblem(await tillList({ cookie: adminCookie }, passes.regular!.number), 403, 'forbidden');
    expectProblem(await tillList(bearer('sp_not-a-real-token'), passes.regular!.number), 401, 'unauthenticated');
  });
});

describe('POST /redemptions', () => {
  it('books a redemption at the price for this pass and answers 201 with the redemption', async () => {
    const pass = await createPass(ctx.database.db, { category: 'low_income' });
    const response = await redeem(bearer(bakeryToken), {
      passIdentifier: formatPassNumber(pass.number),
      offerId: offers.reduced!,
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      offerId: offers.reduced,
      offerTitle: 'B Brood',
      passNumber: formatPassNumber(pass.number),
      priceCents: 100,
      status: 'redeemed',
    });
    expect(new Date(body.cancellableUntil).getTime() - new Date(body.redeemedAt).getTime()).toBe(30 * 60_000);
    const row = await ctx.database.db
      .selectFrom('redemptions')
      .selectAll()
      .where('id', '=', body.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      pass_id: pass.id,
      provider_id: bakery.id,
      price_cents: 100,
      channel: 'api',
      cancelled_at: null,
    });

    const byStaff = await redeem({ cookie: staffCookie }, { passIdentifier: pass.number, offerId: offers.plain! });
    expect(byStaff.statusCode).toBe(201);
    const staffRow = await ctx.database.db
      .selectFrom('redemptions')
      .select(['channel', 'price_cents'])
      .where('id', '=', byStaff.json().id)
      .executeTakeFirstOrThrow();
    expect(staffRow).toEqual({ channel: 'till', price_cents: 800 });
  });

  it('refuses each business rule with a problem type of its own, and books nothing', async () => {
    const pass = passes.regular!.number;
    const cases: [string, { passIdentifier: string; offerId: string }, number, string][] = [
      ['unknown pass', { passIdentifier: UNKNOWN_PASS, offerId: offers.plain! }, 404, 'pass-not-found'],
      ['typo', { passIdentifier: TYPO_PASS, offerId: offers.plain! }, 400, 'pass-number-invalid'],
      [
        'forged QR',
        { passIdentifier: `SP1.${pass}.1.AAAAAAAAAAAAAAAAAAAAAA`, offerId: offers.plain! },
        400,
        'pass-number-invalid',
      ],
      ['blocked', { passIdentifier: passes.blocked!.number, offerId: offers.plain! }, 409, 'pass-blocked'],
      ['expired status', { passIdentifier: passes.expiredStatus!.number, offerId: offers.plain! }, 409, 'pass-expired'],
      ['expired date', { passIdentifier: passes.expiredDate!.number, offerId: offers.plain! }, 409, 'pass-lapsed'],
      [
        'unknown offer',
        { passIdentifier: pass, offerId: '00000000-0000-4000-8000-000000000000' },
        404,
        'offer-not-found',
      ],
      ['other provider', { passIdentifier: pass, offerId: offers.swim! }, 403, 'offer-of-other-provider'],
      ['draft', { passIdentifier: pass, offerId: offers.draft! }, 409, 'offer-not-available'],
      ['not yet valid', { passIdentifier: pass, offerId: offers.future! }, 409, 'offer-not-valid-today'],
      ['ended', { passIdentifier: pass, offerId: offers.ended! }, 409, 'offer-not-valid-today'],
    ];
    for (const [name, body, status, code] of cases) {
      const response = await redeem(bearer(bakeryToken), body);
      expect(`${name}: ${response.statusCode} ${response.json().type}`).toBe(
        `${name}: ${status} https://stadspas.nl/problems/${code}`,
      );
      expectProblem(response, status, code);
    }
    for (const id of [offers.draft!, offers.future!, offers.ended!, offers.swim!])
      expect(await countRedemptions(id, false)).toBe(0);
  });

  it('refuses a sold-out offer and a used-up per-pass limit', async () => {
    const first = await createPass(ctx.database.db);
    const second = await createPass(ctx.database.db);
    expect(
      (await redeem(bearer(bakeryToken), { passIdentifier: first.number, offerId: offers.stockOne! })).statusCode,
    ).toBe(201);
    expectProblem(
      await redeem(bearer(bakeryToken), { passIdentifier: second.number, offerId: offers.stockOne! }),
      409,
      'offer-sold-out',
    );
    expect(await stockOf(offers.stockOne!)).toBe(0);
    expect(await countRedemptions(offers.stockOne!)).toBe(1);

    expect(
      (await redeem(bearer(bakeryToken), { passIdentifier: second.number, offerId: offers.once! })).statusCode,
    ).toBe(201);
    expectProblem(
      await redeem(bearer(bakeryToken), { passIdentifier: second.number, offerId: offers.once! }),
      409,
      'limit-reached',
    );
  });

  it('refuses anonymous callers, residents and the pass organisation', async () => {
    const body = { passIdentifier: passes.regular!.number, offerId: offers.plain! };
    expectProblem(await redeem({}, body), 401, 'unauthenticated');
    expectProblem(await redeem({ cookie: residentCookie }, body), 403, 'forbidden');
    expectProblem(await redeem({ cookie: adminCookie }, body), 403, 'forbidden');
  });

  it('lists every validation error at once with 400', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/redemptions',
      payload: { offerId: 'not-a-uuid', extra: true },
      headers: { ...bearer(bakeryToken), 'idempotency-key': 'short' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const names = response.json().invalidParams.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['body.offerId', 'body.passIdentifier', 'body.extra']));
  });
});

describe('Idempotency-Key', () => {
  it('answers a retry with the identical body and books once', async () => {
    const pass = await createPass(ctx.database.db);
    const body = { passIdentifier: pass.number, offerId: offers.plain! };
    const first = await redeem(bearer(bakeryToken), body, 'retry-key-0001');
    const again = await redeem(
      bearer(bakeryToken),
      { ...body, passIdentifier: formatPassNumber(pass.number) },
      'retry-key-0001',
    );
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.body).toBe(first.body);
    const count = await ctx.database.db
      .selectFrom('redemptions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('pass_id', '=', pass.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('refuses the same key with another body with 422, and books nothing for it', async () => {
    const pass = await createPass(ctx.database.db);
    expect(
      (await redeem(bearer(bakeryToken), { passIdentifier: pass.number, offerId: offers.plain! }, 'reuse-key-0001'))
        .statusCode,
    ).toBe(201);
    const reused = await redeem(
      bearer(bakeryToken),
      { passIdentifier: pass.number, offerId: offers.reduced! },
      'reuse-key-0001',
    );
    expectProblem(reused, 422, 'idempotency-key-reused');
    const forPass = await ctx.database.db
      .selectFrom('redemptions')
      .select('offer_id')
      .where('pass_id', '=', pass.id)
      .execute();
    expect(forPass).toEqual([{ offer_id: offers.plain }]);
  });

  it('remembers a refusal: a retry gets the same answer even when the offer came back in stock', async () => {
    const offer = (
      await createOffer(ctx.database.db, bakery, { title: 'Op is op', stock_total: 0, stock_remaining: 0 })
    ).id;
    const pass = await createPass(ctx.database.db);
    const first = await redeem(bearer(bakeryToken), { passIdentifier: pass.number, offerId: offer }, 'refused-key-01');
    expectProblem(first, 409, 'offer-sold-out');
    await ctx.database.db
      .updateTable('offers')
      .set({ stock_total: 5, stock_remaining: 5 })
      .where('id', '=', offer)
      .execute();
    const retry = await redeem(bearer(bakeryToken), { passIdentifier: pass.number, offerId: offer }, 'refused-key-01');
    expect(retry.statusCode).toBe(first.statusCode);
    expect(retry.body).toBe(first.body);
    expect(await countRedemptions(offer)).toBe(0);
    expect(
      (await redeem(bearer(bakeryToken), { passIdentifier: pass.number, offerId: offer }, 'refused-key-02')).statusCode,
    ).toBe(201);
  });

  it('keeps keys apart per provider', async () => {
    const pass = await createPass(ctx.database.db);
    expect(
      (await redeem(bearer(bakeryToken), { passIdentifier: pass.number, offerId: offers.plain! }, 'shared-key-0001'))
        .statusCode,
    ).toBe(201);
    expect(
      (await redeem(bearer(poolToken), { passIdentifier: pass.number, offerId: offers.swim! }, 'shared-key-0001'))
        .statusCode,
    ).toBe(201);
  });

  it('forgets keys older than 7 days, in batches, and keeps their redemptions', async () => {
    const pass = await createPass(ctx.database.db);
    const oldKeys = ['old-key-0001', 'old-key-0002', 'old-key-0003'];
    const booked = [];
    for (const key of [...oldKeys, 'new-key-0001'])
      booked.push(
        (await redeem(bearer(bakeryToken), { passIdentifier: pass.number, offerId: offers.plain! }, key)).json().id,
      );
    const now = new Date();
    const eightDaysAgo = new Date(now.getTime() - (IDEMPOTENCY_KEY_RETENTION_DAYS + 1) * 86_400_000);
    const justInside = new Date(now.getTime() - IDEMPOTENCY_KEY_RETENTION_DAYS * 86_400_000 + 60_000);
    await ctx.database.db
      .updateTable('idempotency_keys')
      .set({ created_at: eightDaysAgo } as never)
      .where('key', 'in', oldKeys)
      .execute();
    await ctx.database.db
      .updateTable('idempotency_keys')
      .set({ created_at: justInside } as never)
      .where('key', '=', 'new-key-0001')
      .execute();

    expect(await forgetOldIdempotencyKeys(new RedemptionsRepository(ctx.database.db), now, 2)).toEqual({
      forgotten: 3,
    });
    const left = await ctx.database.db
      .selectFrom('idempotency_keys')
      .select('key')
      .where('key', 'in', [...oldKeys, 'new-key-0001'])
      .execute();
    expect(left.map((row) => row.key)).toEqual(['new-key-0001']);
    const kept = await ctx.database.db.selectFrom('redemptions').select('id').where('pass_id', '=', pass.id).execute();
    expect(kept.map((row) => row.id).sort()).toEqual([...booked].sort());
    // A key within the week still replays; a forgotten one is a new request.
    expect(
      (
        await redeem(bearer(bakeryToken), { passIdentifier: pass.number, offerId: offers.plain! }, 'new-key-0001')
      ).json().id,
    ).toBe(booked[3]);
    expect(
      (await redeem(bearer(bakeryToken), { passIdentifier: pass.number, offerId: offers.plain! }, oldKeys[0])).json()
        .id,
    ).not.toBe(booked[0]);
  });
});

describe('the server forgets old Idempotency-Keys', () => {
  it('when it is ready (not a test server), and closing waits for the sweep', async () => {
    const { database, drop } = await createTestDatabase();
    try {
      await createTenant(database.db);
      const old = new Date(Date.now() - (IDEMPOTENCY_KEY_RETENTION_DAYS + 1) * 86_400_000);
      await database.db
        .insertInto('idempotency_keys')
        .values(
          ['old', 'new'].map((key) => ({
            tenant_id: TENANT,
            scope: 'till',
            key: `${key}-key-0001`,
            request_hash: 'h',
            response_status: null,
            response_body: JSON.stringify({}),
          })),
        )
        .execute();
      await database.db
        .updateTable('idempotency_keys')
        .set({ created_at: old } as never)
        .where('key', '=', 'old-key-0001')
        .execute();
      const server = await buildApp(database, { ...loadConfig({ NODE_ENV: 'test' }), environment: 'development' });
      await server.ready();
      await server.close(); // waits for the sweep under way
      const left = await database.db.selectFrom('idempotency_keys').select('key').execute();
      expect(left.map((row) => row.key)).toEqual(['new-key-0001']);
    } finally {
      await drop();
    }
  });
});

describe('POST /redemptions/{redemptionId}/cancellation', () => {
  const cancel = (headers: Record<string, string>, id: string) =>
    ctx.app.inject({ method: 'POST', url: `/api/v1/redemptions/${id}/cancellation`, headers });

  it('cancels within 30 minutes, frees the per-pass limit and returns the stock, once', async () => {
    const pass = await createPass(ctx.database.db);
    const stockBefore = await stockOf(offers.cancelMe!);
    const booked = (
      await redeem(bearer(bakeryToken), { passIdentifier: pass.number, offerId: offers.cancelMe! })
    ).json();
    expect(await stockOf(offers.cancelMe!)).toBe(stockBefore! - 1);
    expectProblem(
      await redeem(bearer(bakeryToken), { passIdentifier: pass.number, offerId: offers.cancelMe! }),
      409,
      'limit-reached',
    );

    const cancelled = await cancel({ cookie: staffCookie }, booked.id);
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ id: booked.id, status: 'cancelled', redeemedAt: booked.redeemedAt });
    expect(await stockOf(offers.cancelMe!)).toBe(stockBefore);
    const twice = await cancel(bearer(bakeryToken), booked.id);
    expect(twice.statusCode).toBe(200);
    expect(twice.json().status).toBe('cancelled');
    expect(await stockOf(offers.cancelMe!)).toBe(stockBefore);

    const rebooked = await redeem(bearer(bakeryToken), { passIdentifier: pass.number, offerId: offers.cancelMe! });
    expect(rebooked.statusCode).toBe(201);
  });

  it('lets only the same provider cancel', async () => {
    const pass = await createPass(ctx.database.db);
    const booked = (await redeem(bearer(bakeryToken), { passIdentifier: pass.number, offerId: offers.plain! })).json();
    expectProblem(await cancel(bearer(poolToken), booked.id), 403, 'forbidden');
    expectProblem(await cancel({ cookie: adminCookie }, booked.id), 403, 'forbidden');
    expectProblem(await cancel({ cookie: residentCookie }, booked.id), 403, 'forbidden');
    expectProblem(await cancel({}, booked.id), 401, 'unauthenticated');
    expectProblem(
      await cancel(bearer(bakeryToken), '00000000-0000-4000-8000-000000000000'),
      404,
      'redemption-not-found',
    );
    expectProblem(await cancel(bearer(bakeryToken), 'nope'), 400, 'invalid-input');
    expect(await countRedemptions(offers.plain!)).toBeGreaterThan(0);
  });

  it('refuses after 30 minutes', async () => {
    const pass = await createPass(ctx.database.db);
    const booked = (await redeem(bearer(bakeryToken), { passIdentifier: pass.number, offerId: offers.plain! })).json();
    await ctx.database.db
      .updateTable('redemptions')
      .set({ created_at: sql`created_at - interval '31 minutes'` } as never)
      .where('id', '=', booked.id)
      .execute();
    expectProblem(await cancel(bearer(bakeryToken), booked.id), 409, 'redemption-not-cancellable');
  });
});

describe('the service with an injected clock', () => {
  let clock: Date;
  let service: RedemptionsService;
  let principal: Principal;
  const at = (iso: string) => {
    clock = new Date(iso);
  };

  beforeAll(() => {
    service = new RedemptionsService(new RedemptionsRepository(ctx.database.db), {
      qrSecret: ctx.config.qrSecret,
      now: () => clock,
    });
    principal = tillPrincipal(bakery.id, 'clock-test');
  });

  it('cancels at 29:59 and refuses at 30:01', async () => {
    const pass = await createPass(ctx.database.db);
    at('2026-05-04T10:00:00Z');
    const early = await service.redeem(principal, { passIdentifier: pass.number, offerId: offers.plain! });
    const late = await service.redeem(principal, { passIdentifier: pass.number, offerId: offers.plain! });
    expect(early.cancellableUntil).toBe('2026-05-04T10:30:00.000Z');
    at('2026-05-04T10:29:59Z');
    expect((await service.cancel(principal, early.id)).status).toBe('cancelled');
    at('2026-05-04T10:30:01Z');
    expect(await refusalOf(service.cancel(principal, late.id))).toBe('redemption-not-cancellable');
  });

  const periodCases: [LimitPeriod, string, string, string][] = [
    // period, first use, refused (same period), allowed again (next period); Dutch time is UTC+2 in summer
    ['day', '2026-05-04T08:00:00Z', '2026-05-04T21:59:00Z', '2026-05-04T22:00:00Z'],
    ['week', '2026-05-04T08:00:00Z', '2026-05-10T21:00:00Z', '2026-05-10T22:00:00Z'],
    ['month', '2026-05-02T08:00:00Z', '2026-05-31T21:59:00Z', '2026-05-31T22:00:00Z'],
    ['pass_year', '2026-05-02T08:00:00Z', '2026-12-31T12:00:00Z', '2027-01-01T12:00:00Z'],
  ];
  for (const [period, first, refused, allowed] of periodCases) {
    it(`counts the per-pass limit per ${period}`, async () => {
      const offer = (
        await createOffer(ctx.database.db, bakery, {
          title: `Limiet ${period}`,
          limit_per_pass: 1,
          limit_period: period,
        })
      ).id;
      const pass = await createPass(ctx.database.db);
      const input = { passIdentifier: pass.number, offerId: offer };
      at(first);
      expect(await refusalOf(service.redeem(principal, input))).toBe('ok');
      at(refused);
      expect(await refusalOf(service.redeem(principal, input))).toBe('limit-reached');
      at(allowed);
      expect(await refusalOf(service.redeem(principal, input))).toBe('ok');
      expect(await refusalOf(service.redeem(principal, input))).toBe('limit-reached');
    });
  }

  it('counts a limit of two per ever, and a cancelled use does not count', async () => {
    const offer = (
      await createOffer(ctx.database.db, bakery, { title: 'Twee keer', limit_per_pass: 2, limit_period: 'ever' })
    ).id;
    const pass = await createPass(ctx.database.db);
    const input = { passIdentifier: pass.number, offerId: offer };
    at('2026-05-04T08:00:00Z');
    const one = await service.redeem(principal, input);
    at('2030-05-04T08:00:00Z');
    await service.redeem(principal, input);
    expect(await refusalOf(service.redeem(principal, input))).toBe('limit-reached');
    const three = await service.redeem(principal, { ...input, offerId: offers.plain! });
    expect(three.status).toBe('redeemed');
    at('2026-05-04T08:10:00Z');
    await service.cancel(principal, one.id);
    at('2030-05-04T09:00:00Z');
    expect(await refusalOf(service.redeem(principal, input))).toBe('ok');
  });
});

describe('GET /redemptions', () => {
  it('shows a provider only its own redemptions, the pass organisation all, paged', async () => {
    const pass = await createPass(ctx.database.db);
    await redeem(bearer(poolToken), { passIdentifier: pass.number, offerId: offers.swim! });
    const own = await ctx.app.inject({ url: '/api/v1/redemptions?pageSize=100', headers: bearer(poolToken) });
    expect(own.statusCode).toBe(200);
    const ownItems = own.json().items as { providerName: string; offerId: string }[];
    expect(ownItems.length).toBeGreaterThan(0);
    expect(new Set(ownItems.map((i) => i.providerName))).toEqual(new Set(['Zwembad Test']));

    const all = await ctx.app.inject({
      url: '/api/v1/redemptions?pageSize=2&page=2',
      headers: { cookie: adminCookie },
    });
    expect(all.statusCode).toBe(200);
    const total = Number(
      (
        await ctx.database.db
          .selectFrom('redemptions')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(all.headers['x-total-count']).toBe(String(total));
    expect(all.json().page).toEqual({ page: 2, pageSize: 2, totalItems: total, totalPages: Math.ceil(total / 2) });
    expect(all.json().items).toHaveLength(2);
    expect(String(all.headers.link)).toContain('rel="next"');

    const staff = (
      await ctx.app.inject({ url: '/api/v1/redemptions?pageSize=100', headers: { cookie: staffCookie } })
    ).json();
    expect(new Set(staff.items.map((i: { providerName: string }) => i.providerName))).toEqual(
      new Set(['Bakkerij Test']),
    );
    expect(staff.page.totalItems + own.json().page.totalItems).toBe(total);
  });

  it('refuses residents and anonymous callers', async () => {
    expectProblem(
      await ctx.app.inject({ url: '/api/v1/redemptions', headers: { cookie: residentCookie } }),
      403,
      'forbidden',
    );
    expectProblem(await ctx.app.inject({ url: '/api/v1/redemptions' }), 401, 'unauthenticated');
  });
});
