import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOffer,
  createPass,
  createProvider,
  createTenant,
  createUser,
  loginResident,
  loginStaff,
  TENANT,
} from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * The feedback module through the API: a survey built, answered anonymously (nothing that
 * identifies the respondent is stored, answering twice is refused), results under the rule of 10,
 * open answers coded into needs; a holder rates an offer once per redemption, texts are moderated,
 * providers never see who rated; suggestions; the experience panel with a sample and its
 * invitations in the outbox. The race of two ratings of one redemption runs on PostgreSQL.
 */
let ctx: TestContext;
let admin: string;
let providerAdmin: string;
const API = '/api/v1';

const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown, cookie?: string | null) =>
  ctx.app.inject({
    method,
    url: `${API}${url}`,
    ...(payload === undefined ? {} : { payload: payload as object }),
    headers: cookie ? { cookie } : {},
  });

const QUESTIONS = [
  { id: 'wijk', kind: 'wijk', text: 'In welke wijk woont u?', options: [], required: true },
  { id: 'leeftijd', kind: 'age_band', text: 'Hoe oud bent u?', options: [], required: false },
  { id: 'sport', kind: 'single', text: 'Sport u?', options: ['Ja', 'Nee'], required: true },
  { id: 'gemak', kind: 'scale', text: 'Hoe makkelijk?', options: [], required: false },
  { id: 'mist', kind: 'open', text: 'Wat mist u?', options: [], required: false },
];

let provider: { id: string; locationId: string };
let offer: { id: string };

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  await createUser(db, { role: 'org_admin', email: 'beheer@test.test', password: 'geheim-wachtwoord' });
  provider = await createProvider(db, { name: 'Zwembad De Crommenije' });
  await createUser(db, {
    role: 'provider_admin',
    email: 'zwembad@test.test',
    password: 'geheim-wachtwoord',
    providerId: provider.id,
  });
  offer = await createOffer(db, provider, { title: 'Zwemmen met korting' });
  admin = await loginStaff(ctx.app, 'beheer@test.test', 'geheim-wachtwoord');
  providerAdmin = await loginStaff(ctx.app, 'zwembad@test.test', 'geheim-wachtwoord');
});
afterAll(() => ctx.close());

async function openSurvey(audience = 'residents') {
  const created = await call(
    'POST',
    '/admin/surveys',
    { title: 'Behoeftescan', intro: '', audience, questions: QUESTIONS },
    admin,
  );
  expect(created.statusCode).toBe(201);
  const id = (created.json() as { id: string }).id;
  expect((await call('POST', `/admin/surveys/${id}/status-changes`, { status: 'open' }, admin)).statusCode).toBe(200);
  return id;
}

let guardSerial = 0;
const codeOf = (response: { json(): unknown }) => (response.json() as { type: string }).type.split('/').pop();
const answer = (surveyId: string, answers: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  call('POST', `/surveys/${surveyId}/responses`, {
    answers,
    guard: `guard-token-${String(guardSerial++).padStart(8, '0')}`,
    ...extra,
  });

describe('the needs scan', () => {
  it('refuses bad questions, naming each field, and keeps a draft from answers', async () => {
    const bad = await call(
      'POST',
      '/admin/surveys',
      {
        title: 'X',
        intro: '',
        audience: 'residents',
        questions: [
          { id: 'a', kind: 'single', text: 'Een?', options: ['Ja'], required: true },
          { id: 'a', kind: 'scale', text: 'Twee?', options: ['x'], required: true },
        ],
      },
      admin,
    );
    expect(bad.statusCode).toBe(400);
    const names = (bad.json() as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name).sort();
    expect(names).toEqual(['body.questions.0.options', 'body.questions.1.id', 'body.questions.1.options']);
    const draft = await call(
      'POST',
      '/admin/surveys',
      { title: 'Concept', intro: '', audience: 'residents', questions: QUESTIONS },
      admin,
    );
    const id = (draft.json() as { id: string }).id;
    expect((await call('GET', `/surveys/${id}`)).statusCode).toBe(404);
    expect((await call('GET', '/admin/surveys', undefined, providerAdmin)).statusCode).toBe(403);
  });

  it('stores an anonymous answer, refuses the same browser twice and bad answers by field', async () => {
    const id = await openSurvey();
    const page = await call('GET', `/surveys/${id}`);
    expect(page.statusCode).toBe(200);
    const first = await call('POST', `/surveys/${id}/responses`, {
      answers: { wijk: 'WK047912', sport: 'Ja', mist: 'Een zwembad dichtbij' },
      guard: 'same-browser-token-123',
      interview: { name: 'Fatima', contact: 'fatima@voorbeeld.nl' },
    });
    expect(first.statusCode).toBe(204);
    const again = await call('POST', `/surveys/${id}/responses`, {
      answers: { wijk: 'WK047912', sport: 'Nee' },
      guard: 'same-browser-token-123',
    });
    expect(again.statusCode).toBe(409);
    expect(codeOf(again)).toBe('survey-already-answered');
    const bad = await answer(id, { wijk: 'WK999', sport: 'Misschien', gemak: 9, onbekend: 'x' });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name).sort()).toEqual([
      'body.answers.gemak',
      'body.answers.onbekend',
      'body.answers.sport',
      'body.answers.wijk',
    ]);
    // Nothing that points at a person: the day only, no user, no address; the contact lives apart.
    const rows = await ctx.database.db.selectFrom('survey_responses').selectAll().where('survey_id', '=', id).execute();
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]!).sort()).toEqual(
      [
        'answered_on',
        'answers',
        'age_band',
        'guard_hash',
        'household_type',
        'id',
        'provider_id',
        'source',
        'survey_id',
        'tenant_id',
        'wijk_code',
      ].sort(),
    );
    expect(JSON.stringify(rows[0])).not.toContain('same-browser-token-123');
    const contacts = await call('GET', `/admin/surveys/${id}/interview-contacts`, undefined, admin);
    expect((contacts.json() as { items: { name: string }[] }).items.map((c) => c.name)).toEqual(['Fatima']);
  });

  it('shows results per wijk with the rule of 10, and codes open answers into the groslijst', async () => {
    const id = await openSurvey();
    for (let i = 0; i < 14; i++)
      expect((await answer(id, { wijk: 'WK047912', sport: i < 11 ? 'Ja' : 'Nee', gemak: 4 })).body).toBe('');
    for (let i = 0; i < 3; i++)
      expect((await answer(id, { wijk: 'WK047901', sport: 'Ja', mist: 'Zwemles' })).body).toBe('');
    const results = (await call('GET', `/admin/surveys/${id}/results?by=wijk`, undefined, admin)).json() as {
      respondents: Record<string, { value: number | null; suppressed: boolean; reason?: string }>;
      respondentsTotal: { value: number | null; suppressed: boolean; reason?: string };
      questions: {
        questionId: string;
        cells: Record<string, Record<string, { value: number | null }>>;
        averages: Record<string, { value: number | null }> | null;
      }[];
      rounds: unknown[];
    };
    // 14 in Poelenburg, 3 in another wijk, 17 in all: the 3 is hidden, and with the total shown the 14
    // is hidden too (else 17 − 14 = 3): complementary suppression (insight/disclosure.ts).
    expect(results.respondents.WK047901).toEqual({ value: null, suppressed: true, reason: 'fewer-than-10' });
    expect(results.respondents.WK047912!.suppressed || results.respondentsTotal.suppressed).toBe(true);
    // What hides the 14 (or the total) is no small figure: the API says it protects another.
    const protecting = results.respondents.WK047912!.suppressed
      ? results.respondents.WK047912
      : results.respondentsTotal;
    expect(protecting).toEqual({ value: null, suppressed: true, reason: 'protects-another' });
    const sport = results.questions.find((q) => q.questionId === 'sport')!;
    // 11 of 14 said yes in Poelenburg, 3 said no: the 3 is hidden, and so is the 11 (else 14 − 11 = 3).
    expect(sport.cells.Ja!.WK047912!.value).toBeNull();
    expect(sport.cells.Nee!.WK047912!.value).toBeNull();
    const gemak = results.questions.find((q) => q.questionId === 'gemak')!;
    expect(gemak.averages!.WK047912!.value).toBe(4);
    expect(results.rounds).toHaveLength(1);
    // Every shown figure in the answer is about 10 or more people (averages are not counts).
    const counts: number[] = [];
    const walk = (value: unknown, key = ''): void => {
      if (value && typeof value === 'object') {
        const v = value as { value?: unknown; suppressed?: unknown };
        if (typeof v.suppressed === 'boolean' && !/average/i.test(key)) {
          if (v.value !== null) counts.push(v.value as number);
          return;
        }
        for (const [k, child] of Object.entries(value)) walk(child, /average/i.test(key) ? key : k);
      }
    };
    walk(results);
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((n) => n >= 10 || n === 0)).toBe(true);
    expect(counts.filter((n) => n > 0 && n < 10)).toEqual([]);

    const need = await call('POST', '/admin/needs', { title: 'Zwemles voor kinderen', description: '' }, admin);
    const needId = (need.json() as { id: string }).id;
    const open = (await call('GET', `/admin/surveys/${id}/open-answers`, undefined, admin)).json() as {
      items: { responseId: string; questionId: string; text: string }[];
    };
    expect(open.items).toHaveLength(3);
    expect(Object.keys(open.items[0]!).sort()).toEqual(['needIds', 'providerName', 'questionId', 'responseId', 'text']);
    for (const item of open.items)
      expect(
        (await call('PUT', `/admin/survey-responses/${item.responseId}/codings/mist`, { needIds: [needId] }, admin))
          .statusCode,
      ).toBe(204);
    const linked = await call('PUT', `/admin/needs/${needId}/offers`, { offerIds: [offer.id] }, admin);
    const needView = linked.json() as {
      answers: { suppressed: boolean };
      offers: { id: string }[];
      wijkenWithoutOffer: { code: string }[];
    };
    expect(needView.answers.suppressed).toBe(true); // 3 answers
    expect(needView.offers.map((o) => o.id)).toEqual([offer.id]);
    expect(needView.wijkenWithoutOffer.map((w) => w.code)).not.toContain('WK047912');
  });

  it('makes a poster PDF with a QR code, and compares a next round', async () => {
    const id = await openSurvey();
    const poster = await call('GET', `/admin/surveys/${id}/poster.pdf?wijk=WK047912`, undefined, admin);
    expect(poster.statusCode).toBe(200);
    expect(poster.headers['content-type']).toContain('application/pdf');
    expect(poster.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const next = await call('POST', `/admin/surveys/${id}/next-rounds`, undefined, admin);
    expect(next.statusCode).toBe(201);
    const round = next.json() as { id: string; round: number; status: string };
    expect(round).toMatchObject({ round: 2, status: 'draft' });
    const results = (await call('GET', `/admin/surveys/${round.id}/results`, undefined, admin)).json() as {
      rounds: { round: number }[];
    };
    expect(results.rounds.map((r) => r.round)).toEqual([1, 2]);
  });

  it("puts a need on the recruitment board once, with a provider's conceivable offer from the scan", async () => {
    const created = await call(
      'POST',
      '/admin/surveys',
      {
        title: 'Behoeftescan aanbieders',
        intro: '',
        audience: 'providers',
        questions: [
          { id: 'aanbod', kind: 'open', text: 'Welke aanbieding kunt u bedenken?', options: [], required: true },
        ],
      },
      admin,
    );
    const surveyId = (created.json() as { id: string }).id;
    expect(
      (await call('POST', `/admin/surveys/${surveyId}/status-changes`, { status: 'open' }, admin)).statusCode,
    ).toBe(200);
    const answered = await call(
      'POST',
      `/surveys/${surveyId}/responses`,
      { answers: { aanbod: 'Zwemles voor volwassenen op zaterdagochtend' }, guard: 'provider-guard-token-0001' },
      providerAdmin,
    );
    expect(answered.statusCode, answered.body).toBe(204);
    const need = (
      await call('POST', '/admin/needs', { title: 'Zwemles voor volwassenen', description: '' }, admin)
    ).json() as { id: string; recruitmentLeadId: string | null };
    expect(need.recruitmentLeadId).toBeNull();
    const open = (
      (await call('GET', `/admin/surveys/${surveyId}/open-answers`, undefined, admin)).json() as {
        items: { responseId: string; providerName: string | null }[];
      }
    ).items[0]!;
    expect(open.providerName).toBe('Zwembad De Crommenije');
    await call('PUT', `/admin/survey-responses/${open.responseId}/codings/aanbod`, { needIds: [need.id] }, admin);

    // Two clicks at the same moment and one later: one lead.
    const url = `/admin/needs/${need.id}/recruitment-leads`;
    const [first, second] = await Promise.all([call('POST', url, {}, admin), call('POST', url, {}, admin)]);
    const third = await call('POST', url, {}, admin);
    const bodies = [first, second, third].map((r) => r.json() as { leadId: string; created: boolean });
    expect([first, second, third].map((r) => r.statusCode).sort()).toEqual([200, 200, 201]);
    expect(bodies.filter((b) => b.created)).toHaveLength(1);
    expect(new Set(bodies.map((b) => b.leadId)).size).toBe(1);
    const leadId = bodies[0]!.leadId;
    const rows = await ctx.database.db
      .selectFrom('recruitment_leads')
      .select('id')
      .where('source_ref', '=', `need:${need.id}`)
      .execute();
    expect(rows.map((r) => r.id)).toEqual([leadId]);

    const lead = (await call('GET', `/recruitment-leads/${leadId}`, undefined, admin)).json() as {
      name: string;
      source: string;
      sourceName: string;
      notes: string;
      wijkCode: string | null;
    };
    expect(lead).toMatchObject({
      name: 'Aanbod voor: Zwemles voor volwassenen',
      source: 'needs_scan',
      sourceName: 'Behoefte: Zwemles voor volwassenen',
    });
    // No offer meets it anywhere, and the swimming pool came up with one.
    expect(lead.notes).toContain('Geen aanbod in: Poelenburg, Zaandam-Zuid');
    expect(lead.notes).toContain(
      'Denkbare aanbieding van Zwembad De Crommenije (behoeftescan): Zwemles voor volwassenen op zaterdagochtend',
    );
    const listed = (await call('GET', '/admin/needs', undefined, admin)).json() as {
      items: { id: string; recruitmentLeadId: string | null }[];
    };
    expect(listed.items.find((n) => n.id === need.id)!.recruitmentLeadId).toBe(leadId);

    expect((await call('POST', url, {}, providerAdmin)).statusCode).toBe(403);
    const unknown = await call(
      'POST',
      '/admin/needs/00000000-0000-4000-8000-000000000000/recruitment-leads',
      {},
      admin,
    );
    expect(unknown.statusCode).toBe(404);
    const bad = await call('POST', url, { wijkCode: 'Poelenburg' }, admin);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('body.wijkCode');
  });
});

async function resident(email: string) {
  const pass = await createPass(ctx.database.db, { email });
  await createUser(ctx.database.db, { role: 'resident', email, holderId: pass.holderId });
  return { pass, cookie: await loginResident(ctx.app, email) };
}

async function redemption(passId: string) {
  return ctx.database.db
    .insertInto('redemptions')
    .values({
      tenant_id: TENANT,
      offer_id: offer.id,
      pass_id: passId,
      provider_id: provider.id,
      price_cents: 800,
      channel: 'seed',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

describe('ratings', () => {
  it('lets a holder rate a redemption once; texts wait for moderation; the provider sees no holder', async () => {
    const { pass, cookie } = await resident('rater@voorbeeld.nl');
    const other = await resident('other@voorbeeld.nl');
    const visit = await redemption(pass.id);
    expect(
      (await call('POST', '/me/offer-ratings', { redemptionId: visit.id, stars: 5 }, other.cookie)).statusCode,
    ).toBe(404);
    const rated = await call(
      'POST',
      '/me/offer-ratings',
      { redemptionId: visit.id, stars: 4, text: 'Fijn zwembad' },
      cookie,
    );
    expect(rated.statusCode).toBe(201);
    const twice = await call('POST', '/me/offer-ratings', { redemptionId: visit.id, stars: 1 }, cookie);
    expect(codeOf(twice)).toBe('rating-already-given');

    const ownList = (await call('GET', '/me/offer-ratings', undefined, cookie)).json() as {
      items: { rating: { textStatus: string } | null }[];
    };
    expect(ownList.items[0]!.rating!.textStatus).toBe('pending');

    let providerView = (await call('GET', '/offer-ratings', undefined, providerAdmin)).json() as {
      items: Record<string, unknown>[];
    };
    expect(providerView.items[0]).toMatchObject({ stars: 4, text: null });
    expect(Object.keys(providerView.items[0]!).sort()).toEqual(
      ['id', 'offerId', 'offerTitle', 'ratedIn', 'reply', 'stars', 'stars']
        .filter((k, i, a) => a.indexOf(k) === i)
        .concat('text')
        .sort(),
    );
    const { id } = rated.json() as { id: string };
    expect(
      (await call('POST', `/admin/offer-ratings/${id}/moderation`, { decision: 'approve' }, admin)).statusCode,
    ).toBe(204);
    expect((await call('PUT', `/offer-ratings/${id}/reply`, { reply: 'Dank u wel!' }, providerAdmin)).statusCode).toBe(
      200,
    );
    providerView = (await call('GET', '/offer-ratings', undefined, providerAdmin)).json() as {
      items: Record<string, unknown>[];
    };
    expect(providerView.items[0]).toMatchObject({ text: 'Fijn zwembad', reply: 'Dank u wel!' });

    // Fewer than 10 ratings: no count, no average; the approved text shows.
    const summary = (await call('GET', `/offers/${offer.id}/rating-summary`)).json() as {
      averageStars: { suppressed: boolean };
      texts: { text: string }[];
    };
    expect(summary.averageStars.suppressed).toBe(true);
    expect(summary.texts.map((t) => t.text)).toEqual(['Fijn zwembad']);
  });

  it('shows the average from 10 ratings on', async () => {
    for (let i = 0; i < 10; i++) {
      const { pass, cookie } = await resident(`many${i}@voorbeeld.nl`);
      const visit = await redemption(pass.id);
      await call('POST', '/me/offer-ratings', { redemptionId: visit.id, stars: 5 }, cookie);
    }
    const summary = (await call('GET', `/offers/${offer.id}/rating-summary`)).json() as {
      ratings: { value: number };
      averageStars: { value: number; suppressed: boolean };
    };
    expect(summary.ratings.value).toBe(11);
    expect(summary.averageStars).toEqual({ value: 4.9, suppressed: false });
  });

  it('takes suggestions from anyone, rate limited', async () => {
    const sent = await call('POST', '/suggestions', { kind: 'new_offer', message: 'De kinderboerderij!' });
    expect(sent.statusCode).toBe(201);
    const list = (await call('GET', '/admin/suggestions', undefined, admin)).json() as { items: { message: string }[] };
    expect(list.items.map((s) => s.message)).toContain('De kinderboerderij!');
    let last = 0;
    for (let i = 0; i < 12; i++)
      last = (await call('POST', '/suggestions', { kind: 'improvement', message: `Idee ${i}` })).statusCode;
    expect(last).toBe(429);
  });
});

describe('the experience panel', () => {
  it('lets holders join and leave, invites a sample by e-mail, and shows response under the rule of 10', async () => {
    const members: string[] = [];
    for (let i = 0; i < 11; i++) {
      const { cookie } = await resident(`panel${i}@voorbeeld.nl`);
      const bad = await call('PUT', '/me/panel-membership', { consent: false, consentVersion: 1 }, cookie);
      expect(bad.statusCode).toBe(400);
      const joined = await call('PUT', '/me/panel-membership', { consent: true, consentVersion: 1 }, cookie);
      expect((joined.json() as { member: boolean }).member).toBe(true);
      members.push(cookie);
    }
    expect((await call('DELETE', '/me/panel-membership', undefined, members[10])).statusCode).toBe(204);
    expect(
      ((await call('GET', '/me/panel-membership', undefined, members[10])).json() as { member: boolean }).member,
    ).toBe(false);

    const id = await openSurvey('panel');
    const small = await call(
      'POST',
      `/admin/surveys/${id}/panel-invitations`,
      { wijkCodes: [], targetGroups: [], size: 10 },
      admin,
    );
    expect(small.statusCode).toBe(201); // exactly 10 members left
    expect((small.json() as { invited: number }).invited).toBe(10);
    const again = await call(
      'POST',
      `/admin/surveys/${id}/panel-invitations`,
      { wijkCodes: [], targetGroups: [], size: 10 },
      admin,
    );
    expect(codeOf(again)).toBe('panel-sample-too-small');

    const outbox = (await call('GET', '/outbox-messages')).json() as { items: { to: string; body: string }[] };
    const invitations = outbox.items.filter((m) => m.body.includes(`/vragenlijst/${id}?uitnodiging=`));
    expect(invitations).toHaveLength(10);
    const token = /uitnodiging=(\S+)/.exec(invitations[0]!.body)![1]!;
    // Without an invitation a panel survey takes no answer; with one, once.
    expect((await answer(id, { wijk: 'WK047912', sport: 'Ja' })).statusCode).toBe(403);
    expect((await answer(id, { wijk: 'WK047912', sport: 'Ja' }, { invitation: token })).statusCode).toBe(204);
    expect((await answer(id, { wijk: 'WK047912', sport: 'Ja' }, { invitation: token })).statusCode).toBe(403);

    const response = (await call('GET', `/admin/surveys/${id}/panel-response`, undefined, admin)).json() as {
      invited: { value: number };
      responded: { suppressed: boolean };
      responseRate: { suppressed: boolean };
    };
    expect(response.invited.value).toBe(10);
    expect(response.responded.suppressed).toBe(true);
    expect(response.responseRate.suppressed).toBe(true);
  });

  it('takes a question of a partner into a draft panel survey', async () => {
    const asked = await call(
      'POST',
      '/panel-questions',
      { organisation: 'GGD Zaanstreek-Waterland', question: 'Weet u de weg?' },
      admin,
    );
    expect(asked.statusCode).toBe(201);
    const draft = await call(
      'POST',
      '/admin/surveys',
      { title: 'Panel', intro: '', audience: 'panel', questions: [] },
      admin,
    );
    const surveyId = (draft.json() as { id: string }).id;
    const decided = await call(
      'POST',
      `/admin/panel-questions/${(asked.json() as { id: string }).id}/decision`,
      { decision: 'accept', surveyId },
      admin,
    );
    expect(decided.statusCode).toBe(200);
    const survey = (await call('GET', `/admin/surveys/${surveyId}`, undefined, admin)).json() as {
      questions: { text: string }[];
    };
    expect(survey.questions.map((q) => q.text)).toEqual(['Weet u de weg? (GGD Zaanstreek-Waterland)']);
  });
});

describe.skipIf(!process.env.DATABASE_URL)('two ratings of one redemption at the same moment (PostgreSQL)', () => {
  it('store one rating', async () => {
    const { pass, cookie } = await resident('race@voorbeeld.nl');
    for (let round = 0; round < 3; round++) {
      const visit = await redemption(pass.id);
      const results = await Promise.all(
        [1, 2, 3, 4].map((stars) => call('POST', '/me/offer-ratings', { redemptionId: visit.id, stars }, cookie)),
      );
      expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
      const rows = await ctx.database.db
        .selectFrom('offer_ratings')
        .select('id')
        .where('redemption_id', '=', visit.id)
        .execute();
      expect(rows).toHaveLength(1);
    }
  });
});
