import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../src/modules/access/principal.ts';
import { ProviderSignupService } from '../src/modules/provider-signup/provider-signup.service.ts';
import { createTenant, TENANT } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * Races of the provider portal, meant for PostgreSQL (DATABASE_URL): on PGlite they run one after
 * the other, which checks the same outcome without the concurrency.
 */
let ctx: TestContext;
const anonymous: Principal = { kind: 'anonymous', tenantId: TENANT };

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
