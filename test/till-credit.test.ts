import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLedger } from '../src/modules/ledger/ledger-check.ts';
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

/**
 * Holders pay at the till from pass credit (issue 3, item 2). The redemption and its payment
 * are one transaction; credit of a scheme is spendable only at offers in the scheme's
 * categories and only until its last day; the till sees amounts, never a scheme.
 */
let ctx: TestContext;
let provider: Awaited<ReturnType<typeof createProvider>>;
let till: Record<string, string>;
let admin: string;
const API = '/api/v1';

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  provider = await createProvider(db, { name: 'Sportschool Tegoed' });
  till = { authorization: `Bearer ${await createApiToken(db, provider.id)}` };
  await createUser(db, { role: 'org_admin', email: 'beheer@tegoed.test', password: 'beheer-wachtwoord' });
  admin = await loginStaff(ctx.app, 'beheer@tegoed.test', 'beheer-wachtwoord');
});
afterAll(async () => {
  await ctx.close();
});

interface Problem {
  type: string;
  detail: string;
}
const problemCode = (response: { json(): unknown }) => (response.json() as Problem).type.replace(/.*\//, '');

async function createScheme(options: { spendable?: string[]; validUntil?: string } = {}) {
  const name = `Meedoen ${Math.random().toString(36).slice(2, 8)}`;
  const response = await ctx.app.inject({
    method: 'POST',
    url: `${API}/credit-schemes`,
    headers: { cookie: admin },
    payload: {
      name,
      amountPerPassCents: 20_000,
      validUntil: options.validUntil ?? '2099-07-31',
      spendableOfferCategories: options.spendable ?? [],
      budgetCents: 1_000_000,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return { id: (response.json() as { id: string }).id, name };
}

async function load(scheme: { id: string }, pass: TestPass, amountCents: number) {
  const response = await ctx.app.inject({
    method: 'POST',
    url: `${API}/credit-schemes/${scheme.id}/loads`,
    headers: { cookie: admin },
    payload: { passNumber: pass.number, amountCents, reference: `load-${Math.random()}` },
  });
  expect(response.statusCode, response.body).toBe(201);
}

const offer = (input: Parameters<typeof createOffer>[2] = {}) =>
  createOffer(ctx.database.db, provider, { categories: ['sport'], payable_from_credit: true, ...input });

function redeem(body: { passIdentifier: string; offerId: string; creditCents?: unknown }, key?: string) {
  return ctx.app.inject({
    method: 'POST',
    url: `${API}/redemptions`,
    payload: body,
    headers: { ...till, ...(key ? { 'idempotency-key': key } : {}) },
  });
}
const cancel = (id: string) =>
  ctx.app.inject({ method: 'POST', url: `${API}/redemptions/${id}/cancellation`, headers: till });

async function tillOffer(pass: TestPass, offerId: string) {
  const response = await ctx.app.inject({ url: `${API}/till/passes/${pass.number}/offers`, headers: till });
  expect(response.statusCode).toBe(200);
  return (
    response.json() as { items: { offerId: string; priceCents: number; creditAvailableCents: number }[] }
  ).items.find((i) => i.offerId === offerId)!;
}

/** The pass's credit per scheme, from the ledger's cached balances. */
async function creditOf(pass: TestPass, scheme: { id: string }) {
  const row = await ctx.database.db
    .selectFrom('ledger_accounts')
    .select('balance_cents')
    .where('type', '=', 'pass_credit')
    .where('pass_id', '=', pass.id)
    .where('scheme_id', '=', scheme.id)
    .executeTakeFirst();
  return Number(row?.balance_cents ?? 0);
}
async function payable() {
  const row = await ctx.database.db
    .selectFrom('ledger_accounts')
    .select('balance_cents')
    .where('type', '=', 'provider_payable')
    .where('provider_id', '=', provider.id)
    .executeTakeFirst();
  return Number(row?.balance_cents ?? 0);
}
const count = async (table: 'journal_entries' | 'redemptions') =>
  Number(
    (
      await ctx.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

async function linesOf(kind: string, reference: string) {
  return ctx.database.db
    .selectFrom('journal_lines as l')
    .innerJoin('journal_entries as e', (j) =>
      j.onRef('e.tenant_id', '=', 'l.tenant_id').onRef('e.id', '=', 'l.entry_id'),
    )
    .innerJoin('ledger_accounts as a', (j) =>
      j.onRef('a.tenant_id', '=', 'l.tenant_id').onRef('a.id', '=', 'l.account_id'),
    )
    .select(['l.amount_cents', 'a.type', 'a.scheme_id', 'l.line_no'])
    .where('e.kind', '=', kind)
    .where('e.reference', '=', reference)
    .orderBy('l.line_no')
    .execute();
}

describe('the till list', () => {
  it('says per offer how much of the price this pass can pay from credit: one number, no scheme', async () => {
    const sport = await createScheme({ spendable: ['sport'] });
    const pass = await createPass(ctx.database.db);
    await load(sport, pass, 500);
    const gym = await offer({ title: 'Fitness', price_type: 'fixed_price', fixed_price_cents: 800 });
    const cheap = await offer({ title: 'Zwemles', price_type: 'fixed_price', fixed_price_cents: 300 });
    const food = await offer({
      title: 'Lunch',
      categories: ['eten-en-drinken'],
      price_type: 'fixed_price',
      fixed_price_cents: 800,
    });
    const noCredit = await offer({
      title: 'Geen tegoed',
      payable_from_credit: false,
      price_type: 'fixed_price',
      fixed_price_cents: 800,
    });

    expect(await tillOffer(pass, gym.id)).toMatchObject({ priceCents: 800, creditAvailableCents: 500 });
    expect(await tillOffer(pass, cheap.id)).toMatchObject({ priceCents: 300, creditAvailableCents: 300 });
    expect(await tillOffer(pass, food.id)).toMatchObject({ creditAvailableCents: 0 });
    expect(await tillOffer(pass, noCredit.id)).toMatchObject({ creditAvailableCents: 0 });

    // A scheme for any offer adds to what can be spent everywhere that takes credit.
    const any = await createScheme();
    await load(any, pass, 200);
    expect(await tillOffer(pass, gym.id)).toMatchObject({ creditAvailableCents: 700 });
    expect(await tillOffer(pass, food.id)).toMatchObject({ creditAvailableCents: 200 });
    expect(await tillOffer(pass, noCredit.id)).toMatchObject({ creditAvailableCents: 0 });

    const body = (await ctx.app.inject({ url: `${API}/till/passes/${pass.number}/offers`, headers: till })).body;
    for (const name of [sport.name, any.name, sport.id, any.id]) expect(body).not.toContain(name);
  });
});

describe('paying from credit', () => {
  it('pays the full price: the redemption and the payment are booked together', async () => {
    const scheme = await createScheme({ spendable: ['sport'] });
    const pass = await createPass(ctx.database.db);
    await load(scheme, pass, 1_000);
    const gym = await offer({ price_type: 'fixed_price', fixed_price_cents: 750 });
    const payableBefore = await payable();

    const response = await redeem({ passIdentifier: pass.number, offerId: gym.id, creditCents: 750 });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json() as { id: string; priceCents: number; creditCents: number; toPayCents: number };
    expect(body).toMatchObject({ priceCents: 750, creditCents: 750, toPayCents: 0 });
    expect(response.body).not.toContain(scheme.name);
    expect(await creditOf(pass, scheme)).toBe(250);
    expect(await payable()).toBe(payableBefore + 750);
    expect(await linesOf('redemption_credit_payment', body.id)).toEqual([
      { amount_cents: -750, type: 'pass_credit', scheme_id: scheme.id, line_no: 1 },
      { amount_cents: 750, type: 'provider_payable', scheme_id: null, line_no: 2 },
    ]);
    const row = await ctx.database.db
      .selectFrom('redemptions')
      .select(['price_cents', 'credit_cents'])
      .where('id', '=', body.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ price_cents: 750, credit_cents: 750 });
    expect(await tillOffer(pass, gym.id)).toMatchObject({ creditAvailableCents: 250 });
  });

  it('pays part of the price, spreading it over the schemes that expire first', async () => {
    const later = await createScheme({ validUntil: '2099-06-30' });
    const sooner = await createScheme({ spendable: ['sport'], validUntil: '2098-06-30' });
    const pass = await createPass(ctx.database.db);
    await load(later, pass, 1_000);
    await load(sooner, pass, 200);
    const gym = await offer({ price_type: 'percentage_discount', regular_price_cents: 1_000, discount_percent: 20 });

    const response = await redeem({ passIdentifier: pass.number, offerId: gym.id, creditCents: 500 });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json() as { id: string };
    expect(response.json()).toMatchObject({ priceCents: 800, creditCents: 500, toPayCents: 300 });
    expect(await creditOf(pass, sooner)).toBe(0);
    expect(await creditOf(pass, later)).toBe(700);
    const lines = await linesOf('redemption_credit_payment', body.id);
    expect(lines.map((l) => [l.scheme_id, l.amount_cents])).toEqual([
      [sooner.id, -200],
      [later.id, -300],
      [null, 500],
    ]);

    // Without creditCents (or with 0) nothing is paid from credit and nothing is booked for it.
    const entries = await count('journal_entries');
    const plain = await redeem({ passIdentifier: pass.number, offerId: gym.id, creditCents: 0 });
    expect(plain.json()).toMatchObject({ priceCents: 800, creditCents: 0, toPayCents: 800 });
    expect(await count('journal_entries')).toBe(entries);
  });

  it('refuses credit of a scheme for other offer categories, and of a scheme that has ended, booking nothing', async () => {
    const sport = await createScheme({ spendable: ['sport'] });
    const pass = await createPass(ctx.database.db);
    await load(sport, pass, 1_000);
    const food = await offer({ categories: ['eten-en-drinken'], price_type: 'fixed_price', fixed_price_cents: 500 });
    const gym = await offer({ price_type: 'fixed_price', fixed_price_cents: 500 });
    const [entries, redemptions] = [await count('journal_entries'), await count('redemptions')];

    const outside = await redeem({ passIdentifier: pass.number, offerId: food.id, creditCents: 100 });
    expect(outside.statusCode).toBe(409);
    expect(problemCode(outside)).toBe('credit-insufficient');
    expect(outside.body).not.toContain(sport.name);

    await ctx.database.db
      .updateTable('credit_schemes')
      .set({ valid_until: '2021-12-31' })
      .where('id', '=', sport.id)
      .execute();
    expect(await tillOffer(pass, gym.id)).toMatchObject({ creditAvailableCents: 0 });
    const expired = await redeem({ passIdentifier: pass.number, offerId: gym.id, creditCents: 100 });
    expect(expired.statusCode).toBe(409);
    expect(problemCode(expired)).toBe('credit-insufficient');

    expect([await count('journal_entries'), await count('redemptions')]).toEqual([entries, redemptions]);
    expect(await creditOf(pass, sport)).toBe(1_000);
  });

  it('refuses more than the credit, more than the price, an offer without credit and amounts that are not whole cents', async () => {
    const scheme = await createScheme();
    const pass = await createPass(ctx.database.db);
    await load(scheme, pass, 300);
    const gym = await offer({ price_type: 'fixed_price', fixed_price_cents: 500 });
    const noCredit = await offer({ payable_from_credit: false, price_type: 'fixed_price', fixed_price_cents: 500 });
    const [entries, redemptions] = [await count('journal_entries'), await count('redemptions')];

    const tooMuch = await redeem({ passIdentifier: pass.number, offerId: gym.id, creditCents: 301 });
    expect([tooMuch.statusCode, problemCode(tooMuch)]).toEqual([409, 'credit-insufficient']);
    const overPrice = await redeem({ passIdentifier: pass.number, offerId: gym.id, creditCents: 501 });
    expect(overPrice.statusCode).toBe(400);
    expect((overPrice.json() as { invalidParams: { name: string; code: string }[] }).invalidParams).toEqual([
      expect.objectContaining({ name: 'body.creditCents', code: 'exceeds-price' }),
    ]);
    // With an Idempotency-Key the refusal is the key's answer: the retry gets the same body, invalid parameters included.
    const keyed = [
      await redeem({ passIdentifier: pass.number, offerId: gym.id, creditCents: 501 }, 'over-price-key'),
      await redeem({ passIdentifier: pass.number, offerId: gym.id, creditCents: 501 }, 'over-price-key'),
    ];
    expect(keyed.map((r) => r.statusCode)).toEqual([400, 400]);
    expect(keyed[1]!.json()).toEqual(keyed[0]!.json());
    expect((keyed[1]!.json() as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name)).toEqual([
      'body.creditCents',
    ]);
    const notAccepted = await redeem({ passIdentifier: pass.number, offerId: noCredit.id, creditCents: 100 });
    expect([notAccepted.statusCode, problemCode(notAccepted)]).toEqual([409, 'credit-insufficient']);
    for (const creditCents of [0.1, -1, '1,00', 1.5]) {
      const bad = await redeem({ passIdentifier: pass.number, offerId: gym.id, creditCents });
      expect(bad.statusCode, `${creditCents}`).toBe(400);
      expect(bad.headers['content-type']).toContain('application/problem+json');
      expect((bad.json() as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name)).toContain(
        'body.creditCents',
      );
    }
    expect([await count('journal_entries'), await count('redemptions')]).toEqual([entries, redemptions]);
    expect(await creditOf(pass, scheme)).toBe(300);
  });

  it('gives the credit back when the redemption is cancelled, once', async () => {
    const scheme = await createScheme();
    const pass = await createPass(ctx.database.db);
    await load(scheme, pass, 1_000);
    const gym = await offer({ price_type: 'fixed_price', fixed_price_cents: 600, stock_total: 5, stock_remaining: 5 });
    const payableBefore = await payable();
    const redeemed = await redeem({ passIdentifier: pass.number, offerId: gym.id, creditCents: 400 });
    expect(redeemed.statusCode).toBe(201);
    const id = (redeemed.json() as { id: string }).id;
    expect(await creditOf(pass, scheme)).toBe(600);

    const cancelled = await cancel(id);
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', creditCents: 400, toPayCents: 200 });
    expect(await creditOf(pass, scheme)).toBe(1_000);
    expect(await payable()).toBe(payableBefore);
    const payment = await ctx.database.db
      .selectFrom('journal_entries')
      .select('id')
      .where('kind', '=', 'redemption_credit_payment')
      .where('reference', '=', id)
      .executeTakeFirstOrThrow();
    const reversals = await ctx.database.db
      .selectFrom('journal_entries')
      .select('id')
      .where('reverses_entry_id', '=', payment.id)
      .execute();
    expect(reversals).toHaveLength(1);

    // Cancelling again books nothing more.
    const entries = await count('journal_entries');
    expect((await cancel(id)).statusCode).toBe(200);
    expect(await count('journal_entries')).toBe(entries);
    expect(await creditOf(pass, scheme)).toBe(1_000);
  });

  it('books a retry with the same Idempotency-Key once, and refuses the key with another amount', async () => {
    const scheme = await createScheme();
    const pass = await createPass(ctx.database.db);
    await load(scheme, pass, 1_000);
    const gym = await offer({ price_type: 'fixed_price', fixed_price_cents: 400 });
    const body = { passIdentifier: pass.number, offerId: gym.id, creditCents: 400 };
    const first = await redeem(body, 'credit-retry-0001');
    const again = await Promise.all([redeem(body, 'credit-retry-0001'), redeem(body, 'credit-retry-0001')]);
    expect(first.statusCode).toBe(201);
    for (const response of again) expect([response.statusCode, response.json()]).toEqual([201, first.json()]);
    expect(await creditOf(pass, scheme)).toBe(600);
    const other = await redeem({ ...body, creditCents: 300 }, 'credit-retry-0001');
    expect([other.statusCode, problemCode(other)]).toEqual([422, 'idempotency-key-reused']);

    // A refusal is replayed too, even after the credit would cover it.
    const spent = await redeem({ ...body, creditCents: 400 }, 'credit-retry-0002');
    expect(spent.statusCode).toBe(201);
    const short = await redeem({ ...body, creditCents: 300 }, 'credit-retry-0003');
    expect([short.statusCode, problemCode(short)]).toEqual([409, 'credit-insufficient']);
    await load(scheme, pass, 1_000);
    const replayed = await redeem({ ...body, creditCents: 300 }, 'credit-retry-0003');
    expect([replayed.statusCode, problemCode(replayed)]).toEqual([409, 'credit-insufficient']);
    expect(await creditOf(pass, scheme)).toBe(1_200);
  });

  it("shows in the holder's history as paid at the provider, and a cancellation as given back there", async () => {
    const scheme = await createScheme({ spendable: ['sport'] });
    const email = `tegoed-${Math.random().toString(36).slice(2, 8)}@voorbeeld.test`;
    const pass = await createPass(ctx.database.db, { email });
    await createUser(ctx.database.db, { role: 'resident', email, holderId: pass.holderId });
    await load(scheme, pass, 1_000);
    const gym = await offer({ price_type: 'fixed_price', fixed_price_cents: 600 });
    const paid = await redeem({ passIdentifier: pass.number, offerId: gym.id, creditCents: 400 });
    expect(paid.statusCode, paid.body).toBe(201);
    expect((await cancel((paid.json() as { id: string }).id)).statusCode).toBe(200);

    const resident = await loginResident(ctx.app, email);
    const own = await ctx.app.inject({ url: `${API}/me/credit`, headers: { cookie: resident } });
    expect(own.statusCode).toBe(200);
    const item = (
      own.json() as {
        items: {
          scheme: { id: string };
          history: { kind: string; amountCents: number; providerName: string | null }[];
        }[];
      }
    ).items.find((i) => i.scheme.id === scheme.id)!;
    expect(item.history.map((h) => [h.kind, h.amountCents, h.providerName]).sort()).toEqual(
      [
        ['correction', 400, provider.name],
        ['load', 1_000, null],
        ['spend', -400, provider.name],
      ].sort(),
    );
  });
});

describe('concurrent payments from one pass', () => {
  it('200 parallel payments of EUR 1 from a pass with EUR 50 give exactly 50 successes and leave 0', async () => {
    const scheme = await createScheme();
    const pass = await createPass(ctx.database.db);
    await load(scheme, pass, 5_000);
    const coffee = await offer({ title: 'Sportdrank', price_type: 'fixed_price', fixed_price_cents: 150 });
    const payableBefore = await payable();

    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        redeem(
          { passIdentifier: pass.number, offerId: coffee.id, creditCents: 100 },
          i % 2 === 0 ? `parallel-credit-${i}` : undefined,
        ),
      ),
    );
    const counts: Record<string, number> = {};
    for (const r of responses) {
      const key = r.statusCode === 201 ? '201' : `${r.statusCode} ${problemCode(r)}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    expect(counts).toEqual({ '201': 50, '409 credit-insufficient': 150 });
    expect(await creditOf(pass, scheme)).toBe(0);
    expect(await payable()).toBe(payableBefore + 50 * 100);
    const active = await ctx.database.db
      .selectFrom('redemptions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('offer_id', '=', coffee.id)
      .where('cancelled_at', 'is', null)
      .executeTakeFirstOrThrow();
    expect(Number(active.n)).toBe(50);

    const report = await checkLedger(ctx.database.db);
    expect(report.violations).toEqual([]);
    expect(report.ok).toBe(true);
  });
});
