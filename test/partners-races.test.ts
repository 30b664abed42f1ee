import { afterAll, beforeAll, expect, it } from 'vitest';
import { todayInNetherlands } from '../src/modules/offers/catalogue-date.ts';
import { createTenant, createUser, loginStaff } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * The actiebudget never goes below zero through grants, also when the pass organisation approves
 * many applications at once: on a PostgreSQL server (DATABASE_URL) the approvals below really run
 * in parallel; each locks the actiebudget and counts what earlier approvals promised.
 */
let ctx: TestContext;
let admin: string;
let staff: string;
const API = '/api/v1';
const TODAY = todayInNetherlands();
const PASSWORD = 'een-lang-wachtwoord';

const send = (url: string, cookie: string | null, payload: object) =>
  ctx.app.inject({ method: 'POST', url: `${API}${url}`, headers: cookie ? { cookie } : {}, payload });

beforeAll(async () => {
  ctx = await createTestApp();
  await createTenant(ctx.database.db);
  await createUser(ctx.database.db, { role: 'org_admin', email: 'beheer@test.demo', password: PASSWORD });
  admin = await loginStaff(ctx.app, 'beheer@test.demo', PASSWORD);
  const partner = await send('/partners', null, {
    organisation: {
      name: 'Wijkcentrum De Vonk',
      kind: 'community_centre',
      wijkCode: 'WK047901',
      email: 'info@vonk.demo',
    },
    contact: { name: 'Kees de Vries', email: 'kees@vonk.demo', password: PASSWORD },
  });
  expect((await send(`/partners/${partner.json().id}/decision`, admin, { approve: true })).statusCode).toBe(200);
  staff = await loginStaff(ctx.app, 'kees@vonk.demo', PASSWORD);
});
afterAll(async () => {
  await ctx.close();
});

it('parallel approvals grant at most what the actiebudget holds', async () => {
  const round = await send('/support-rounds', admin, {
    name: 'Wijkactiviteiten',
    eligibleCosts: 'Materiaal en begeleiding',
    maxAmountCents: 10_000,
    maxPerParticipantCents: 1_000,
    opensOn: TODAY,
  });
  const ids: string[] = [];
  for (let i = 0; i < 8; i++) {
    const applied = await send('/support-applications', staff, {
      roundId: round.json().id,
      title: `Activiteit ${i + 1}`,
      description: 'Een middag voor de buurt.',
      startsOn: TODAY,
      endsOn: TODAY,
      wijkCode: 'WK047901',
      targetGroup: 'buurtbewoners',
      expectedReach: 30,
      budgetCents: 2_000,
      supportKind: 'lump_sum',
      askedCents: 1_000,
    });
    expect(applied.statusCode, applied.body).toBe(201);
    ids.push(applied.json().id);
  }
  const pledge = await send('/sponsor-pledges', admin, {
    sponsorName: 'Verkade',
    amountCents: 5_000,
    expectedOn: TODAY,
  });
  await send(`/sponsor-pledges/${pledge.json().id}/receipts`, admin, {
    amountCents: 5_000,
    receivedOn: TODAY,
    bankReference: 'NL-RACE-1',
  });

  const decisions = await Promise.all(
    ids.map((id) =>
      send(`/support-applications/${id}/decision`, admin, {
        approve: true,
        scores: { reach: 3, targetGroup: 3, quality: 3, costs: 3 },
        reason: 'Voldoet aan de criteria.',
        advancePercent: 50,
      }),
    ),
  );
  const statuses = decisions.map((d) => d.statusCode).sort();
  expect(statuses).toEqual([200, 200, 200, 200, 200, 409, 409, 409]);
  for (const refused of decisions.filter((d) => d.statusCode === 409))
    expect(refused.json().type).toMatch(/action-budget-insufficient$/);

  const budget = await ctx.database.db
    .selectFrom('ledger_accounts')
    .select('balance_cents')
    .where('type', '=', 'action_budget')
    .executeTakeFirstOrThrow();
  // Five advances of EUR 5 paid; the other halves stay reserved for the reports.
  expect(Number(budget.balance_cents)).toBe(2_500);
  const granted = await ctx.database.db
    .selectFrom('support_applications')
    .select((eb) => eb.fn.sum<number>('granted_cents').as('total'))
    .executeTakeFirstOrThrow();
  expect(Number(granted.total)).toBe(5_000);
});
