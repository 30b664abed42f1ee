import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createUser, loginResident, loginStaff, TENANT } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * Two reviewers decide the same application at the same moment. On PostgreSQL (DATABASE_URL)
 * the requests really run in parallel: exactly one decision wins, the others get 409
 * application-already-decided, and the passes are issued once. On PGlite they run one after the
 * other, and the same holds.
 */
let ctx: TestContext;
let reviewers: string[];
const API = '/api/v1';
const ROUNDS = 4;

beforeAll(async () => {
  ctx = await createTestApp();
  await createTenant(ctx.database.db);
  reviewers = [];
  for (const name of ['anna', 'bram', 'cor']) {
    await createUser(ctx.database.db, { role: 'org_admin', email: `${name}@test.demo`, password: 'geheim-wachtwoord' });
    reviewers.push(await loginStaff(ctx.app, `${name}@test.demo`, 'geheim-wachtwoord'));
  }
});
afterAll(async () => {
  await ctx.close();
});

async function newApplication(n: number) {
  const email = `aanvrager${n}@test.demo`;
  await ctx.app.inject({
    method: 'POST',
    url: `${API}/applicant-accounts`,
    payload: { name: `Aanvrager ${n}`, email },
  });
  const cookie = await loginResident(ctx.app, email);
  const response = await ctx.app.inject({
    method: 'POST',
    url: `${API}/applications`,
    headers: { cookie },
    payload: { ground: 'minimum', household: [{ relation: 'partner', name: `Partner ${n}`, birthDate: '1980-01-01' }] },
  });
  expect(response.statusCode, response.body).toBe(201);
  return (response.json() as { id: string }).id;
}

describe('decisions at the same moment', () => {
  it('lets exactly one of three reviewers decide; the others get 409 and nothing is issued twice', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const id = await newApplication(round);
      const bodies = [
        { outcome: 'approved' },
        { outcome: 'rejected', reason: 'Inkomen te hoog', objectionInfo: 'Bezwaar binnen 6 weken' },
        { outcome: 'approved' },
      ];
      const answers = await Promise.all(
        reviewers.map((cookie, i) =>
          ctx.app.inject({
            method: 'POST',
            url: `${API}/applications/${id}/decision`,
            headers: { cookie },
            payload: bodies[i]!,
          }),
        ),
      );
      const statuses = answers.map((a) => a.statusCode).sort();
      expect(statuses, answers.map((a) => a.body).join('\n')).toEqual([200, 409, 409]);
      const winner = answers.find((a) => a.statusCode === 200)!.json() as { status: string };
      const passes = await ctx.database.db
        .selectFrom('passes')
        .innerJoin('holders', 'holders.id', 'passes.holder_id')
        .select('passes.id')
        .where('passes.tenant_id', '=', TENANT)
        .where('holders.name', 'in', [`Aanvrager ${round}`, `Partner ${round}`])
        .execute();
      expect(passes).toHaveLength(winner.status === 'approved' ? 2 : 0);
      const decisions = await ctx.database.db
        .selectFrom('application_events')
        .select('kind')
        .where('application_id', '=', id)
        .where('kind', 'in', ['approved', 'rejected'])
        .execute();
      expect(decisions).toHaveLength(1);
    }
  });
});
