import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../src/modules/access/principal.ts';
import { addLead, RecruitmentService } from '../src/modules/recruitment/recruitment.service.ts';
import type { DomainError } from '../src/shared/errors.ts';
import { createTenant, TENANT } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * Two people moving the same lead at the same moment, on a PostgreSQL server (DATABASE_URL):
 * exactly one wins, the other gets a version conflict, and a lead joins (becomes a sign-up) once.
 */
const onServer = Boolean(process.env.DATABASE_URL);
let ctx: TestContext;
const staff = (n: number): Principal => ({
  kind: 'staff',
  tenantId: TENANT,
  userId: crypto.randomUUID(),
  role: 'org_admin',
  providerId: null,
  name: `Medewerker ${n}`,
});
const codeOf = (result: PromiseSettledResult<unknown>) =>
  result.status === 'rejected' ? (result.reason as DomainError).code : 'ok';

describe.skipIf(!onServer)('two people moving the same lead (PostgreSQL server)', () => {
  beforeAll(async () => {
    ctx = await createTestApp();
    await createTenant(ctx.database.db);
  });
  afterAll(() => ctx?.close());

  it('lets exactly one win; the other gets a conflict and nothing is half done', async () => {
    const service = new RecruitmentService(ctx.database.db);
    for (let round = 0; round < 4; round++) {
      const { id } = await addLead(ctx.database.db, TENANT, { name: `Bakkerij ${round}`, source: 'board' });
      const results = await Promise.allSettled([
        service.changeStage(staff(1), id, {
          stage: 'joined',
          version: 1,
          signUp: {
            contactName: 'Ria',
            email: `ria${round}@test.demo`,
            iban: 'NL91ABNA0417164300',
            accountHolderName: 'Ria',
            termsAccepted: true,
            kvkNumber: `1234567${round}`,
          },
        }),
        service.changeStage(staff(2), id, { stage: 'not_now', version: 1 }),
      ]);
      const codes = results.map(codeOf);
      expect(codes.filter((c) => c === 'ok')).toHaveLength(1);
      expect(codes.filter((c) => c === 'recruitment-lead-version-conflict')).toHaveLength(1);
      const lead = await ctx.database.db
        .selectFrom('recruitment_leads')
        .select(['stage', 'version', 'application_id'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(lead.version).toBe(2);
      const signUps = await ctx.database.db
        .selectFrom('provider_applications')
        .select('id')
        .where('email', '=', `ria${round}@test.demo`)
        .execute();
      // A sign-up exists exactly when the joining side won.
      expect(signUps).toHaveLength(lead.stage === 'joined' ? 1 : 0);
      expect(lead.application_id ?? null).toBe(signUps[0]?.id ?? null);
      const events = await ctx.database.db
        .selectFrom('recruitment_lead_events')
        .select('to_stage')
        .where('lead_id', '=', id)
        .execute();
      expect(events).toHaveLength(2);
    }
  });
});
