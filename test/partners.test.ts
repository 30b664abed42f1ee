import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInNetherlands } from '../src/modules/offers/catalogue-date.ts';
import { createApiToken, createPass, createTenant, createUser, loginStaff } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * Partner organisations and support from the actiebudget: a buurthuis signs up, is approved,
 * applies in a round; the pass organisation scores and grants less than asked; holders pay the
 * lower price and the actiebudget reimburses each redemption, never past the grant; a grant the
 * free actiebudget does not cover is refused; a lump sum's last payment waits for the report.
 * The partner sees counts of participants only, and below 10 not even that.
 */
let ctx: TestContext;
let admin: string;
const API = '/api/v1';
const TODAY = todayInNetherlands();
const PASSWORD = 'een-lang-wachtwoord';

beforeAll(async () => {
  ctx = await createTestApp();
  await createTenant(ctx.database.db);
  await createUser(ctx.database.db, { role: 'org_admin', email: 'beheer@test.demo', password: PASSWORD });
  admin = await loginStaff(ctx.app, 'beheer@test.demo', PASSWORD);
});
afterAll(async () => {
  await ctx.close();
});

const send = (method: 'GET' | 'POST', url: string, cookie: string | null, payload?: object) =>
  ctx.app.inject({ method, url: `${API}${url}`, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });
const invalidNames = (body: string) =>
  (JSON.parse(body) as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name);

async function signUp(name: string, email: string) {
  return send('POST', '/partners', null, {
    organisation: { name, kind: 'community_centre', wijkCode: 'WK047912', email: `info-${email}` },
    contact: { name: 'Fatma Yilmaz', email, password: PASSWORD },
  });
}

async function fundActionBudget(amountCents: number, reference: string) {
  const pledge = await send('POST', '/sponsor-pledges', admin, {
    sponsorName: 'Rabobank',
    amountCents,
    expectedOn: TODAY,
  });
  expect(pledge.statusCode, pledge.body).toBe(201);
  const receipt = await send('POST', `/sponsor-pledges/${pledge.json().id}/receipts`, admin, {
    amountCents,
    receivedOn: TODAY,
    bankReference: reference,
  });
  expect(receipt.statusCode, receipt.body).toBe(201);
}

async function actionBudget() {
  const row = await ctx.database.db
    .selectFrom('ledger_accounts')
    .select('balance_cents')
    .where('type', '=', 'action_budget')
    .executeTakeFirst();
  return Number(row?.balance_cents ?? 0);
}

let partnerStaff: string;
let partner: { id: string; providerId: string };
let roundId: string;

describe('a buurthuis signs up and is approved', () => {
  it('signs up with its first staff member, pending approval', async () => {
    const response = await signUp('Buurthuis De Kolk', 'fatma@dekolk.demo');
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      name: 'Buurthuis De Kolk',
      status: 'pending',
      wijk: { name: 'Poelenburg' },
    });
    partnerStaff = await loginStaff(ctx.app, 'fatma@dekolk.demo', PASSWORD);
    expect((await signUp('buurthuis de kolk', 'iemand@anders.demo')).statusCode).toBe(409);
  });

  it('refuses a bad sign-up naming every field', async () => {
    const response = await send('POST', '/partners', null, {
      organisation: { name: 'X', kind: 'bakery', wijkCode: 'WK047912', email: 'geen-adres' },
      contact: { name: 'Jan', email: 'jan@test.demo', password: 'kort' },
    });
    expect(response.statusCode).toBe(400);
    expect(invalidNames(response.body)).toEqual(
      expect.arrayContaining([
        'body.organisation.name',
        'body.organisation.kind',
        'body.organisation.email',
        'body.contact.password',
      ]),
    );
  });

  it('cannot apply before approval; the pass organisation approves and a provider is made', async () => {
    const me = await send('GET', '/partners/current', partnerStaff);
    expect(me.statusCode, me.body).toBe(200);
    const id = me.json().partner.id as string;
    expect((await send('GET', '/partners', partnerStaff)).statusCode).toBe(403);
    expect((await send('POST', `/partners/${id}/decision`, partnerStaff, { approve: true })).statusCode).toBe(403);
    const decided = await send('POST', `/partners/${id}/decision`, admin, { approve: true });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json().status).toBe('approved');
    partner = { id, providerId: decided.json().providerId };
    expect(partner.providerId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await send('POST', `/partners/${id}/decision`, admin, { approve: false })).statusCode).toBe(409);
  });
});

describe('support applications', () => {
  let applicationId: string;
  let offerId: string;

  it('the pass organisation publishes a round with criteria; anyone reads them', async () => {
    const created = await send('POST', '/support-rounds', admin, {
      name: 'Start cursusseizoen',
      eligibleCosts: 'Begeleiding, materiaal en zaalhuur. Geen eten en drinken.',
      maxAmountCents: 50_000,
      maxPerParticipantCents: 1_500,
      priorityWijkCodes: ['WK047912'],
      priorityTargetGroups: ['kinderen'],
      opensOn: TODAY,
    });
    expect(created.statusCode, created.body).toBe(201);
    roundId = created.json().id;
    const list = await send('GET', '/support-rounds', null);
    expect(list.json().items[0]).toMatchObject({
      name: 'Start cursusseizoen',
      open: true,
      priorityWijken: [{ name: 'Poelenburg' }],
    });
    const forbidden = await send('POST', '/support-rounds', partnerStaff, {
      name: 'Eigen ronde',
      eligibleCosts: 'Alles',
      maxAmountCents: 100,
      maxPerParticipantCents: 100,
      opensOn: TODAY,
    });
    expect(forbidden.statusCode).toBe(403);
  });

  it('a partner applies per participant; bad input names every field', async () => {
    const bad = await send('POST', '/support-applications', partnerStaff, {
      roundId,
      title: 'Kookles',
      description: 'Samen koken en eten.',
      startsOn: TODAY,
      endsOn: '2000-01-01',
      wijkCode: 'WK999999',
      targetGroup: 'kinderen',
      expectedReach: 20,
      budgetCents: 40_000,
      supportKind: 'per_participant',
      pricePerParticipantCents: 2_000,
      askedCents: 1_600,
    });
    expect(bad.statusCode).toBe(400);
    expect(invalidNames(bad.body)).toEqual(expect.arrayContaining(['body.endsOn', 'body.wijkCode', 'body.askedCents']));

    const response = await send('POST', '/support-applications', partnerStaff, {
      roundId,
      title: 'Kinderkookclub De Kolk',
      description: 'Elke woensdag koken kinderen samen een gezonde maaltijd.',
      startsOn: TODAY,
      endsOn: TODAY,
      wijkCode: 'WK047912',
      targetGroup: 'kinderen',
      expectedReach: 20,
      budgetCents: 40_000,
      supportKind: 'per_participant',
      pricePerParticipantCents: 1_500,
      askedCents: 1_000,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ status: 'submitted', priority: { wijk: true, targetGroup: true } });
    applicationId = response.json().id;
  });

  it('approval is refused when the actiebudget does not cover it, then granted for less than asked', async () => {
    const decision = {
      approve: true,
      scores: { reach: 4, targetGroup: 5, quality: 4, costs: 3 },
      reason: 'Past goed bij de ronde.',
    };
    const refused = await send('POST', `/support-applications/${applicationId}/decision`, admin, decision);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().type).toMatch(/action-budget-insufficient$/);

    await fundActionBudget(15_000, 'NL-PARTNERS-1');
    expect(
      (await send('POST', `/support-applications/${applicationId}/decision`, partnerStaff, decision)).statusCode,
    ).toBe(403);
    const approved = await send('POST', `/support-applications/${applicationId}/decision`, admin, {
      ...decision,
      grantedCents: 12_500,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    // 12 whole places of EUR 10: less than the 20 asked.
    expect(approved.json()).toMatchObject({
      status: 'approved',
      grantedCents: 12_000,
      grantedPerParticipantCents: 1_000,
    });
    offerId = approved.json().offerId;
    expect(await actionBudget()).toBe(15_000); // reserved, not yet paid
  });

  it('holders pay the lower price at the till and the actiebudget pays the difference per redemption', async () => {
    const headers = { authorization: `Bearer ${await createApiToken(ctx.database.db, partner.providerId)}` };
    const pass = await createPass(ctx.database.db, { category: 'low_income' });
    const redeemed = await ctx.app.inject({
      method: 'POST',
      url: `${API}/redemptions`,
      headers,
      payload: { passIdentifier: pass.number, offerId },
    });
    expect(redeemed.statusCode, redeemed.body).toBe(201);
    expect(redeemed.json()).toMatchObject({ priceCents: 500, toPayCents: 500 });
    expect(await actionBudget()).toBe(14_000);

    // The partner sees no count below 10, and no amount that would give it away.
    const one = await send('GET', `/support-applications/${applicationId}`, partnerStaff);
    expect(one.json().participants.onThePass).toEqual({ value: null, suppressed: true });
    expect(one.json().paidCents).toBeNull();
    expect(one.body).not.toContain('low_income');

    for (let i = 0; i < 9; i++) {
      const p = await createPass(ctx.database.db, { category: i % 2 ? 'carer' : 'regular' });
      const r = await ctx.app.inject({
        method: 'POST',
        url: `${API}/redemptions`,
        headers,
        payload: { passIdentifier: p.number, offerId },
      });
      expect(r.statusCode, r.body).toBe(201);
    }
    const ten = (await send('GET', `/support-applications/${applicationId}`, partnerStaff)).json();
    expect(ten.participants.onThePass).toEqual({ value: 10, suppressed: false });
    expect(ten.paidCents).toBe(10_000);
    expect(JSON.stringify(ten)).not.toMatch(/carer|low_income|mantelzorg|minima/);

    // Two places left; the third holder finds the supported places gone: never past the grant.
    for (let i = 0; i < 3; i++) {
      const p = await createPass(ctx.database.db);
      await ctx.app.inject({
        method: 'POST',
        url: `${API}/redemptions`,
        headers,
        payload: { passIdentifier: p.number, offerId },
      });
    }
    expect(await actionBudget()).toBe(15_000 - 12_000);

    // The pass organisation's books and the public page name the activity and its wijk.
    const lines = await send('GET', '/action-budget/ledger-lines', admin);
    expect(lines.statusCode, lines.body).toBe(200);
    expect(lines.json().balanceCents).toBe(3_000);
    const supported = lines.json().items.filter((l: { kind: string }) => l.kind === 'discount_reimbursement');
    expect(supported).toHaveLength(12);
    expect(supported[0]).toMatchObject({
      amountCents: -1_000,
      activityName: 'Kinderkookclub De Kolk',
      wijk: { name: 'Poelenburg' },
    });
    expect((await send('GET', '/action-budget/ledger-lines', partnerStaff)).statusCode).toBe(403);
    const summary = (await send('GET', '/action-budget/summary', null)).json();
    expect(summary.activitiesByWijk).toEqual([
      {
        wijkCode: 'WK047912',
        wijkName: 'Poelenburg',
        activities: [{ activityName: 'Kinderkookclub De Kolk', amountCents: 12_000 }],
      },
    ]);
  });

  it('a lump sum: the free actiebudget caps the grant, the advance is paid, the rest after the report', async () => {
    const applied = await send('POST', '/support-applications', partnerStaff, {
      roundId,
      title: 'Burendag Poelenburg',
      description: 'Een middag met muziek en spelletjes op het plein.',
      startsOn: TODAY,
      endsOn: TODAY,
      wijkCode: 'WK047912',
      targetGroup: 'buurtbewoners',
      expectedReach: 150,
      budgetCents: 8_000,
      supportKind: 'lump_sum',
      askedCents: 5_000,
    });
    expect(applied.statusCode, applied.body).toBe(201);
    const id = applied.json().id as string;
    const decision = {
      approve: true,
      scores: { reach: 5, targetGroup: 3, quality: 4, costs: 4 },
      reason: 'Goed voor de buurt.',
    };
    const tooMuch = await send('POST', `/support-applications/${id}/decision`, admin, decision);
    expect(tooMuch.json().type).toMatch(/action-budget-insufficient$/);
    const approved = await send('POST', `/support-applications/${id}/decision`, admin, {
      ...decision,
      grantedCents: 3_000,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ grantedCents: 3_000, paidCents: 2_250 });
    expect(await actionBudget()).toBe(750);

    const report = await send('POST', `/support-applications/${id}/report`, partnerStaff, {
      participants: 140,
      evaluation: 'Veel nieuwe gezichten, volgend jaar weer.',
    });
    expect(report.statusCode, report.body).toBe(200);
    expect(report.json()).toMatchObject({ status: 'closed', paidCents: 3_000, participants: { reported: 140 } });
    expect(await actionBudget()).toBe(0);
    expect(
      (
        await send('POST', `/support-applications/${id}/report`, partnerStaff, {
          participants: 1,
          evaluation: 'Nog een keer.',
        })
      ).statusCode,
    ).toBe(409);
  });

  it("another partner sees none of this partner's applications", async () => {
    expect((await signUp('Stille Krachten Zaandam', 'els@stillekrachten.demo')).statusCode).toBe(201);
    const other = await loginStaff(ctx.app, 'els@stillekrachten.demo', PASSWORD);
    expect((await send('GET', `/support-applications/${applicationId}`, other)).statusCode).toBe(404);
    expect((await send('GET', '/support-applications', other)).statusCode).toBe(403);
    expect((await send('GET', '/partners/current', other)).json().applications).toEqual([]);
  });
});
