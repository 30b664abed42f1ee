import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInNetherlands } from '../src/modules/offers/catalogue-date.ts';
import { sameDayIn } from '../src/modules/sponsors/sponsors.service.ts';
import { createTenant, createUser, loginStaff, TENANT } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * Yearly pledges and adopted initiatives (issue 16, sponsors and co-owners; decision 0051): a
 * yearly pledge is due for renewal this year and next until its recurrence is stopped; a year is
 * confirmed once however often (and however concurrently: on a PostgreSQL server, DATABASE_URL, the
 * confirmations below really run in parallel) and books nothing; a business adopts one initiative,
 * thanked on the public sponsor list once it agreed to publicity and its money arrived.
 */
let ctx: TestContext;
let admin: string;
let partnerStaff: string;
let vonk: string;
let kolk: string;
const API = '/api/v1';
const PASSWORD = 'een-lang-wachtwoord';
const THIS_YEAR = Number(todayInNetherlands().slice(0, 4));
const LAST_YEAR = THIS_YEAR - 1;

const send = (method: 'POST' | 'PATCH', url: string, payload: object, cookie: string | null = admin) =>
  ctx.app.inject({ method, url: `${API}${url}`, headers: cookie ? { cookie } : {}, payload });
const get = (url: string, cookie: string | null = admin) =>
  ctx.app.inject({ method: 'GET', url: `${API}${url}`, headers: cookie ? { cookie } : {} });
const invalidNames = (body: string) =>
  (JSON.parse(body) as { invalidParams?: { name: string; code: string }[] }).invalidParams?.map(
    (p) => `${p.name}:${p.code}`,
  ) ?? [];
const yearRows = async (pledgeId: string) =>
  ctx.database.db
    .selectFrom('sponsor_pledge_years')
    .select(['year', 'amount_cents'])
    .where('tenant_id', '=', TENANT)
    .where('pledge_id', '=', pledgeId)
    .execute();
const entryCount = async () =>
  Number(
    (
      await ctx.database.db
        .selectFrom('journal_entries')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

async function partner(name: string, email: string) {
  const created = await send(
    'POST',
    '/partners',
    {
      organisation: { name, kind: 'community_centre', wijkCode: 'WK047901', email },
      contact: { name: 'Contact', email, password: PASSWORD },
    },
    null,
  );
  expect(created.statusCode, created.body).toBe(201);
  const id = (created.json() as { id: string }).id;
  expect((await send('POST', `/partners/${id}/decision`, { approve: true })).statusCode).toBe(200);
  return id;
}

interface Pledge {
  id: string;
  recursYearly: boolean;
  firstYear: number;
  years: { year: number; amountCents: number }[];
  promisedCents: number;
  outstandingCents: number;
  adoptedInitiative: { id: string; name: string } | null;
}
async function pledge(body: Record<string, unknown>) {
  const response = await send('POST', '/sponsor-pledges', {
    amountCents: 120_000,
    expectedOn: `${LAST_YEAR}-03-15`,
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Pledge;
}
const renewals = async () => {
  const response = await get('/sponsor-renewals');
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { items: { pledgeId: string; year: number; amountCents: number; expectedOn: string }[] })
    .items;
};

beforeAll(async () => {
  ctx = await createTestApp();
  await createTenant(ctx.database.db);
  await createUser(ctx.database.db, { role: 'org_admin', email: 'beheer@test.demo', password: PASSWORD });
  admin = await loginStaff(ctx.app, 'beheer@test.demo', PASSWORD);
  vonk = await partner('Buurthuis De Vonk', 'vonk@test.demo');
  kolk = await partner('Wijkcentrum De Kolk', 'kolk@test.demo');
  partnerStaff = await loginStaff(ctx.app, 'vonk@test.demo', PASSWORD);
});
afterAll(async () => {
  await ctx.close();
});

describe('yearly pledges', () => {
  it('are due this year and next, are confirmed once, book nothing, and stop', async () => {
    const entriesBefore = await entryCount();
    const yearly = await pledge({ sponsorName: 'Verkade Zaandam', recursYearly: true });
    expect(yearly).toMatchObject({ recursYearly: true, firstYear: LAST_YEAR, years: [], promisedCents: 120_000 });
    const once = await pledge({ sponsorName: 'Eenmalig BV' });

    let due = await renewals();
    expect(due.filter((d) => d.pledgeId === yearly.id).map((d) => d.year)).toEqual([THIS_YEAR, THIS_YEAR + 1]);
    expect(due.find((d) => d.pledgeId === yearly.id)).toMatchObject({
      amountCents: 120_000,
      expectedOn: `${THIS_YEAR}-03-15`,
    });
    expect(due.some((d) => d.pledgeId === once.id)).toBe(false);

    const first = await send('POST', `/sponsor-pledges/${yearly.id}/years`, { year: THIS_YEAR, amountCents: 150_000 });
    expect(first.statusCode, first.body).toBe(201);
    const booked = first.json() as { created: boolean; pledge: Pledge };
    expect(booked.created).toBe(true);
    expect(booked.pledge).toMatchObject({ promisedCents: 270_000, outstandingCents: 270_000 });
    // Again (a double click, a retry): nothing new; the amount defaults to the one confirmed.
    const again = await send('POST', `/sponsor-pledges/${yearly.id}/years`, { year: THIS_YEAR });
    expect(again.statusCode, again.body).toBe(200);
    expect((again.json() as { created: boolean }).created).toBe(false);
    const other = await send('POST', `/sponsor-pledges/${yearly.id}/years`, { year: THIS_YEAR, amountCents: 1 });
    expect(other.statusCode).toBe(409);
    expect(other.json()).toMatchObject({ type: expect.stringMatching(/sponsor-pledge-year-conflict$/) });
    expect(await yearRows(yearly.id)).toEqual([{ year: THIS_YEAR, amount_cents: 150_000 }]);
    expect(await entryCount()).toBe(entriesBefore);

    due = await renewals();
    // Next year is due at the last confirmed amount.
    expect(due.filter((d) => d.pledgeId === yearly.id)).toEqual([
      expect.objectContaining({ year: THIS_YEAR + 1, amountCents: 150_000 }),
    ]);

    const stopped = await send('PATCH', `/sponsor-pledges/${yearly.id}`, { recursYearly: false });
    expect(stopped.statusCode, stopped.body).toBe(200);
    expect(stopped.json()).toMatchObject({ recursYearly: false, years: [{ year: THIS_YEAR, amountCents: 150_000 }] });
    expect((await renewals()).some((d) => d.pledgeId === yearly.id)).toBe(false);
    const afterStop = await send('POST', `/sponsor-pledges/${yearly.id}/years`, { year: THIS_YEAR + 1 });
    expect(afterStop.statusCode).toBe(409);
    expect(afterStop.json()).toMatchObject({ type: expect.stringMatching(/sponsor-pledge-not-recurring$/) });
    // A year confirmed before the stop still answers as confirmed.
    expect((await send('POST', `/sponsor-pledges/${yearly.id}/years`, { year: THIS_YEAR })).statusCode).toBe(200);
  });

  it('refuse a year outside the pledge, an unknown pledge, and anyone but the pass organisation', async () => {
    const yearly = await pledge({ sponsorName: 'Zaanse Bouw', recursYearly: true });
    const early = await send('POST', `/sponsor-pledges/${yearly.id}/years`, { year: LAST_YEAR });
    expect(early.statusCode).toBe(400);
    expect(invalidNames(early.body)).toEqual(['body.year:not-after-first-year']);
    const far = await send('POST', `/sponsor-pledges/${yearly.id}/years`, { year: THIS_YEAR + 2 });
    expect(invalidNames(far.body)).toEqual(['body.year:too-far-ahead']);
    const unknown = await send('POST', '/sponsor-pledges/00000000-0000-4000-8000-000000000000/years', {
      year: THIS_YEAR,
    });
    expect(unknown.statusCode).toBe(404);
    expect(
      (await send('POST', `/sponsor-pledges/${yearly.id}/years`, { year: THIS_YEAR }, partnerStaff)).statusCode,
    ).toBe(403);
    expect((await get('/sponsor-renewals', partnerStaff)).statusCode).toBe(403);
    expect((await get('/sponsor-renewals', null)).statusCode).toBe(401);
    expect(await yearRows(yearly.id)).toEqual([]);
  });

  it('confirming one year many times at once records it once', async () => {
    const yearly = await pledge({ sponsorName: 'Albert Heijn Westzijde', recursYearly: true });
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => send('POST', `/sponsor-pledges/${yearly.id}/years`, { year: THIS_YEAR })),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(responses.filter((r) => (r.json() as { created: boolean }).created)).toHaveLength(1);
    expect(await yearRows(yearly.id)).toEqual([{ year: THIS_YEAR, amount_cents: 120_000 }]);
  });

  it('keeps 29 February in leap years only', () => {
    expect(sameDayIn('2028-02-29', 2029)).toBe('2029-02-28');
    expect(sameDayIn('2028-02-29', 2032)).toBe('2032-02-29');
    expect(sameDayIn('2027-12-31', 2028)).toBe('2028-12-31');
  });
});

describe('adopting an initiative', () => {
  it('records one initiative per business, refuses an unknown one, and thanks it publicly once paid', async () => {
    const unknown = await send('POST', '/sponsor-pledges', {
      sponsorName: 'Bakkerij Tiemstra',
      amountCents: 25_000,
      expectedOn: `${LAST_YEAR}-05-01`,
      adoptedPartnerId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(400);
    expect(invalidNames(unknown.body)).toEqual(['body.adoptedPartnerId:unknown-initiative']);

    const adopting = await pledge({
      sponsorName: 'Bakkerij Tiemstra',
      amountCents: 25_000,
      adoptedPartnerId: vonk,
      publicityAgreed: true,
      publicityText: 'Vers brood voor de buurt',
    });
    expect(adopting.adoptedInitiative).toEqual({ id: vonk, name: 'Buurthuis De Vonk' });
    // The same initiative again is fine; another one is not.
    await pledge({ sponsorName: 'Bakkerij Tiemstra', amountCents: 5_000, adoptedPartnerId: vonk });
    const second = await send('POST', '/sponsor-pledges', {
      sponsorName: 'Bakkerij Tiemstra',
      amountCents: 5_000,
      expectedOn: `${LAST_YEAR}-06-01`,
      adoptedPartnerId: kolk,
    });
    expect(second.statusCode).toBe(400);
    expect(invalidNames(second.body)).toEqual(['body.adoptedPartnerId:one-initiative']);

    const publicBefore = (await get('/sponsor-publicity', null)).json() as { items: { name: string }[] };
    expect(publicBefore.items.some((s) => s.name === 'Bakkerij Tiemstra')).toBe(false);
    const receipt = await send('POST', `/sponsor-pledges/${adopting.id}/receipts`, {
      amountCents: 25_000,
      receivedOn: `${LAST_YEAR}-05-03`,
      bankReference: 'TIEMSTRA-1',
    });
    expect(receipt.statusCode, receipt.body).toBe(201);
    const publicAfter = (await get('/sponsor-publicity', null)).json() as {
      items: { name: string; adoptedInitiative: { id: string; name: string } | null }[];
    };
    expect(publicAfter.items.find((s) => s.name === 'Bakkerij Tiemstra')?.adoptedInitiative).toEqual({
      id: vonk,
      name: 'Buurthuis De Vonk',
    });
  });
});

describe('co-owners', () => {
  it("a business association's staff read the campaign calendar and their own members' sponsor overview, nothing else", async () => {
    const signUp = await send(
      'POST',
      '/partners',
      {
        organisation: {
          name: 'Ondernemersvereniging Zaandam',
          kind: 'co_owner',
          wijkCode: 'WK047901',
          email: 'ovz@test.demo',
        },
        contact: { name: 'Marloes', email: 'ovz@test.demo', password: PASSWORD },
      },
      null,
    );
    expect(signUp.statusCode, signUp.body).toBe(201);
    const associationId = (signUp.json() as { id: string }).id;
    const approved = await send('POST', `/partners/${associationId}/decision`, { approve: true });
    expect(approved.statusCode, approved.body).toBe(200);
    // A business association offers nothing itself: no provider is made for it.
    expect((approved.json() as { providerId: string | null }).providerId).toBeNull();
    const coOwner = await loginStaff(ctx.app, 'ovz@test.demo', PASSWORD);
    const role = await ctx.database.db
      .selectFrom('users')
      .select('role')
      .where('email', '=', 'ovz@test.demo')
      .executeTakeFirstOrThrow();
    expect(role.role).toBe('co_owner');

    const notAnAssociation = await send('POST', '/sponsor-pledges', {
      sponsorName: 'Slagerij Kramer',
      amountCents: 10_000,
      expectedOn: `${LAST_YEAR}-04-01`,
      associationPartnerId: vonk,
    });
    expect(invalidNames(notAnAssociation.body)).toEqual(['body.associationPartnerId:unknown-association']);
    const member = await pledge({
      sponsorName: 'Slagerij Kramer',
      contactEmail: 'kramer@test.demo',
      amountCents: 10_000,
      associationPartnerId: associationId,
      adoptedPartnerId: kolk,
    });
    await send('POST', `/sponsor-pledges/${member.id}/receipts`, {
      amountCents: 4_000,
      receivedOn: `${LAST_YEAR}-04-02`,
      bankReference: 'KRAMER-1',
    });
    await pledge({ sponsorName: 'Geen Lid BV', amountCents: 7_000 });

    const own = await get('/sponsor-overview', coOwner);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toEqual({
      association: { id: associationId, name: 'Ondernemersvereniging Zaandam' },
      items: [
        {
          sponsorId: expect.any(String),
          name: 'Slagerij Kramer',
          websiteUrl: null,
          promisedCents: 10_000,
          receivedCents: 4_000,
          recursYearly: false,
          earmarked: {
            initiative: { id: kolk, name: 'Wijkcentrum De Kolk' },
            promisedCents: 10_000,
            receivedCents: 4_000,
          },
        },
      ],
    });
    expect(own.body).not.toContain('kramer@test.demo');
    const all = (await get('/sponsor-overview')).json() as { association: null; items: { name: string }[] };
    expect(all.association).toBeNull();
    expect(all.items.map((i) => i.name)).toEqual(expect.arrayContaining(['Slagerij Kramer', 'Geen Lid BV']));

    expect((await get('/campaigns', coOwner)).statusCode).toBe(200);
    // Deny by default: nothing of the pass organisation's or a partner's work.
    for (const url of ['/sponsor-pledges', '/sponsor-renewals', '/partners', '/partners/current', '/recruitment-leads'])
      expect((await get(url, coOwner)).statusCode, url).toBe(403);
    const campaign = { name: 'Verwen Route', startsOn: `${THIS_YEAR}-11-01`, endsOn: `${THIS_YEAR}-12-31` };
    expect((await send('POST', '/campaigns', campaign, coOwner)).statusCode).toBe(403);
    expect((await get('/sponsor-overview', partnerStaff)).statusCode).toBe(403);
    expect((await get('/sponsor-overview', null)).statusCode).toBe(401);
  });
});
