import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../src/modules/access/principal.ts';
import { OfferPortalService } from '../src/modules/offers/offer-portal.service.ts';
import { ProviderSignupService } from '../src/modules/provider-signup/provider-signup.service.ts';
import { ProvidersRepository } from '../src/modules/providers/providers.repository.ts';
import { ProvidersService } from '../src/modules/providers/providers.service.ts';
import { type DomainError } from '../src/shared/errors.ts';
import { createOffer, createProvider, createTenant, TENANT } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * Races of the provider portal, meant for PostgreSQL (DATABASE_URL): on PGlite they run one after
 * the other, which checks the same outcome without the concurrency.
 */
let ctx: TestContext;
const anonymous: Principal = { kind: 'anonymous', tenantId: TENANT };
const moderator = (n: number): Principal => ({
  kind: 'staff',
  tenantId: TENANT,
  userId: crypto.randomUUID(),
  role: 'org_admin',
  providerId: null,
  name: `Moderator ${n}`,
});
const codeOf = (result: PromiseSettledResult<unknown>) =>
  result.status === 'rejected' ? (result.reason as DomainError).code : 'ok';

beforeAll(async () => {
  ctx = await createTestApp();
  await createTenant(ctx.database.db);
});
afterAll(() => ctx.close());

describe('sign-ups with the same KvK number at the same moment', () => {
  it('are both stored, and every one after the first is flagged', async () => {
    const service = new ProviderSignupService(ctx.database.db, ctx.config);
    const signUp = (n: number) =>
      service.apply(anonymous, {
        organisationName: `Kapper ${n}`,
        kind: 'business',
        kvkNumber: '24681357',
        contactName: 'Piet',
        email: `kapper${n}@test.test`,
        iban: 'NL91ABNA0417164300',
        accountHolderName: 'Kapper',
        termsAccepted: true,
      });
    await Promise.all([1, 2, 3, 4].map(signUp));
    const rows = await ctx.database.db
      .selectFrom('provider_applications')
      .select(['kvk_known_application_id'])
      .where('kvk_number', '=', '24681357')
      .execute();
    expect(rows).toHaveLength(4);
    expect(rows.filter((r) => r.kvk_known_application_id === null)).toHaveLength(1);
  });
});

describe('two moderators deciding the same offer at the same moment', () => {
  it('lets exactly one win; the other gets a conflict', async () => {
    const provider = await createProvider(ctx.database.db, { name: 'Zwembad Race' });
    const service = new OfferPortalService(ctx.database.db);
    for (let round = 0; round < 3; round++) {
      const offer = await createOffer(ctx.database.db, provider, { status: 'submitted' });
      const results = await Promise.allSettled([
        service.review(moderator(1), offer.id, { decision: 'approve', version: 1 }),
        service.review(moderator(2), offer.id, { decision: 'request_changes', version: 1, comment: 'Anders' }),
      ]);
      expect(results.map(codeOf).filter((c) => c === 'ok')).toHaveLength(1);
      expect(results.map(codeOf).filter((c) => c === 'offer-version-conflict')).toHaveLength(1);
    }
  });
});

describe('an offer approved while its provider is being suspended', () => {
  it('never ends up published', async () => {
    const offers = new OfferPortalService(ctx.database.db);
    const providers = new ProvidersService(new ProvidersRepository(ctx.database.db));
    for (let round = 0; round < 4; round++) {
      const provider = await createProvider(ctx.database.db, { name: `Kapper Race ${round}` });
      const offer = await createOffer(ctx.database.db, provider, { status: 'submitted' });
      const work = [
        () => offers.review(moderator(1), offer.id, { decision: 'approve', version: 1 }),
        () => providers.suspend(moderator(2), provider.id, 'Race', ctx.database.db),
      ];
      // Both orders: the approval first, then the suspension first.
      const results = await Promise.allSettled(round % 2 === 0 ? work.map((w) => w()) : work.reverse().map((w) => w()));
      // The approval either went first (and the suspension then took the offer off) or saw the
      // suspension (the provider is suspended, or the offer changed under it): never a deadlock.
      const allowed = ['ok', 'provider-suspended', 'offer-version-conflict', 'offer-status-conflict'];
      expect(results.map(codeOf).filter((code) => !allowed.includes(code))).toEqual([]);
      const { status } = await ctx.database.db
        .selectFrom('offers')
        .select('status')
        .where('id', '=', offer.id)
        .executeTakeFirstOrThrow();
      expect(status).toBe('suspended');
    }
  });
});
