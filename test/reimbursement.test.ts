import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLedger } from '../src/modules/ledger/ledger-check.ts';
import {
  createApiToken,
  createOffer,
  createPass,
  createProvider,
  createTenant,
  createUser,
  loginStaff,
  type TestPass,
} from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * Reimbursement of discounts (issue 3, item 3). An offer says who bears its discount (regular
 * price minus the price charged, kansentarief included): the provider, a scheme fund or the
 * actiebudget. A redemption books the claim on the provider's payable; a cancellation books
 * the reversal. Property: a provider's payable equals what its redemptions booked (credit paid
 * plus discounts reimbursed) minus what their cancellations reversed.
 */
let ctx: TestContext;
let admin: string;
let run = 0;
const API = '/api/v1';

beforeAll(async () => {
  ctx = await createTestApp();
  await createTenant(ctx.database.db);
  await createUser(ctx.database.db, {
    role: 'org_admin',
    email: 'beheer@vergoeding.test',
    password: 'beheer-wachtwoord',
  });
  admin = await loginStaff(ctx.app, 'beheer@vergoeding.test', 'beheer-wachtwoord');
});
afterAll(async () => {
  await ctx.close();
});

const problemCode = (response: { json(): unknown }) => (response.json() as { type: string }).type.replace(/.*\//, '');

async function createScheme(budgetCents = 1_000_000) {
  const response = await ctx.app.inject({
    method: 'POST',
    url: `${API}/credit-schemes`,
    headers: { cookie: admin },
    payload: {
      name: `Fonds ${Math.random().toString(36).slice(2, 8)}`,
      amountPerPassCents: 20_000,
      validUntil: '2099-07-31',
      budgetCents,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return (response.json() as { id: string }).id;
}

async function load(schemeId: string, pass: TestPass, amountCents: number) {
  const response = await ctx.app.inject({
    method: 'POST',
    url: `${API}/credit-schemes/${schemeId}/loads`,
    headers: { cookie: admin },
    payload: { passNumber: pass.number, amountCents, reference: `load-${Math.random()}` },
  });
  expect(response.statusCode, response.body).toBe(201);
}

/** A provider with a till token, and what its redemption and cancellation calls look like. */
async function tillOf(name: string) {
  const provider = await createProvider(ctx.database.db, { name });
  const headers = { authorization: `Bearer ${await createApiToken(ctx.database.db, provider.id)}` };
  return {
    provider,
    redeem: (body: { passIdentifier: string; offerId: string; creditCents?: number }) =>
      ctx.app.inject({ method: 'POST', url: `${API}/redemptions`, payload: body, headers }),
    cancel: (id: string) => ctx.app.inject({ method: 'POST', url: `${API}/redemptions/${id}/cancellation`, headers }),
  };
}

async function balance(
  type: 'provider_payable' | 'scheme_fund' | 'action_budget' | 'pass_credit',
  owner: { providerId?: string; schemeId?: string; passId?: string } = {},
) {
  let query = ctx.database.db.selectFrom('ledger_accounts').select('balance_cents').where('type', '=', type);
  if (owner.providerId) query = query.where('provider_id', '=', owner.providerId);
  if (owner.schemeId) query = query.where('scheme_id', '=', owner.schemeId);
  if (owner.passId) query = query.where('pass_id', '=', owner.passId);
  const row = await query.executeTakeFirst();
  return Number(row?.balance_cents ?? 0);
}

async function entry(kind: string, reference: string) {
  const e = await ctx.database.db
    .selectFrom('journal_entries')
    .select('id')
    .where('kind', '=', kind)
    .where('reference', '=', reference)
    .executeTakeFirst();
  if (!e) return undefined;
  return ctx.database.db
    .selectFrom('journal_lines as l')
    .innerJoin('ledger_accounts as a', (j) =>
      j.onRef('a.tenant_id', '=', 'l.tenant_id').onRef('a.id', '=', 'l.account_id'),
    )
    .select(['a.type', 'a.scheme_id', 'a.provider_id', 'l.amount_cents'])
    .where('l.entry_id', '=', e.id)
    .orderBy('l.line_no')
    .execute();
}

/** 20% off EUR 10; the kansentarief (for low-income holders) is EUR 3. */
const PRICES = {
  price_type: 'percentage_discount',
  regular_price_cents: 1_000,
  discount_percent: 20,
  reduced_price_cents: 300,
} as const;

describe('a redemption books the discount claim of whoever bears it', () => {
  it('from a scheme fund, the kansentarief difference included', async () => {
    const till = await tillOf('Museum Vergoed');
    const schemeId = await createScheme();
    const offer = await createOffer(ctx.database.db, till.provider, {
      ...PRICES,
      discount_borne_by: 'scheme',
      discount_scheme_id: schemeId,
    });
    const regular = await createPass(ctx.database.db);
    const low = await createPass(ctx.database.db, { category: 'low_income' });
    const fundBefore = await balance('scheme_fund', { schemeId });

    const a = await till.redeem({ passIdentifier: regular.number, offerId: offer.id });
    const b = await till.redeem({ passIdentifier: low.number, offerId: offer.id });
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect([a.json().priceCents, b.json().priceCents]).toEqual([800, 300]);
    // The till's answer holds amounts to charge, nothing about the claim.
    expect(Object.keys(a.json()).sort()).toEqual([
      'cancellableUntil',
      'creditCents',
      'id',
      'offerId',
      'offerTitle',
      'passNumber',
      'priceCents',
      'redeemedAt',
      'status',
      'toPayCents',
    ]);

    expect(await entry('discount_reimbursement', a.json().id)).toEqual([
      { type: 'scheme_fund', scheme_id: schemeId, provider_id: null, amount_cents: -200 },
      { type: 'provider_payable', scheme_id: null, provider_id: till.provider.id, amount_cents: 200 },
    ]);
    expect((await entry('discount_reimbursement', b.json().id))!.map((l) => l.amount_cents)).toEqual([-700, 700]);
    expect(await balance('provider_payable', { providerId: till.provider.id })).toBe(900);
    expect(await balance('scheme_fund', { schemeId })).toBe(fundBefore - 900);
    expect(await entry('redemption_credit_payment', a.json().id)).toBeUndefined();
  });

  it('from the actiebudget, and a free offer reimburses its whole regular price', async () => {
    const till = await tillOf('Bioscoop Actie');
    const offer = await createOffer(ctx.database.db, till.provider, { ...PRICES, discount_borne_by: 'action_budget' });
    const free = await createOffer(ctx.database.db, till.provider, {
      price_type: 'free',
      regular_price_cents: 650,
      discount_percent: null,
      discount_borne_by: 'action_budget',
    });
    const pass = await createPass(ctx.database.db);
    const budgetBefore = await balance('action_budget');

    const a = await till.redeem({ passIdentifier: pass.number, offerId: offer.id });
    const b = await till.redeem({ passIdentifier: pass.number, offerId: free.id });
    expect((await entry('discount_reimbursement', a.json().id))!.map((l) => [l.type, l.amount_cents])).toEqual([
      ['action_budget', -200],
      ['provider_payable', 200],
    ]);
    expect(b.json()).toMatchObject({ priceCents: 0, toPayCents: 0 });
    expect((await entry('discount_reimbursement', b.json().id))!.map((l) => l.amount_cents)).toEqual([-650, 650]);
    expect(await balance('action_budget')).toBe(budgetBefore - 850);
    expect(await balance('provider_payable', { providerId: till.provider.id })).toBe(850);
  });

  it('nothing when the provider bears the discount or the offer has no regular price', async () => {
    const till = await tillOf('Bakker Zelf');
    const own = await createOffer(ctx.database.db, till.provider, { ...PRICES });
    const noRegular = await createOffer(ctx.database.db, till.provider, {
      price_type: 'fixed_price',
      fixed_price_cents: 500,
      regular_price_cents: null,
      discount_percent: null,
      discount_borne_by: 'action_budget',
    });
    const pass = await createPass(ctx.database.db, { category: 'low_income' });
    for (const offerId of [own.id, noRegular.id]) {
      const response = await till.redeem({ passIdentifier: pass.number, offerId });
      expect(response.statusCode).toBe(201);
      expect(await entry('discount_reimbursement', response.json().id)).toBeUndefined();
    }
    const account = await ctx.database.db
      .selectFrom('ledger_accounts')
      .select('id')
      .where('provider_id', '=', till.provider.id)
      .executeTakeFirst();
    expect(account).toBeUndefined();
  });

  it('is reversed, with the credit payment, when the redemption is cancelled', async () => {
    const till = await tillOf('Zwembad Terug');
    const schemeId = await createScheme();
    const offer = await createOffer(ctx.database.db, till.provider, {
      ...PRICES,
      discount_borne_by: 'scheme',
      discount_scheme_id: schemeId,
      payable_from_credit: true,
    });
    const pass = await createPass(ctx.database.db);
    await load(schemeId, pass, 500);
    const fundBefore = await balance('scheme_fund', { schemeId });

    const redeemed = await till.redeem({ passIdentifier: pass.number, offerId: offer.id, creditCents: 500 });
    expect(redeemed.statusCode, redeemed.body).toBe(201);
    expect(redeemed.json()).toMatchObject({ priceCents: 800, creditCents: 500, toPayCents: 300 });
    expect(await balance('provider_payable', { providerId: till.provider.id })).toBe(700);
    expect(await balance('scheme_fund', { schemeId })).toBe(fundBefore - 200);
    expect(await balance('pass_credit', { passId: pass.id, schemeId })).toBe(0);

    const cancelled = await till.cancel(redeemed.json().id);
    expect(cancelled.statusCode).toBe(200);
    expect(await balance('provider_payable', { providerId: till.provider.id })).toBe(0);
    expect(await balance('scheme_fund', { schemeId })).toBe(fundBefore);
    expect(await balance('pass_credit', { passId: pass.id, schemeId })).toBe(500);
    const reversals = await ctx.database.db
      .selectFrom('journal_entries as r')
      .innerJoin('journal_entries as o', (j) =>
        j.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.id', '=', 'r.reverses_entry_id'),
      )
      .select('o.kind')
      .where('o.reference', '=', redeemed.json().id)
      .orderBy('o.kind')
      .execute();
    expect(reversals.map((r) => r.kind)).toEqual(['discount_reimbursement', 'redemption_credit_payment']);
    expect((await checkLedger(ctx.database.db)).violations).toEqual([]);
  });
});

type Command =
  { kind: 'redeem'; offer: number; pass: number; creditQuarters: number } | { kind: 'cancel'; pick: number };

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('redeem' as const),
      offer: fc.integer({ min: 0, max: 2 }),
      pass: fc.integer({ min: 0, max: 1 }),
      creditQuarters: fc.integer({ min: 0, max: 4 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }) },
);

describe('provider payable (property-based)', () => {
  it('equals reimbursable redemptions minus cancellations over random sequences of redeem, cancel and credit payments', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 16 }), async (commands) => {
        run++;
        const db = ctx.database.db;
        const till = await tillOf(`Aanbieder ronde ${run}`);
        const creditScheme = await createScheme();
        const discountScheme = await createScheme();
        const bearers = [
          { discount_borne_by: 'provider' as const, discount_scheme_id: null },
          { discount_borne_by: 'scheme' as const, discount_scheme_id: discountScheme },
          { discount_borne_by: 'action_budget' as const, discount_scheme_id: null },
        ];
        const offers = await Promise.all(
          bearers.map((bearer, i) =>
            createOffer(db, till.provider, {
              ...PRICES,
              ...bearer,
              payable_from_credit: true,
              title: `Ronde ${run} aanbod ${i}`,
            }),
          ),
        );
        const passes = [await createPass(db), await createPass(db, { category: 'low_income' })];
        const loaded = [1_200, 700];
        for (const [i, pass] of passes.entries()) await load(creditScheme, pass, loaded[i]!);
        const fundBefore = await balance('scheme_fund', { schemeId: discountScheme });
        const budgetBefore = await balance('action_budget');

        // The model: what each booked redemption should have booked, and whether it is cancelled.
        const booked: {
          id: string;
          pass: number;
          offer: number;
          credit: number;
          reimbursed: number;
          cancelled: boolean;
        }[] = [];
        const creditLeft = [...loaded];
        for (const cmd of commands) {
          if (cmd.kind === 'redeem') {
            const price = cmd.pass === 1 ? 300 : 800;
            const credit = Math.floor((price * cmd.creditQuarters) / 4);
            const response = await till.redeem({
              passIdentifier: passes[cmd.pass]!.number,
              offerId: offers[cmd.offer]!.id,
              ...(credit ? { creditCents: credit } : {}),
            });
            if (credit > creditLeft[cmd.pass]!) {
              expect([response.statusCode, problemCode(response)]).toEqual([409, 'credit-insufficient']);
              continue;
            }
            expect(response.statusCode, response.body).toBe(201);
            expect(response.json()).toMatchObject({
              priceCents: price,
              creditCents: credit,
              toPayCents: price - credit,
            });
            creditLeft[cmd.pass]! -= credit;
            booked.push({
              id: response.json().id,
              pass: cmd.pass,
              offer: cmd.offer,
              credit,
              reimbursed: cmd.offer === 0 ? 0 : 1_000 - price,
              cancelled: false,
            });
          } else {
            if (booked.length === 0) continue;
            const target = booked[cmd.pick % booked.length]!;
            const response = await till.cancel(target.id);
            expect(response.statusCode).toBe(200);
            if (!target.cancelled) {
              target.cancelled = true;
              creditLeft[target.pass]! += target.credit;
            }
          }
        }

        const sum = (items: typeof booked, f: (b: (typeof booked)[number]) => number) =>
          items.reduce((total, b) => total + f(b), 0);
        const claims = (b: (typeof booked)[number]) => b.credit + b.reimbursed;
        const expectedPayable =
          sum(booked, claims) -
          sum(
            booked.filter((b) => b.cancelled),
            claims,
          );
        expect(await balance('provider_payable', { providerId: till.provider.id })).toBe(expectedPayable);
        // The same from the redemptions the database holds.
        const rows = await db
          .selectFrom('redemptions')
          .select(['credit_cents', 'reimbursed_cents', 'cancelled_at'])
          .where('provider_id', '=', till.provider.id)
          .execute();
        expect(rows).toHaveLength(booked.length);
        expect(rows.filter((r) => !r.cancelled_at).reduce((t, r) => t + r.credit_cents + r.reimbursed_cents, 0)).toBe(
          expectedPayable,
        );

        const active = booked.filter((b) => !b.cancelled);
        expect(await balance('scheme_fund', { schemeId: discountScheme })).toBe(
          fundBefore -
            sum(
              active.filter((b) => b.offer === 1),
              (b) => b.reimbursed,
            ),
        );
        expect(await balance('action_budget')).toBe(
          budgetBefore -
            sum(
              active.filter((b) => b.offer === 2),
              (b) => b.reimbursed,
            ),
        );
        for (const [i, pass] of passes.entries())
          expect(await balance('pass_credit', { passId: pass.id, schemeId: creditScheme })).toBe(creditLeft[i]);
        const report = await checkLedger(db);
        expect(report.violations).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });
});
