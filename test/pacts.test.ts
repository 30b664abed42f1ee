import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInNetherlands } from '../src/modules/offers/catalogue-date.ts';
import { createApiToken, createPass, createTenant, createUser, loginStaff } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * Pacts: at least a year, commitments on both sides; at an evaluation moment that has come the
 * platform fills in activities held, holders reached (below 10 "fewer than 10") and support paid;
 * renew, end, and a PDF for signing. A partner sees its own pacts only.
 */
let ctx: TestContext;
let admin: string;
let staff: string;
let partnerId: string;
let providerId: string;
let offerId: string;
const API = '/api/v1';
const TODAY = todayInNetherlands();
const PASSWORD = 'een-lang-wachtwoord';
const shift = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const START = shift(TODAY, -180);
const END = shift(TODAY, 200);

const send = (method: 'GET' | 'POST', url: string, cookie: string | null, payload?: object) =>
  ctx.app.inject({ method, url: `${API}${url}`, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });

async function redeem(n: number) {
  const headers = { authorization: `Bearer ${await createApiToken(ctx.database.db, providerId)}` };
  for (let i = 0; i < n; i++) {
    const pass = await createPass(ctx.database.db);
    const r = await ctx.app.inject({
      method: 'POST',
      url: `${API}/redemptions`,
      headers,
      payload: { passIdentifier: pass.number, offerId },
    });
    expect(r.statusCode, r.body).toBe(201);
  }
}

beforeAll(async () => {
  ctx = await createTestApp();
  await createTenant(ctx.database.db);
  await createUser(ctx.database.db, { role: 'org_admin', email: 'beheer@test.demo', password: PASSWORD });
  admin = await loginStaff(ctx.app, 'beheer@test.demo', PASSWORD);
  const signUp = await send('POST', '/partners', null, {
    organisation: {
      name: 'Wijkcentrum De Vonk',
      kind: 'community_centre',
      wijkCode: 'WK047901',
      email: 'info@vonk.demo',
    },
    contact: { name: 'Kees de Vries', email: 'kees@vonk.demo', password: PASSWORD },
  });
  partnerId = signUp.json().id;
  providerId = (await send('POST', `/partners/${partnerId}/decision`, admin, { approve: true })).json().providerId;
  staff = await loginStaff(ctx.app, 'kees@vonk.demo', PASSWORD);
  const pledge = await send('POST', '/sponsor-pledges', admin, {
    sponsorName: 'Verkade',
    amountCents: 100_000,
    expectedOn: TODAY,
  });
  await send('POST', `/sponsor-pledges/${pledge.json().id}/receipts`, admin, {
    amountCents: 100_000,
    receivedOn: TODAY,
    bankReference: 'NL-PACT-1',
  });
  const round = await send('POST', '/support-rounds', admin, {
    name: 'Doorlopend',
    eligibleCosts: 'Begeleiding en materiaal',
    maxAmountCents: 50_000,
    maxPerParticipantCents: 1_000,
    opensOn: START,
  });
  const base = {
    roundId: round.json().id,
    description: 'Een activiteit voor de buurt.',
    startsOn: shift(TODAY, -30),
    endsOn: TODAY,
    wijkCode: 'WK047901',
    targetGroup: 'ouderen',
    expectedReach: 30,
    budgetCents: 20_000,
  };
  const decision = {
    approve: true,
    scores: { reach: 3, targetGroup: 3, quality: 3, costs: 3 },
    reason: 'Voldoet aan de criteria.',
  };
  const perParticipant = await send('POST', '/support-applications', staff, {
    ...base,
    title: 'Seniorengym',
    supportKind: 'per_participant',
    pricePerParticipantCents: 800,
    askedCents: 500,
  });
  offerId = (await send('POST', `/support-applications/${perParticipant.json().id}/decision`, admin, decision)).json()
    .offerId;
  const lump = await send('POST', '/support-applications', staff, {
    ...base,
    title: 'Repaircafé',
    supportKind: 'lump_sum',
    askedCents: 4_000,
  });
  const approved = await send('POST', `/support-applications/${lump.json().id}/decision`, admin, {
    ...decision,
    advancePercent: 50,
  });
  expect(approved.json().paidCents).toBe(2_000);
});
afterAll(async () => {
  await ctx.close();
});

let pactId: string;
const newPact = {
  organisationCommitments: 'Steun uit het actiebudget en promotie op de website en in de nieuwsbrief.',
  partnerCommitments: 'Elk kwartaal drie activiteiten voor pashouders, open voor de hele wijk.',
  activitiesPerQuarter: 3,
  expectedReach: 120,
  supportCents: 500_000,
};

describe('pacts', () => {
  it('runs at least a year, with moments inside it; only the pass organisation makes one', async () => {
    const short = await send('POST', '/pacts', admin, {
      ...newPact,
      partnerId,
      startsOn: START,
      endsOn: shift(START, 300),
      evaluationMoments: [shift(START, 400)],
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().invalidParams.map((p: { name: string }) => p.name)).toEqual([
      'body.endsOn',
      'body.evaluationMoments.0',
    ]);
    const body = { ...newPact, partnerId, startsOn: START, endsOn: END, evaluationMoments: [shift(END, -10), TODAY] };
    expect((await send('POST', '/pacts', staff, body)).statusCode).toBe(403);
    const made = await send('POST', '/pacts', admin, body);
    expect(made.statusCode, made.body).toBe(201);
    pactId = made.json().id;
    expect(made.json().evaluations.map((e: { moment: string; due: boolean }) => [e.moment, e.due])).toEqual([
      [TODAY, true],
      [shift(END, -10), false],
    ]);
  });

  it('fills in the figures it knows at a moment that has come; fewer than 10 holders are not counted out', async () => {
    await redeem(3);
    let e = (await send('GET', `/pacts/${pactId}`, staff)).json().evaluations[0];
    expect(e).toMatchObject({ from: START, activitiesHeld: 2, holdersReached: { value: null, suppressed: true } });
    // The per-participant part is about 3 people: the amount would give them away.
    expect(e.supportPaidCents).toBeNull();

    await redeem(7);
    e = (await send('GET', `/pacts/${pactId}`, admin)).json().evaluations[0];
    expect(e).toMatchObject({ activitiesHeld: 2, holdersReached: { value: 10, suppressed: false } });
    expect(e.supportPaidCents).toBe(2_000 + 10 * 500);
    expect((await send('GET', `/pacts/${pactId}`, admin)).json().evaluations[1]).toMatchObject({
      due: false,
      activitiesHeld: null,
    });
  });

  it('prints as a PDF for signing', async () => {
    const pdf = await send('GET', `/pacts/${pactId}/document.pdf`, admin);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('renews from the day after it ends, and ends with a reason', async () => {
    const renewed = await send('POST', `/pacts/${pactId}/renewal`, admin, {
      endsOn: shift(END, 400),
      evaluationMoments: [shift(END, 180)],
    });
    expect(renewed.statusCode, renewed.body).toBe(201);
    expect(renewed.json()).toMatchObject({
      startsOn: shift(END, 1),
      renewsPactId: pactId,
      status: 'active',
      partnerCommitments: newPact.partnerCommitments,
    });
    expect((await send('GET', `/pacts/${pactId}`, admin)).json().status).toBe('renewed');
    expect(
      (
        await send('POST', `/pacts/${pactId}/renewal`, admin, {
          endsOn: shift(END, 800),
          evaluationMoments: [shift(END, 500)],
        })
      ).statusCode,
    ).toBe(409);
    const ended = await send('POST', `/pacts/${renewed.json().id}/end`, admin, {
      endedOn: shift(END, 100),
      reason: 'Het buurthuis sluit.',
    });
    expect(ended.json()).toMatchObject({
      status: 'ended',
      endedOn: shift(END, 100),
      endReason: 'Het buurthuis sluit.',
    });
  });

  it("a partner sees its own pacts, not another's", async () => {
    expect((await send('GET', '/pacts', staff)).json().items).toHaveLength(2);
    await send('POST', '/partners', null, {
      organisation: {
        name: 'Buurthuis Het Anker',
        kind: 'community_centre',
        wijkCode: 'WK047912',
        email: 'info@anker.demo',
      },
      contact: { name: 'Els Bakker', email: 'els@anker.demo', password: PASSWORD },
    });
    const other = await loginStaff(ctx.app, 'els@anker.demo', PASSWORD);
    expect((await send('GET', `/pacts/${pactId}`, other)).statusCode).toBe(404);
    expect((await send('GET', '/pacts', other)).json().items).toEqual([]);
  });
});
