import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../src/modules/access/principal.ts';
import { checkLedger } from '../src/modules/ledger/ledger-check.ts';
import { RedemptionsRepository, type RedemptionFacts } from '../src/modules/redemptions/redemptions.repository.ts';
import { RedemptionsService } from '../src/modules/redemptions/redemptions.service.ts';
import {
  accountBalance,
  createOffer,
  createPass,
  createProvider,
  createTenant,
  loadPassCredit,
  refusalOf,
  tillPrincipal,
} from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * The till list hands out one sealed quote for the offers the pass can use; a redemption of one of
 * them that carries it is booked without reading again, still guarded by the booking statement.
 * These tests count the reads to see which way a redemption went.
 */
let ctx: TestContext;
let provider: Awaited<ReturnType<typeof createProvider>>;
let principal: Principal;

class CountingRepository extends RedemptionsRepository {
  reads = 0;
  constructor() {
    super(ctx.database.db);
  }
  override async readForRedemption(
    params: Parameters<RedemptionsRepository['readForRedemption']>[0],
  ): Promise<RedemptionFacts> {
    this.reads++;
    return super.readForRedemption(params);
  }
}

let clock = new Date();
const till = () => {
  const repo = new CountingRepository();
  return { repo, service: new RedemptionsService(repo, { qrSecret: ctx.config.qrSecret, now: () => clock }) };
};
const quoteOf = async (service: RedemptionsService, passNumber: string) =>
  (await service.tillOffers(principal, passNumber)).quote;

beforeAll(async () => {
  ctx = await createTestApp();
  await createTenant(ctx.database.db);
  provider = await createProvider(ctx.database.db, { name: 'Theater Quote' });
  principal = tillPrincipal(provider.id, 'quote-test');
});
afterAll(() => ctx.close());

describe('a redemption on the quote of the till list', () => {
  it('is booked at the quoted price without reading again', async () => {
    clock = new Date();
    const offer = await createOffer(ctx.database.db, provider, {
      title: 'Voorstelling',
      regular_price_cents: 2000,
      discount_percent: 50,
    });
    const pass = await createPass(ctx.database.db);
    const { repo, service } = till();
    const quote = await quoteOf(service, pass.number);
    expect(quote).toMatch(/^q3\./);
    const booked = await service.redeem(
      principal,
      { passIdentifier: pass.number, offerId: offer.id, quote },
      'quote-1',
    );
    expect([booked.priceCents, repo.reads]).toEqual([1000, 0]);
    // A retry with the same key and quote gets the first answer, and books nothing twice.
    const again = await service.redeem(principal, { passIdentifier: pass.number, offerId: offer.id, quote }, 'quote-1');
    expect(again.id).toBe(booked.id);
    expect(
      (await ctx.database.db.selectFrom('redemptions').select('id').where('pass_id', '=', pass.id).execute()).length,
    ).toBe(1);
  });

  it('keeps the limit when the pass was used after the list: the booking fails and the read refuses', async () => {
    clock = new Date();
    const offer = await createOffer(ctx.database.db, provider, {
      title: 'Premiere eenmalig',
      limit_per_pass: 1,
      limit_period: 'ever',
    });
    const pass = await createPass(ctx.database.db);
    const { repo, service } = till();
    const quote = await quoteOf(service, pass.number);
    await till().service.redeem(principal, { passIdentifier: pass.number, offerId: offer.id });
    expect(await refusalOf(service.redeem(principal, { passIdentifier: pass.number, offerId: offer.id, quote }))).toBe(
      'limit-reached',
    );
    expect(repo.reads).toBe(1);
  });

  it('covers every offer on the list the pass can use, each booking still guarded by the usage version', async () => {
    clock = new Date();
    const first = await createOffer(ctx.database.db, provider, {
      title: 'Kindervoorstelling',
      regular_price_cents: 800,
      discount_percent: 50,
    });
    const second = await createOffer(ctx.database.db, provider, {
      title: 'Familievoorstelling',
      regular_price_cents: 1600,
      discount_percent: 25,
    });
    const pass = await createPass(ctx.database.db);
    const { repo, service } = till();
    const quote = await quoteOf(service, pass.number);
    // Either offer books on the one quote without reading again: here the second of the list.
    expect(
      (await service.redeem(principal, { passIdentifier: pass.number, offerId: second.id, quote })).priceCents,
    ).toBe(1200);
    expect(repo.reads).toBe(0);
    // That booking changed the pass's usage version, so the same quote no longer books: it reads again.
    expect(
      (await service.redeem(principal, { passIdentifier: pass.number, offerId: first.id, quote })).priceCents,
    ).toBe(400);
    expect(repo.reads).toBe(1);
  });

  it('ignores a quote that expired, was changed, or does not cover the pass or offer', async () => {
    clock = new Date();
    const offer = await createOffer(ctx.database.db, provider, {
      title: 'Matinee',
      regular_price_cents: 1000,
      discount_percent: 10,
    });
    const [pass, otherPass] = [await createPass(ctx.database.db), await createPass(ctx.database.db)];
    const { repo, service } = till();
    const quote = (await quoteOf(service, pass.number))!;
    // Published after the list was made: the quote does not cover it.
    const other = await createOffer(ctx.database.db, provider, {
      title: 'Avondvoorstelling',
      regular_price_cents: 3000,
      discount_percent: 10,
    });
    const cases = [
      { passNumber: otherPass.number, offerId: offer.id, quote },
      { passNumber: pass.number, offerId: other.id, quote },
      {
        passNumber: pass.number,
        offerId: offer.id,
        quote: quote.slice(0, -4) + (quote.endsWith('AAAA') ? 'BBBB' : 'AAAA'),
      },
    ];
    for (const [i, c] of cases.entries()) {
      const booked = await service.redeem(principal, {
        passIdentifier: c.passNumber,
        offerId: c.offerId,
        quote: c.quote,
      });
      expect(booked.priceCents, `case ${i}`).toBe(c.offerId === other.id ? 2700 : 900);
      expect(repo.reads, `case ${i}`).toBe(i + 1);
    }
    clock = new Date(clock.getTime() + 121_000);
    await service.redeem(principal, { passIdentifier: pass.number, offerId: offer.id, quote });
    expect(repo.reads).toBe(cases.length + 1);
  });

  it('gives no quote when the pass can use none of the offers', async () => {
    clock = new Date();
    const shop = await createProvider(ctx.database.db, { name: 'Eenmalig Theater' });
    const offer = await createOffer(ctx.database.db, shop, {
      title: 'Eenmalige voorstelling',
      limit_per_pass: 1,
      limit_period: 'ever',
    });
    const pass = await createPass(ctx.database.db);
    const { service } = till();
    const staff = tillPrincipal(shop.id, 'quote-none');
    expect(await service.tillOffers(staff, pass.number)).toHaveProperty('quote');
    await service.redeem(staff, { passIdentifier: pass.number, offerId: offer.id });
    const list = await service.tillOffers(staff, pass.number);
    expect(list.items.map((item) => item.available)).toEqual([false]);
    expect(list).not.toHaveProperty('quote');
  });

  it('charges the quoted price when the offer changed its price after the list', async () => {
    clock = new Date();
    const offer = await createOffer(ctx.database.db, provider, {
      title: 'Concert',
      regular_price_cents: 1500,
      discount_percent: 20,
    });
    const pass = await createPass(ctx.database.db);
    const { service } = till();
    const quote = await quoteOf(service, pass.number);
    await ctx.database.db.updateTable('offers').set({ discount_percent: 50 }).where('id', '=', offer.id).execute();
    expect(
      (await service.redeem(principal, { passIdentifier: pass.number, offerId: offer.id, quote })).priceCents,
    ).toBe(1200);
    expect((await service.redeem(principal, { passIdentifier: pass.number, offerId: offer.id })).priceCents).toBe(750);
  });
});

/** An offer that takes credit, at `regularPriceCents` with 10% off or `discountPercent`, and a new pass with the credit given as [amount, last day]. */
async function creditSale<C extends [number, string][]>(
  title: string,
  regularPriceCents: number,
  credit: [...C],
  discountPercent = 10,
) {
  clock = new Date();
  const offer = await createOffer(ctx.database.db, provider, {
    title,
    regular_price_cents: regularPriceCents,
    discount_percent: discountPercent,
    payable_from_credit: true,
  });
  const pass = await createPass(ctx.database.db);
  const accounts: string[] = [];
  for (const [amountCents, validUntil] of credit)
    accounts.push(await loadPassCredit(ctx.database.db, pass, amountCents, validUntil));
  return { offer, pass, accounts: accounts as { [K in keyof C]: string } };
}
const balanceOf = (accountId: string) => accountBalance(ctx.database.db, accountId);

describe('a payment from credit on the quote of the till list', () => {
  it('is booked without reading again, spending the credit that ends first', async () => {
    const {
      offer,
      pass,
      accounts: [later, sooner],
    } = await creditSale(
      'Toneel met tegoed',
      1000,
      [
        [1_000, '2099-06-30'],
        [200, '2098-06-30'],
      ],
      20,
    );
    const { repo, service } = till();
    const list = await service.tillOffers(principal, pass.number);
    // The list shows what can pay here, at most the price.
    expect(list.items.find((item) => item.offerId === offer.id)?.creditAvailableCents).toBe(800);
    const booked = await service.redeem(
      principal,
      { passIdentifier: pass.number, offerId: offer.id, creditCents: 500, quote: list.quote },
      'credit-quote-1',
    );
    expect([booked.priceCents, booked.creditCents, booked.toPayCents, repo.reads]).toEqual([800, 500, 300, 0]);
    expect([await balanceOf(sooner), await balanceOf(later)]).toEqual([0, 700]);
    // A retry with the key gets the first answer and spends nothing twice.
    const again = await service.redeem(
      principal,
      { passIdentifier: pass.number, offerId: offer.id, creditCents: 500, quote: list.quote },
      'credit-quote-1',
    );
    expect(again.id).toBe(booked.id);
    expect(await balanceOf(later)).toBe(700);
    expect((await checkLedger(ctx.database.db)).violations).toEqual([]);
  });

  it('reads again when the credit listed does not cover the amount, and the read refuses what the pass cannot pay', async () => {
    const {
      offer,
      pass,
      accounts: [account],
    } = await creditSale('Dans met tegoed', 2000, [[600, '2099-06-30']]);
    const { repo, service } = till();
    const quote = await quoteOf(service, pass.number);
    expect(
      await refusalOf(
        service.redeem(principal, { passIdentifier: pass.number, offerId: offer.id, creditCents: 700, quote }),
      ),
    ).toBe('credit-insufficient');
    expect(
      await refusalOf(
        service.redeem(principal, { passIdentifier: pass.number, offerId: offer.id, creditCents: 2_100, quote }),
      ),
    ).toBe('invalid-input');
    expect(repo.reads).toBe(2);
    expect(await balanceOf(account)).toBe(600);
  });

  it('spends no credit that went since the list: the booking fails, the read decides on what is left', async () => {
    const {
      offer,
      pass,
      accounts: [account],
    } = await creditSale('Film met tegoed', 1000, [[1_000, '2099-06-30']]);
    const { repo, service } = till();
    const quote = await quoteOf(service, pass.number);
    // Another till takes 800 of the 1,000 listed.
    await till().service.redeem(principal, { passIdentifier: pass.number, offerId: offer.id, creditCents: 800 });
    expect(
      await refusalOf(
        service.redeem(principal, { passIdentifier: pass.number, offerId: offer.id, creditCents: 500, quote }),
      ),
    ).toBe('credit-insufficient');
    expect(repo.reads).toBe(1);
    expect(await balanceOf(account)).toBe(200);
    const rest = await service.redeem(principal, {
      passIdentifier: pass.number,
      offerId: offer.id,
      creditCents: 200,
      quote,
    });
    expect([rest.creditCents, repo.reads, await balanceOf(account)]).toEqual([200, 2, 0]);
    expect((await checkLedger(ctx.database.db)).violations).toEqual([]);
  });
});
