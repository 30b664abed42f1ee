import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshPassHolders, rollForward } from '../src/modules/dashboards/rollup.ts';
import {
  createOffer,
  createPass,
  createPasses,
  createProvider,
  createTenant,
  createUser,
  linkOfferToRoute,
  loginStaff,
  TENANT,
} from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * Opgaven, the kansenkaart, the dashboards of the six success conditions with their roll-ups, and
 * the Jaarplan Opgaven. Every figure about people is hidden below 10.
 */
let ctx: TestContext;
let admin: string;
let officer: string;
let offerId: string;
let providerId: string;
const passes: string[] = [];

async function redeemAt(passId: string, at: Date, cancelled = false) {
  await ctx.database.db
    .insertInto('redemptions')
    .values({
      tenant_id: TENANT,
      offer_id: offerId,
      pass_id: passId,
      provider_id: providerId,
      price_cents: 300,
      regular_price_cents: 600,
      channel: 'seed',
      created_at: at,
      cancelled_at: cancelled ? at : null,
    })
    .execute();
}

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  const provider = await createProvider(db, { name: 'Zwembad De Zaanstroom' });
  providerId = provider.id;
  const offer = await createOffer(db, provider, {
    title: 'Banenzwemmen',
    discount_percent: 50,
    regular_price_cents: 600,
  });
  offerId = offer.id;
  await linkOfferToRoute(db, offerId, 'route-sport-en-bewegen');
  // 14 low-income holders in Poelenburg, 3 in Zaandam-Zuid.
  for (let i = 0; i < 17; i++) {
    const pass = await createPass(db, { category: 'low_income' });
    if (i >= 14)
      await db.updateTable('holders').set({ wijk_code: 'WK047901' }).where('id', '=', pass.holderId).execute();
    passes.push(pass.id);
  }
  const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
  for (const id of passes) await redeemAt(id, twoHoursAgo);
  await redeemAt(passes[0]!, twoHoursAgo, true); // cancelled: never counted
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  const officerUser = await createUser(db, {
    role: 'policy_officer',
    email: 'beleid@test.demo',
    password: 'geheim-wachtwoord',
  });
  admin = await loginStaff(ctx.app, 'beheer@test.demo', 'geheim-wachtwoord');
  officer = await loginStaff(ctx.app, 'beleid@test.demo', 'geheim-wachtwoord');
  const created = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/policy-goals',
    headers: { cookie: admin },
    payload: { slug: 'kansengelijkheid', name: 'Kansengelijkheid', description: '', targetGroup: 'low_income' },
  });
  expect(created.statusCode, created.body).toBe(201);
  const other = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/policy-goals',
    headers: { cookie: admin },
    payload: { slug: 'cultuur', name: 'Cultuur', description: '', targetGroup: 'low_income' },
  });
  goals.main = created.json<{ id: string }>().id;
  goals.other = other.json<{ id: string }>().id;
  const assign = await ctx.app.inject({
    method: 'PUT',
    url: `/api/v1/policy-goals/${goals.main}/officers`,
    headers: { cookie: admin },
    payload: { userIds: [officerUser.id] },
  });
  expect(assign.statusCode, assign.body).toBe(204);
});
afterAll(() => ctx.close());
const goals = { main: '', other: '' };

/** The roll-ups, compared with the same figures computed from the raw rows. */
async function compareWithRaw() {
  const db = ctx.database.db;
  const raw = await sql<{ month: string; wijk: string; holders: number; redemptions: number; turnover: number }>`
    select to_char(date_trunc('month', r.created_at at time zone 'Europe/Amsterdam'), 'YYYY-MM') as month,
           h.wijk_code as wijk, count(distinct p.holder_id)::int as holders, count(*)::int as redemptions,
           sum(r.price_cents)::int as turnover
      from redemptions r join passes p on p.id = r.pass_id join holders h on h.id = p.holder_id
     where r.cancelled_at is null and r.created_at < (select rolled_until from dashboard_watermarks)
     group by 1, 2 order by 1, 2`.execute(db);
  const rolled = await sql<{ month: string; wijk: string; holders: number; redemptions: number; turnover: number }>`
    select to_char(month, 'YYYY-MM') as month, wijk_code as wijk, sum(holders)::int as holders,
           sum(redemptions)::int as redemptions, sum(turnover_cents)::int as turnover
      from dashboard_usage_months group by 1, 2 order by 1, 2`.execute(db);
  expect(rolled.rows).toEqual(raw.rows);
  const rawOffers = await sql`
    select offer_id, count(*)::int as redemptions, count(distinct pass_id)::int as holders from redemptions
     where cancelled_at is null and created_at < (select rolled_until from dashboard_watermarks) group by 1`.execute(
    db,
  );
  const rolledOffers = await sql`
    select offer_id, sum(redemptions)::int as redemptions, sum(holders)::int as holders from dashboard_offer_months group by 1`.execute(
    db,
  );
  expect(rolledOffers.rows).toEqual(rawOffers.rows);
  const rawYear = await sql`
    select h.wijk_code, count(distinct p.holder_id)::int as holders
      from redemptions r join passes p on p.id = r.pass_id join holders h on h.id = p.holder_id
     where r.cancelled_at is null and r.created_at < (select rolled_until from dashboard_watermarks) group by 1 order by 1`.execute(
    db,
  );
  const rolledYear =
    await sql`select wijk_code, sum(holders)::int as holders from dashboard_reach_years group by 1 order by 1`.execute(
      db,
    );
  expect(rolledYear.rows).toEqual(rawYear.rows);
}

describe('roll-ups', () => {
  it('equal the figures computed from the raw rows, also after more redemptions arrive', async () => {
    const now = new Date();
    await redeemAt(passes[1]!, new Date(now.getTime() - 5 * 60_000)); // inside the cancellation window: not yet
    expect((await rollForward(ctx.database.db, TENANT, now)).rolled).toBe(true);
    await compareWithRaw();
    // The same holder again this month: one more redemption, no more holders.
    await redeemAt(passes[2]!, new Date(now.getTime() - 10 * 60_000));
    await rollForward(ctx.database.db, TENANT, new Date(now.getTime() + 3600_000));
    await compareWithRaw();
    const { rows } = await sql<{ n: number }>`select sum(redemptions)::int as n from dashboard_usage_months`.execute(
      ctx.database.db,
    );
    expect(rows[0]!.n).toBe(19);
  });

  it('keep the count of pass holders per year, and count again once it is ten minutes old', async () => {
    const db = ctx.database.db;
    const tenant = 'telling';
    await createTenant(db, tenant);
    await createPasses(db, 12, { tenantId: tenant });
    const now = new Date();
    const year = now.getUTCFullYear();
    expect((await refreshPassHolders(db, tenant, now)).get(year)).toBe(12);
    await createPasses(db, 3, { tenantId: tenant });
    // Within ten minutes the kept count stands; after them it is counted again.
    expect((await refreshPassHolders(db, tenant, new Date(now.getTime() + 9 * 60_000))).get(year)).toBe(12);
    expect((await refreshPassHolders(db, tenant, new Date(now.getTime() + 11 * 60_000))).get(year)).toBe(15);
  });
});

describe('dashboards', () => {
  it('show the six conditions to a beleidsmedewerker, hiding figures about fewer than 10 people', async () => {
    for (const condition of [
      'rich-offer',
      'used-and-valued',
      'businesses',
      'feedback',
      'community-centres',
      'civil-servants',
    ]) {
      const response = await ctx.app.inject({ url: `/api/v1/dashboards/${condition}`, headers: { cookie: officer } });
      expect(response.statusCode, response.body).toBe(200);
    }
    const used = (
      await ctx.app.inject({ url: '/api/v1/dashboards/used-and-valued', headers: { cookie: officer } })
    ).json<{
      byWijk: { items: { key: string; figure: { value: number | null; suppressed: boolean; reason?: string } }[] };
    }>();
    const zuid = used.byWijk.items.find((i) => i.key === 'WK047901')!;
    const poelenburg = used.byWijk.items.find((i) => i.key === 'WK047912')!;
    expect(zuid.figure).toEqual({ value: null, suppressed: true, reason: 'fewer-than-10' });
    // Poelenburg's 14 are hidden too: with a total shown, it would give Zaandam-Zuid's 3 away.
    // The API says so: it is hidden to protect another figure, it is not "fewer than 10".
    expect(poelenburg.figure).toEqual({ value: null, suppressed: true, reason: 'protects-another' });
  });

  it('export CSV and XLSX with "<10" for hidden figures', async () => {
    const csv = await ctx.app.inject({
      url: '/api/v1/dashboards/used-and-valued/export?format=csv',
      headers: { cookie: admin },
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('wijk,WK047901,Zaandam-Zuid,lowIncomeHoldersReached,count,<10');
    expect(csv.body).toContain('wijk,WK047912,Poelenburg,lowIncomeHoldersReached,count,verborgen');
    const xlsx = await ctx.app.inject({
      url: '/api/v1/dashboards/businesses/export?format=xlsx',
      headers: { cookie: admin },
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('are not for providers or residents', async () => {
    const response = await ctx.app.inject({ url: '/api/v1/dashboards/businesses' });
    expect(response.statusCode).toBe(401);
  });
});

describe('opgaven and the kansenkaart', () => {
  it('lets only the pass organisation manage opgaven', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/policy-goals',
      headers: { cookie: officer },
      payload: { slug: 'sport', name: 'Sport', description: '', targetGroup: 'child' },
    });
    expect(response.statusCode).toBe(403);
  });

  it('lets a beleidsmedewerker propose on their own opgave only, and names every invalid field', async () => {
    const mine = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/policy-goals/${goals.main}/opportunities`,
      headers: { cookie: officer },
      payload: {
        title: 'Zwemles in Poelenburg',
        description: '',
        ownerName: 'Noor',
        links: [{ type: 'offer', id: offerId }],
      },
    });
    expect(mine.statusCode, mine.body).toBe(201);
    const notMine = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/policy-goals/${goals.other}/opportunities`,
      headers: { cookie: officer },
      payload: { title: 'Museum', description: '', ownerName: 'Noor', links: [] },
    });
    expect(notMine.statusCode).toBe(403);
    const bad = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/policy-goals/${goals.main}/opportunities`,
      headers: { cookie: officer },
      payload: {
        title: 'Iets',
        description: '',
        ownerName: 'Noor',
        links: [{ type: 'offer', id: '00000000-0000-4000-8000-000000000000' }],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('body.links[0].id');
  });

  it('shows the board and the reach per wijk, hidden below 10', async () => {
    const response = await ctx.app.inject({
      url: `/api/v1/policy-goals/${goals.main}/kansenkaart`,
      headers: { cookie: officer },
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<{
      opportunities: { title: string }[];
      wijken: { wijkCode: string; holdersReached: { suppressed: boolean } }[];
    }>();
    expect(body.opportunities.map((o) => o.title)).toContain('Zwemles in Poelenburg');
    expect(body.wijken.find((w) => w.wijkCode === 'WK047901')!.holdersReached.suppressed).toBe(true);
  });
});

describe('the Jaarplan Opgaven', () => {
  it('is a PDF with the opgave and a CSV', async () => {
    const year = new Date().getUTCFullYear();
    const put = await ctx.app.inject({
      method: 'PUT',
      url: `/api/v1/annual-plans/${year}/entries/${goals.main}`,
      headers: { cookie: admin },
      payload: {
        goals: 'Meer minima doen mee',
        onThePass: 'Zwemmen',
        scheme: 'Meedoenregeling',
        contribution: 'Iedereen zwemt',
        priorities: 'Poelenburg',
      },
    });
    expect(put.statusCode, put.body).toBe(200);
    const pdf = await ctx.app.inject({
      url: `/api/v1/annual-plans/${year}/report?format=pdf`,
      headers: { cookie: officer },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const csv = await ctx.app.inject({
      url: `/api/v1/annual-plans/${year}/report?format=csv`,
      headers: { cookie: officer },
    });
    expect(csv.body).toContain('Kansengelijkheid,Meer minima doen mee');
  });
});

describe('the indicators of the seed notes', () => {
  type Dashboard = {
    indicators: {
      key: string;
      available: boolean;
      figure: { value: number | null; suppressed: boolean; reason?: string };
    }[];
  };
  const indicatorOf = async (condition: string, key: string) => {
    const response = await ctx.app.inject({ url: `/api/v1/dashboards/${condition}`, headers: { cookie: officer } });
    expect(response.statusCode, response.body).toBe(200);
    const found = response.json<Dashboard>().indicators.find((i) => i.key === key);
    expect(found, key).toBeDefined();
    expect(found!.available).toBe(true);
    return found!.figure;
  };
  const call = (method: 'GET' | 'POST', url: string, payload?: object, cookie?: string) =>
    ctx.app.inject({ method, url: `/api/v1${url}`, ...(payload && { payload }), headers: cookie ? { cookie } : {} });
  let serial = 0;
  const answer = (surveyId: string, answers: Record<string, string | number>) =>
    call('POST', `/surveys/${surveyId}/responses`, { answers, guard: `indicator-test-${serial++}-0123456789` });
  const openSurvey = async (audience: string, questions: object[]) => {
    const created = await call(
      'POST',
      '/admin/surveys',
      { title: 'Behoeftescan', intro: '', audience, questions },
      admin,
    );
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    expect((await call('POST', `/admin/surveys/${id}/status-changes`, { status: 'open' }, admin)).statusCode).toBe(200);
    return id;
  };

  it('measure ease of use from scale questions marked so, and surveys answered, under the rule of 10', async () => {
    const bad = await call(
      'POST',
      '/admin/surveys',
      {
        title: 'Fout',
        intro: '',
        audience: 'residents',
        questions: [
          { id: 'gemak', kind: 'open', text: 'Makkelijk?', options: [], required: false, indicator: 'ease_of_use' },
        ],
      },
      admin,
    );
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('body.questions.0.indicator');

    const id = await openSurvey('residents', [
      {
        id: 'gemak',
        kind: 'scale',
        text: 'Hoe makkelijk is de pas?',
        options: [],
        required: true,
        indicator: 'ease_of_use',
      },
    ]);
    for (let i = 0; i < 9; i++) expect((await answer(id, { gemak: 5 })).statusCode).toBe(204);
    for (let i = 0; i < 11; i++) expect((await answer(id, { gemak: 2 })).statusCode).toBe(204);
    // 9 said easy: a share would tell about fewer than 10 people.
    expect(await indicatorOf('used-and-valued', 'easeOfUse')).toEqual({
      value: null,
      suppressed: true,
      reason: 'fewer-than-10',
    });
    for (let i = 0; i < 3; i++) expect((await answer(id, { gemak: 4 })).statusCode).toBe(204);
    // 12 of 23 said 4 or 5.
    expect(await indicatorOf('used-and-valued', 'easeOfUse')).toEqual({ value: 52.2, suppressed: false });
    expect((await indicatorOf('feedback', 'surveysAnswered')).value).toBe(23);
    // Condition 4 is having a pass too: the 17 holders of this test.
    expect((await indicatorOf('feedback', 'passHolders')).value).toBe(17);
  });

  it('count views of offers and provider profiles as counters only, for name recognition', async () => {
    expect((await call('GET', `/offers/${offerId}`)).statusCode).toBe(200);
    expect((await call('GET', `/offers/${offerId}`)).statusCode).toBe(200);
    expect((await call('GET', `/provider-profiles/${providerId}`)).statusCode).toBe(200);
    expect((await indicatorOf('businesses', 'offerViews')).value).toBe(2);
    expect((await indicatorOf('businesses', 'profileViews')).value).toBe(1);
    // Nothing about the visitor is kept: a counter per page and month.
    const { rows } = await sql<Record<string, unknown>>`select * from dashboard_view_months`.execute(ctx.database.db);
    expect(Object.keys(rows[0]!).sort()).toEqual(['month', 'subject_id', 'subject_type', 'tenant_id', 'views']);
    const social = await indicatorOf('businesses', 'socialContribution');
    expect(social.suppressed).toBe(false);
    expect(typeof social.value).toBe('number');
  });

  it("passes a provider's conceivable offer from the needs scan to the recruitment board", async () => {
    const id = await openSurvey('providers', [
      { id: 'aanbod', kind: 'open', text: 'Welke aanbieding kunt u bedenken?', options: [], required: true },
    ]);
    expect((await answer(id, { aanbod: 'Een gratis broodje bij de bakker om de hoek' })).statusCode).toBe(204);
    const open = (await call('GET', `/admin/surveys/${id}/open-answers`, undefined, admin)).json<{
      items: { responseId: string; questionId: string }[];
    }>();
    const { responseId } = open.items[0]!;
    const created = await call(
      'POST',
      `/admin/survey-responses/${responseId}/leads`,
      { questionId: 'aanbod', name: 'Bakkerij Het Zaanse Brood', wijkCode: 'WK047912' },
      admin,
    );
    expect(created.statusCode, created.body).toBe(201);
    const lead = (
      await call('GET', `/recruitment-leads/${created.json<{ leadId: string }>().leadId}`, undefined, admin)
    ).json<{
      name: string;
      source: string;
      notes: string;
    }>();
    expect(lead).toMatchObject({ name: 'Bakkerij Het Zaanse Brood', source: 'needs_scan' });
    expect(lead.notes).toContain('Een gratis broodje');
    // Only from a providers' survey, and only the organisation.
    const residents = await openSurvey('residents', [
      { id: 'aanbod', kind: 'open', text: 'Wat mist u?', options: [], required: true },
    ]);
    expect((await answer(residents, { aanbod: 'Zwemles' })).statusCode).toBe(204);
    const residentAnswer = (await call('GET', `/admin/surveys/${residents}/open-answers`, undefined, admin)).json<{
      items: { responseId: string }[];
    }>().items[0]!;
    const refused = await call(
      'POST',
      `/admin/survey-responses/${residentAnswer.responseId}/leads`,
      { questionId: 'aanbod', name: 'Zwembad' },
      admin,
    );
    expect(refused.statusCode).toBe(400);
    const officerTry = await call(
      'POST',
      `/admin/survey-responses/${responseId}/leads`,
      { questionId: 'aanbod', name: 'Bakkerij' },
      officer,
    );
    expect(officerTry.statusCode).toBe(403);
  });
});

describe('the dashboards per buurt', () => {
  type Figure = { value: number | null; suppressed: boolean; reason?: string };
  type Buurten = {
    wijk: { code: string; name: string };
    measure: string;
    wijkFigure: Figure;
    items: { key: string; label: string; figure: Figure }[];
  };
  const buurtenOf = async (condition: string, wijk: string) => {
    const response = await ctx.app.inject({
      url: `/api/v1/dashboards/${condition}/wijken/${wijk}/buurten`,
      headers: { cookie: officer },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Buurten>();
  };

  it('give no buurt of a wijk whose own figure is hidden', async () => {
    // Zaandam-Zuid's 3 are "fewer than 10"; Poelenburg's 14 are hidden to protect them: its buurten would add up to it.
    for (const wijk of ['WK047901', 'WK047912']) {
      const body = await buurtenOf('used-and-valued', wijk);
      expect(body.wijkFigure.suppressed).toBe(true);
      expect(body.items).toEqual([]);
    }
  });

  it('hide a buurt under 10 so that the wijk total minus the other buurten cannot give it away', async () => {
    const db = ctx.database.db;
    await db
      .insertInto('buurten')
      .values(
        [
          ['BU04790101', 'Burgemeestersbuurt'],
          ['BU04790102', 'Rosariumbuurt'],
          ['BU04790103', 'Zaandam-Zuid Oost'],
          ['BU04790104', 'Hembrug'],
        ].map(([code, name]) => ({
          tenant_id: TENANT,
          code: code!,
          wijk_code: 'WK047901',
          name: name!,
          population: 1000,
          geometry: '{}',
        })),
      )
      .execute();
    // Zaandam-Zuid: 12 low-income holders in the Burgemeestersbuurt, 11 in the Rosariumbuurt, 4 in
    // Zaandam-Zuid Oost, none in Hembrug, and the 3 from before without a buurt: 30 in the wijk.
    const groups: [string, number][] = [
      ['BU04790101', 12],
      ['BU04790102', 11],
      ['BU04790103', 4],
    ];
    // After the roll-ups' watermark (the roll-up test moved it an hour on).
    const at = new Date(Date.now() + 100 * 60_000);
    for (const [buurt, count] of groups) {
      const created = await createPasses(db, count, { category: 'low_income' });
      await db
        .updateTable('holders')
        .set({ wijk_code: 'WK047901', buurt_code: buurt })
        .where(
          'id',
          'in',
          created.map((p) => p.holderId),
        )
        .execute();
      for (const pass of created) await redeemAt(pass.id, at);
    }
    await rollForward(db, TENANT, new Date(Date.now() + 4 * 3600_000));

    // Both wijken are shown now: Poelenburg 14, Zaandam-Zuid 30.
    const dashboard = (
      await ctx.app.inject({ url: '/api/v1/dashboards/used-and-valued', headers: { cookie: officer } })
    ).json<{ buurtBreakdown: boolean; byWijk: { items: { key: string; figure: Figure }[] } }>();
    expect(dashboard.buurtBreakdown).toBe(true);
    expect(dashboard.byWijk.items.find((i) => i.key === 'WK047901')!.figure).toEqual({ value: 30, suppressed: false });

    const body = await buurtenOf('used-and-valued', 'WK047901');
    expect(body.wijk).toEqual({ code: 'WK047901', name: 'Zaandam-Zuid' });
    expect(body.wijkFigure).toEqual({ value: 30, suppressed: false });
    const figure = Object.fromEntries(body.items.map((i) => [i.key, i.figure]));
    expect(body.items.map((i) => i.label)).toEqual([
      'Burgemeestersbuurt',
      'Hembrug',
      'Rosariumbuurt',
      'Zaandam-Zuid Oost',
      'Buurt onbekend',
    ]);
    expect(figure.BU04790101).toEqual({ value: 12, suppressed: false });
    expect(figure.BU04790103).toEqual({ value: null, suppressed: true, reason: 'fewer-than-10' });
    expect(figure.BU04790104).toEqual({ value: null, suppressed: true, reason: 'fewer-than-10' });
    expect(figure.unknown).toEqual({ value: null, suppressed: true, reason: 'fewer-than-10' });
    // 30 - 12 = 18 would be the 4 of Zaandam-Zuid Oost plus the 3 without a buurt, plus the 11 of
    // the Rosariumbuurt: that one is hidden too, so the remainder is about 10 people or more and
    // no hidden buurt can be worked out.
    expect(figure.BU04790102).toEqual({ value: null, suppressed: true, reason: 'protects-another' });
    const shown = body.items.filter((i) => !i.figure.suppressed);
    const remainder = body.wijkFigure.value! - shown.reduce((a, i) => a + i.figure.value!, 0);
    expect(remainder).toBeGreaterThanOrEqual(10);
    expect(body.items.filter((i) => i.figure.suppressed).length).toBeGreaterThan(1);
    expect(body.items.filter((i) => i.figure.reason === 'protects-another').length).toBeGreaterThan(0);

    // The kansenkaart of the opgave (low-income target group) drills down under the same rules, with names.
    const kaart = (
      await ctx.app.inject({
        url: `/api/v1/policy-goals/${goals.main}/kansenkaart/wijken/WK047901`,
        headers: { cookie: officer },
      })
    ).json<{ shown: boolean; buurten: { buurtCode: string; buurtName: string; holdersReached: Figure }[] }>();
    expect(kaart.shown).toBe(true);
    expect(kaart.buurten.map((b) => [b.buurtName, b.holdersReached.value])).toEqual([
      ['Burgemeestersbuurt', 12],
      ['Hembrug', null],
      ['Rosariumbuurt', null],
      ['Zaandam-Zuid Oost', null],
      ['Buurt onbekend', null],
    ]);
  });

  it('show offers and providers per buurt as they are, and refuse dashboards without buurten', async () => {
    // The swimming pool's location is in Poelenburg, without a buurt.
    const offers = await buurtenOf('rich-offer', 'WK047912');
    expect(offers.wijkFigure).toEqual({ value: 1, suppressed: false });
    expect(offers.items).toEqual([
      { key: 'unknown', label: 'Buurt onbekend', figure: { value: 1, suppressed: false } },
    ]);
    const providers = await buurtenOf('businesses', 'WK047912');
    expect(providers.items[0]!.figure).toEqual({ value: 1, suppressed: false });

    const centres = await ctx.app.inject({
      url: '/api/v1/dashboards/community-centres/wijken/WK047912/buurten',
      headers: { cookie: officer },
    });
    expect(centres.statusCode).toBe(400);
    expect(centres.body).toContain('path.condition');
    const unknown = await ctx.app.inject({
      url: '/api/v1/dashboards/feedback/wijken/WK047999/buurten',
      headers: { cookie: officer },
    });
    expect(unknown.statusCode).toBe(404);
    const anonymous = await ctx.app.inject({ url: '/api/v1/dashboards/feedback/wijken/WK047912/buurten' });
    expect(anonymous.statusCode).toBe(401);
  });
});
