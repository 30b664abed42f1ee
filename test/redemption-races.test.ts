import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../src/modules/access/principal.ts';
import { RedemptionsRepository, type RedemptionFacts } from '../src/modules/redemptions/redemptions.repository.ts';
import { RedemptionsService } from '../src/modules/redemptions/redemptions.service.ts';
import { createOffer, createPass, createProvider, createTenant, refusalOf, tillPrincipal } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * A redemption reads its facts, decides, then books in one guarded statement. These tests change
 * the world between the read and the booking (as another till or the pass organisation would)
 * and check that the booking notices: nothing is booked on stale facts, and the next read refuses.
 */
let ctx: TestContext;
let provider: Awaited<ReturnType<typeof createProvider>>;
let principal: Principal;

/** A repository that runs `meddle` once, right after the first read of the facts. */
class MeddlingRepository extends RedemptionsRepository {
  reads = 0;
  constructor(private readonly meddle: () => Promise<void>) {
    super(ctx.database.db);
  }
  override async readForRedemption(
    params: Parameters<RedemptionsRepository['readForRedemption']>[0],
  ): Promise<RedemptionFacts> {
    const facts = await super.readForRedemption(params);
    if (++this.reads === 1) await this.meddle();
    return facts;
  }
}

const serviceWith = (repo: RedemptionsRepository) => new RedemptionsService(repo, { qrSecret: ctx.config.qrSecret });
const redemptionsOf = async (passId: string) =>
  (
    await ctx.database.db
      .selectFrom('redemptions')
      .select('id')
      .where('pass_id', '=', passId)
      .where('cancelled_at', 'is', null)
      .execute()
  ).length;

beforeAll(async () => {
  ctx = await createTestApp();
  await createTenant(ctx.database.db);
  provider = await createProvider(ctx.database.db, { name: 'Speeltuin Race' });
  principal = tillPrincipal(provider.id, 'race-test');
});
afterAll(() => ctx.close());

describe('a booking that finds the world changed since its read', () => {
  // Each case changes the offer or the pass between the read and the booking.
  type Meddle = (offerId: string, passId: string) => Promise<unknown>;
  const db = () => ctx.database.db;
  const cases: { what: string; title: string; key?: string; meddle: Meddle; refusal: string }[] = [
    {
      what: 'a pass blocked',
      title: 'Schommel',
      key: 'race-blocked',
      refusal: 'pass-blocked',
      meddle: (_, passId) => db().updateTable('passes').set({ status: 'blocked' }).where('id', '=', passId).execute(),
    },
    {
      what: 'an offer withdrawn',
      title: 'Glijbaan',
      refusal: 'offer-not-available',
      meddle: (offerId) => db().updateTable('offers').set({ status: 'draft' }).where('id', '=', offerId).execute(),
    },
    {
      what: 'an offer that ended',
      title: 'Wipwap',
      refusal: 'offer-not-valid-today',
      meddle: (offerId) =>
        db()
          .updateTable('offers')
          .set({ valid_from: '2020-01-01', valid_until: '2020-12-31' })
          .where('id', '=', offerId)
          .execute(),
    },
    {
      what: 'a pass that expired',
      title: 'Zandbak',
      refusal: 'pass-lapsed',
      meddle: (_, passId) =>
        db()
          .updateTable('passes')
          .set({ valid_from: '2020-01-01', valid_until: '2020-12-31' })
          .where('id', '=', passId)
          .execute(),
    },
  ];

  it.each(cases)('does not redeem $what in between', async ({ title, key, meddle, refusal }) => {
    const offer = await createOffer(db(), provider, { title });
    const pass = await createPass(db());
    const repo = new MeddlingRepository(() => meddle(offer.id, pass.id).then(() => undefined));
    expect(
      await refusalOf(serviceWith(repo).redeem(principal, { passIdentifier: pass.number, offerId: offer.id }, key)),
    ).toBe(refusal);
    expect(await redemptionsOf(pass.id)).toBe(0);
  });

  it('keeps a once-per-pass limit when another till redeems the pass in between', async () => {
    const offer = await createOffer(ctx.database.db, provider, {
      title: 'Draaimolen eenmalig',
      limit_per_pass: 1,
      limit_period: 'ever',
    });
    const pass = await createPass(ctx.database.db);
    const otherTill = serviceWith(new RedemptionsRepository(ctx.database.db));
    const repo = new MeddlingRepository(async () => {
      await otherTill.redeem(principal, { passIdentifier: pass.number, offerId: offer.id }, 'race-other-till');
    });
    expect(
      await refusalOf(
        serviceWith(repo).redeem(principal, { passIdentifier: pass.number, offerId: offer.id }, 'race-this-till'),
      ),
    ).toBe('limit-reached');
    expect(await redemptionsOf(pass.id)).toBe(1);
    // The refusal is the key's answer: a retry gets it again and books nothing.
    expect(
      await refusalOf(
        serviceWith(new RedemptionsRepository(ctx.database.db)).redeem(
          principal,
          { passIdentifier: pass.number, offerId: offer.id },
          'race-this-till',
        ),
      ),
    ).toBe('limit-reached');
  });

  it('takes no stock and stores no answer when the last one went in between', async () => {
    const offer = await createOffer(ctx.database.db, provider, {
      title: 'Laatste ijsje',
      stock_total: 1,
      stock_remaining: 1,
    });
    const [first, second] = [await createPass(ctx.database.db), await createPass(ctx.database.db)];
    const otherTill = serviceWith(new RedemptionsRepository(ctx.database.db));
    const repo = new MeddlingRepository(async () => {
      await otherTill.redeem(principal, { passIdentifier: second.number, offerId: offer.id });
    });
    expect(
      await refusalOf(
        serviceWith(repo).redeem(principal, { passIdentifier: first.number, offerId: offer.id }, 'race-stock'),
      ),
    ).toBe('offer-sold-out');
    expect(await redemptionsOf(first.id)).toBe(0);
    const stock = await ctx.database.db
      .selectFrom('offers')
      .select('stock_remaining')
      .where('id', '=', offer.id)
      .executeTakeFirstOrThrow();
    expect(stock.stock_remaining).toBe(0);
    const key = await ctx.database.db
      .selectFrom('idempotency_keys')
      .select('response_body')
      .where('key', '=', 'race-stock')
      .executeTakeFirstOrThrow();
    expect(key.response_body).toMatchObject({ refusal: { code: 'offer-sold-out' } });
  });

  it("tries again, booking once, when a booking gave up waiting for a lock (the pipeline's lock_timeout)", async () => {
    const offer = await createOffer(ctx.database.db, provider, { title: 'Klimrek' });
    const pass = await createPass(ctx.database.db);
    class TimingOutRepository extends RedemptionsRepository {
      timeouts = 0;
      override async book(input: Parameters<RedemptionsRepository['book']>[0]) {
        if (this.timeouts++ === 0)
          throw Object.assign(new Error('canceling statement due to lock timeout'), { code: '55P03' });
        return super.book(input);
      }
    }
    const repo = new TimingOutRepository(ctx.database.db);
    expect(
      await refusalOf(
        serviceWith(repo).redeem(principal, { passIdentifier: pass.number, offerId: offer.id }, 'race-lock-timeout'),
      ),
    ).toBe('ok');
    expect(repo.timeouts).toBe(1); // The retry ran in a transaction, on a repository of its own.
    expect(await redemptionsOf(pass.id)).toBe(1);
  });
});

describe('a booking whose connection broke', () => {
  const lost = () => Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
  /** A repository whose first booking loses its connection: after the commit (`committed`) or before it. */
  class BrokenConnectionRepository extends RedemptionsRepository {
    breaks = 0;
    constructor(private readonly committed: boolean) {
      super(ctx.database.db);
    }
    override async book(input: Parameters<RedemptionsRepository['book']>[0]) {
      if (this.breaks++ > 0) return super.book(input);
      if (this.committed) await super.book(input);
      throw lost();
    }
  }

  it.each([
    { when: 'after its commit', committed: true, onQuote: false },
    { when: 'before it reached the server', committed: false, onQuote: false },
    { when: "after its commit, booked on the till list's quote", committed: true, onQuote: true },
  ])(
    'with an Idempotency-Key, is read again and booked exactly once when it broke $when',
    async ({ committed, onQuote }) => {
      const offer = await createOffer(ctx.database.db, provider, { title: `Draaimolen ${committed} ${onQuote}` });
      const pass = await createPass(ctx.database.db);
      const repo = new BrokenConnectionRepository(committed);
      const service = serviceWith(repo);
      const quote = onQuote ? (await service.tillOffers(principal, pass.number)).quote : undefined;
      if (onQuote) expect(quote).toBeDefined();
      const redemption = await service.redeem(
        principal,
        { passIdentifier: pass.number, offerId: offer.id, quote },
        `broken-${committed}-${onQuote}`,
      );
      expect(repo.breaks).toBe(1); // the next try ran in a transaction, on a repository of its own
      // Committed: the next try found the key's answer and returned that booking, not a second one.
      const rows = await ctx.database.db
        .selectFrom('redemptions')
        .select('id')
        .where('pass_id', '=', pass.id)
        .execute();
      expect(rows.map((row) => row.id)).toEqual([redemption.id]);
    },
  );

  it('without an Idempotency-Key, is not sent again: the till hears the connection broke', async () => {
    const offer = await createOffer(ctx.database.db, provider, { title: 'Trampoline' });
    const pass = await createPass(ctx.database.db);
    const repo = new BrokenConnectionRepository(true);
    const outcome = await serviceWith(repo)
      .redeem(principal, { passIdentifier: pass.number, offerId: offer.id })
      .then(
        () => 'ok',
        (error: { code?: string }) => error.code,
      );
    expect(outcome).toBe('57P01');
    expect(repo.breaks).toBe(1);
    expect(await redemptionsOf(pass.id)).toBe(1); // booked, but only the till's list can tell it now
  });
});

describe('an answer given again', () => {
  /**
   * On a PostgreSQL server a booking is seen by other requests a moment before it is durable
   * (group commit, src/db/pipeline.ts). A retry with the same key that finds the stored answer in
   * that moment must not answer before the booking is durable either.
   */
  class HeldDurabilityRepository extends RedemptionsRepository {
    waits = 0;
    private release: (() => void) | undefined;
    held = false;
    override async waitUntilDurable() {
      this.waits++;
      if (!this.held) return super.waitUntilDurable();
      await new Promise<void>((resolve) => {
        this.release = resolve;
      });
      return super.waitUntilDurable();
    }
    releaseNow() {
      this.release?.();
    }
  }

  it('waits until the stored booking is durable before answering with it', async () => {
    const offer = await createOffer(ctx.database.db, provider, { title: 'Klimmuur' });
    const pass = await createPass(ctx.database.db);
    const repo = new HeldDurabilityRepository(ctx.database.db);
    const service = serviceWith(repo);
    const request = { passIdentifier: pass.number, offerId: offer.id };
    const first = await service.redeem(principal, request, 'replay-durable');
    expect(repo.waits).toBe(0); // a fresh booking is made durable by the pipeline itself

    repo.held = true;
    let answered = false;
    const again = service.redeem(principal, request, 'replay-durable').then((redemption) => {
      answered = true;
      return redemption;
    });
    while (repo.waits === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toBe(false);
    repo.releaseNow();
    expect((await again).id).toBe(first.id);
    expect(repo.waits).toBe(1);
    expect(await redemptionsOf(pass.id)).toBe(1);
  });
});
