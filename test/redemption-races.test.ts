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
  constructor(private readonly meddle: () => Promise<void>) { super(ctx.database.db); }
  override async readForRedemption(params: Parameters<RedemptionsRepository['readForRedemption']>[0]): Promise<RedemptionFacts> {
    const facts = await super.readForRedemption(params);
    if (++this.reads === 1) await this.meddle();
    return facts;
  }
}

const serviceWith = (repo: RedemptionsRepository) => new RedemptionsService(repo, { qrSecret: ctx.config.qrSecret });
const redemptionsOf = async (passId: string) => (await ctx.database.db.selectFrom('redemptions').select('id')
  .where('pass_id', '=', passId).where('cancelled_at', 'is', null).execute()).length;

beforeAll(async () => {
  ctx = await createTestApp();
  await createTenant(ctx.database.db);
  provider = await createProvider(ctx.database.db, { name: 'Speeltuin Race' });
  principal = tillPrincipal(provider.id, 'race-test');
});
afterAll(() => ctx.close());

describe('a booking that finds the world changed since its read', () => {
  it('does not redeem a pass blocked in between', async () => {
    const offer = await createOffer(ctx.database.db, provider, { title: 'Schommel' });
    const pass = await createPass(ctx.database.db);
    const repo = new MeddlingRepository(async () => {
      await ctx.database.db.updateTable('passes').set({ status: 'blocked' }).where('id', '=', pass.id).execute();
    });
    expect(await refusalOf(serviceWith(repo).redeem(principal, { passIdentifier: pass.number, offerId: offer.id }, 'race-blocked'))).toBe('pass-blocked');
    expect(await redemptionsOf(pass.id)).toBe(0);
  });

  it('does not redeem an offer withdrawn in between', async () => {
    const offer = await createOffer(ctx.database.db, provider, { title: 'Glijbaan' });
    const pass = await createPass(ctx.database.db);
    const repo = new MeddlingRepository(async () => {
      await ctx.database.db.updateTable('offers').set({ status: 'draft' }).where('id', '=', offer.id).execute();
    });
    expect(await refusalOf(serviceWith(repo).redeem(principal, { passIdentifier: pass.number, offerId: offer.id }))).toBe('offer-not-available');
    expect(await redemptionsOf(pass.id)).toBe(0);
  });

  it('does not redeem an offer that ended in between', async () => {
    const offer = await createOffer(ctx.database.db, provider, { title: 'Wipwap' });
    const pass = await createPass(ctx.database.db);
    const repo = new MeddlingRepository(async () => {
      await ctx.database.db.updateTable('offers').set({ valid_from: '2020-01-01', valid_until: '2020-12-31' }).where('id', '=', offer.id).execute();
    });
    expect(await refusalOf(serviceWith(repo).redeem(principal, { passIdentifier: pass.number, offerId: offer.id }))).toBe('offer-not-valid-today');
    expect(await redemptionsOf(pass.id)).toBe(0);
  });

  it('does not redeem a pass that expired in between', async () => {
    const offer = await createOffer(ctx.database.db, provider, { title: 'Zandbak' });
    const pass = await createPass(ctx.database.db);
    const repo = new MeddlingRepository(async () => {
      await ctx.database.db.updateTable('passes').set({ valid_from: '2020-01-01', valid_until: '2020-12-31' }).where('id', '=', pass.id).execute();
    });
    expect(await refusalOf(serviceWith(repo).redeem(principal, { passIdentifier: pass.number, offerId: offer.id }))).toBe('pass-expired');
    expect(await redemptionsOf(pass.id)).toBe(0);
  });

  it('keeps a once-per-pass limit when another till redeems the pass in between', async () => {
    const offer = await createOffer(ctx.database.db, provider, { title: 'Draaimolen eenmalig', limit_per_pass: 1, limit_period: 'ever' });
    const pass = await createPass(ctx.database.db);
    const otherTill = serviceWith(new RedemptionsRepository(ctx.database.db));
    const repo = new MeddlingRepository(async () => {
      await otherTill.redeem(principal, { passIdentifier: pass.number, offerId: offer.id }, 'race-other-till');
    });
    expect(await refusalOf(serviceWith(repo).redeem(principal, { passIdentifier: pass.number, offerId: offer.id }, 'race-this-till'))).toBe('limit-reached');
    expect(await redemptionsOf(pass.id)).toBe(1);
    // The refusal is the key's answer: a retry gets it again and books nothing.
    expect(await refusalOf(serviceWith(new RedemptionsRepository(ctx.database.db)).redeem(principal, { passIdentifier: pass.number, offerId: offer.id }, 'race-this-till'))).toBe('limit-reached');
  });

  it('takes no stock and stores no answer when the last one went in between', async () => {
    const offer = await createOffer(ctx.database.db, provider, { title: 'Laatste ijsje', stock_total: 1, stock_remaining: 1 });
    const [first, second] = [await createPass(ctx.database.db), await createPass(ctx.database.db)];
    const otherTill = serviceWith(new RedemptionsRepository(ctx.database.db));
    const repo = new MeddlingRepository(async () => {
      await otherTill.redeem(principal, { passIdentifier: second.number, offerId: offer.id });
    });
    expect(await refusalOf(serviceWith(repo).redeem(principal, { passIdentifier: first.number, offerId: offer.id }, 'race-stock'))).toBe('offer-sold-out');
    expect(await redemptionsOf(first.id)).toBe(0);
    const stock = await ctx.database.db.selectFrom('offers').select('stock_remaining').where('id', '=', offer.id).executeTakeFirstOrThrow();
    expect(stock.stock_remaining).toBe(0);
    const key = await ctx.database.db.selectFrom('idempotency_keys').select('response_body').where('key', '=', 'race-stock').executeTakeFirstOrThrow();
    expect(key.response_body).toMatchObject({ refusal: { code: 'offer-sold-out' } });
  });

  it('tries again, booking once, when a booking gave up waiting for a lock (the pipeline\'s lock_timeout)', async () => {
    const offer = await createOffer(ctx.database.db, provider, { title: 'Klimrek' });
    const pass = await createPass(ctx.database.db);
    class TimingOutRepository extends RedemptionsRepository {
      timeouts = 0;
      override async book(input: Parameters<RedemptionsRepository['book']>[0]) {
        if (this.timeouts++ === 0) throw Object.assign(new Error('canceling statement due to lock timeout'), { code: '55P03' });
        return super.book(input);
      }
    }
    const repo = new TimingOutRepository(ctx.database.db);
    expect(await refusalOf(serviceWith(repo).redeem(principal, { passIdentifier: pass.number, offerId: offer.id }, 'race-lock-timeout'))).toBe('ok');
    expect(repo.timeouts).toBe(1); // The retry ran in a transaction, on a repository of its own.
    expect(await redemptionsOf(pass.id)).toBe(1);
  });
});
