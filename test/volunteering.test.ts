import { RATE_LIMITS } from '../src/http/rate-limit.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInNetherlands } from '../src/modules/offers/catalogue-date.ts';
import { addDays } from '../src/seed/dates.ts';
import { createPass, createTenant, createUser, loginResident, loginStaff } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * The volunteers' information platform: pages the pass organisation writes; vacancies of partners
 * and volunteers matched both ways by wijk, interest and time; help requests shown only after
 * moderation and never with their author, who becomes visible only to the match they accepted;
 * contact details only when both sides agreed; the depot refuses double bookings and records what
 * is asked for; spaces, the expertise bank and shared needs.
 */
let ctx: TestContext;
let admin: string;
let partnerA: string;
let partnerB: string;
let pendingPartner: string;
const API = '/api/v1';
const TODAY = todayInNetherlands();
const PASSWORD = 'een-lang-wachtwoord';

type Method = 'GET' | 'POST' | 'PUT';
const send = (method: Method, url: string, cookie: string | null, payload?: object) =>
  ctx.app.inject({ method, url: `${API}${url}`, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });
const invalidNames = (body: string) =>
  (JSON.parse(body) as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name);

async function partner(name: string, email: string, approve: boolean) {
  const signUp = await send('POST', '/partners', null, {
    organisation: { name, kind: 'volunteer_organisation', wijkCode: 'WK047912', email: `info-${email}` },
    contact: { name: 'Contact', email, password: PASSWORD },
  });
  expect(signUp.statusCode, signUp.body).toBe(201);
  if (approve)
    expect((await send('POST', `/partners/${signUp.json().id}/decision`, admin, { approve: true })).statusCode).toBe(
      200,
    );
  return loginStaff(ctx.app, email, PASSWORD);
}

async function resident(email: string) {
  const pass = await createPass(ctx.database.db, { email });
  await createUser(ctx.database.db, { role: 'resident', email, holderId: pass.holderId });
  return loginResident(ctx.app, email);
}

beforeAll(async () => {
  ctx = await createTestApp();
  await createTenant(ctx.database.db);
  await createUser(ctx.database.db, { role: 'org_admin', email: 'beheer@test.demo', password: PASSWORD });
  admin = await loginStaff(ctx.app, 'beheer@test.demo', PASSWORD);
  partnerA = await partner('Buurthuis De Kolk', 'kolk@test.demo', true);
  partnerB = await partner('Vrijwilligerscentrale', 'centrale@test.demo', true);
  pendingPartner = await partner('Nog Niet Goedgekeurd', 'wacht@test.demo', false);
});
afterAll(async () => {
  await ctx.close();
});

describe('information pages', () => {
  it('are written by the pass organisation and read by anyone; drafts stay hidden', async () => {
    const page = {
      slug: 'verzekering',
      topic: 'insurance',
      title: 'Verzekerd als vrijwilliger',
      bodyMarkdown: 'De gemeente heeft een **vrijwilligersverzekering**.',
    };
    expect((await send('POST', '/volunteer-info-pages', partnerA, page)).statusCode).toBe(403);
    const created = await send('POST', '/volunteer-info-pages', admin, page);
    expect(created.statusCode, created.body).toBe(201);
    expect((await send('POST', '/volunteer-info-pages', admin, page)).statusCode).toBe(409);
    const draft = await send('POST', '/volunteer-info-pages', admin, {
      ...page,
      slug: 'vog',
      topic: 'vog',
      published: false,
    });
    expect(draft.statusCode).toBe(201);

    const list = await send('GET', '/volunteer-info-pages', null);
    expect(list.json().items.map((p: { slug: string }) => p.slug)).toEqual(['verzekering']);
    const read = await send('GET', '/volunteer-info-pages/verzekering', null);
    expect(read.json()).toMatchObject({ topic: 'insurance', bodyMarkdown: page.bodyMarkdown });
    expect((await send('GET', '/volunteer-info-pages/vog', null)).statusCode).toBe(404);
    expect((await send('GET', '/volunteer-info-pages/vog', admin)).statusCode).toBe(200);

    const bad = await send('POST', '/volunteer-info-pages', admin, { slug: 'Met Spaties', topic: 'x', title: '' });
    expect(bad.statusCode).toBe(400);
    expect(invalidNames(bad.body)).toEqual(
      expect.arrayContaining(['body.slug', 'body.topic', 'body.title', 'body.bodyMarkdown']),
    );
  });
});

let vacancyId: string;
let volunteer: string;

describe('vacancies and volunteers, matched both ways', () => {
  it('a partner posts a vacancy for students; a partner not yet approved cannot', async () => {
    const vacancy = {
      title: 'Kok voor de kinderkookclub',
      description: 'Kook op woensdagmiddag met kinderen uit de buurt.',
      wijkCode: 'WK047912',
      interests: ['Koken', 'kinderen'],
      times: ['weekday_daytime'],
      audiences: ['mbo', 'short_project'],
    };
    expect((await send('POST', '/volunteer-vacancies', pendingPartner, vacancy)).statusCode).toBe(403);
    const bad = await send('POST', '/volunteer-vacancies', partnerA, { ...vacancy, wijkCode: 'WK999999' });
    expect(bad.statusCode).toBe(400);
    expect(invalidNames(bad.body)).toEqual(['body.wijkCode']);
    const created = await send('POST', '/volunteer-vacancies', partnerA, vacancy);
    expect(created.statusCode, created.body).toBe(201);
    vacancyId = created.json().id;
    expect(created.json()).toMatchObject({ interests: ['koken', 'kinderen'], partner: { name: 'Buurthuis De Kolk' } });

    const forMbo = await send('GET', '/volunteer-vacancies?audience=mbo', null);
    expect(forMbo.json().items.map((v: { id: string }) => v.id)).toEqual([vacancyId]);
    expect((await send('GET', '/volunteer-vacancies?audience=hbo', null)).json().items).toEqual([]);
  });

  it('suggests the vacancy to a volunteer who fits, and the volunteer to the partner', async () => {
    volunteer = await resident('sanne@test.demo');
    const other = await resident('piet@test.demo');
    expect((await send('GET', '/me/volunteer-suggestions', volunteer)).statusCode).toBe(409);
    const saved = await send('PUT', '/me/volunteer-profile', volunteer, {
      displayName: 'Sanne',
      interests: ['koken'],
      wijkCodes: ['WK047912'],
      times: ['weekday_daytime'],
      skills: ['EHBO'],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    await send('PUT', '/me/volunteer-profile', other, {
      displayName: 'Piet',
      interests: ['klussen'],
      wijkCodes: ['WK047901'],
      times: ['weekend'],
    });

    const mine = (await send('GET', '/me/volunteer-suggestions', volunteer)).json();
    expect(mine.vacancies).toHaveLength(1);
    expect(mine.vacancies[0]).toMatchObject({ id: vacancyId, match: { sameWijk: true, interests: ['koken'] } });
    expect((await send('GET', '/me/volunteer-suggestions', other)).json().vacancies).toEqual([]);

    const theirs = await send('GET', `/volunteer-vacancies/${vacancyId}/suggestions`, partnerA);
    expect(theirs.json().items.map((v: { displayName: string }) => v.displayName)).toEqual(['Sanne']);
    expect(theirs.body).not.toContain('sanne@test.demo');
    expect((await send('GET', `/volunteer-vacancies/${vacancyId}/suggestions`, partnerB)).statusCode).toBe(404);
  });

  it('contact goes through the platform until both agree to share details', async () => {
    const proposed = await send('POST', '/volunteer-matches', volunteer, { vacancyId, message: 'Ik kook graag!' });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const matchId = proposed.json().id;
    expect((await send('POST', '/volunteer-matches', volunteer, { vacancyId })).statusCode).toBe(409);
    expect((await send('POST', `/volunteer-matches/${matchId}/decision`, volunteer, { accept: true })).statusCode).toBe(
      409,
    );
    expect((await send('POST', `/volunteer-matches/${matchId}/decision`, partnerB, { accept: true })).statusCode).toBe(
      404,
    );

    const seen = (await send('GET', '/volunteer-matches', partnerA)).json().items[0];
    expect(seen).toMatchObject({
      id: matchId,
      myRole: 'owner',
      canDecide: true,
      counterpart: { name: 'Sanne', email: null },
      messages: [{ fromMe: false, body: 'Ik kook graag!' }],
    });
    const accepted = await send('POST', `/volunteer-matches/${matchId}/decision`, partnerA, { accept: true });
    expect(accepted.json()).toMatchObject({ status: 'accepted', counterpart: { email: null } });
    await send('POST', `/volunteer-matches/${matchId}/messages`, partnerA, { body: 'Welkom! Kom woensdag langs.' });
    const shared = await send('POST', `/volunteer-matches/${matchId}/contact-consent`, volunteer);
    expect(shared.json()).toMatchObject({ iShare: true, theyShare: false, counterpart: { email: null } });
    const both = await send('POST', `/volunteer-matches/${matchId}/contact-consent`, partnerA);
    expect(both.json().counterpart).toEqual({ name: 'Sanne', email: 'sanne@test.demo' });
    const forVolunteer = (await send('GET', '/volunteer-matches', volunteer)).json().items[0];
    expect(forVolunteer.counterpart).toEqual({ name: 'Buurthuis De Kolk', email: 'info-kolk@test.demo' });
    expect(forVolunteer.messages.map((m: { fromMe: boolean }) => m.fromMe)).toEqual([true, false]);
  });
});

describe('help requests', () => {
  it('are shown after moderation, without their author; the author is visible only to the match they accepted', async () => {
    const author = await resident('truus.jansen@test.demo');
    const helper = await resident('mehmet@test.demo');
    const stranger = await resident('kees@test.demo');
    await send('PUT', '/me/volunteer-profile', helper, {
      displayName: 'Mehmet',
      interests: ['vervoer'],
      wijkCodes: ['WK047912'],
      times: ['weekday_daytime'],
    });
    const asked = await send('POST', '/help-requests', author, {
      title: 'Lift naar het ziekenhuis',
      description: 'Ik moet volgende week naar het ziekenhuis en heb geen vervoer.',
      wijkCode: 'WK047912',
      interest: 'Vervoer',
      times: ['weekday_daytime'],
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const id = asked.json().id;
    expect(asked.json().status).toBe('pending');
    expect((await send('GET', '/help-requests', null)).json().items).toEqual([]);
    expect((await send('POST', '/volunteer-matches', helper, { helpRequestId: id })).statusCode).toBe(404);

    const queue = await send('GET', '/help-requests/moderation-queue', admin);
    expect(queue.json().items.map((h: { id: string }) => h.id)).toEqual([id]);
    expect(queue.body).not.toMatch(/truus/i);
    expect((await send('POST', `/help-requests/${id}/moderation`, admin, { approve: false })).statusCode).toBe(400);
    expect((await send('POST', `/help-requests/${id}/moderation`, partnerA, { approve: true })).statusCode).toBe(403);
    expect((await send('POST', `/help-requests/${id}/moderation`, admin, { approve: true })).statusCode).toBe(200);
    expect((await send('POST', `/help-requests/${id}/moderation`, admin, { approve: true })).statusCode).toBe(409);

    const shown = await send('GET', '/help-requests', null);
    expect(shown.json().items.map((h: { id: string }) => h.id)).toEqual([id]);
    expect(shown.body).not.toMatch(/truus/i);
    expect((await send('GET', '/me/volunteer-suggestions', helper)).json().helpRequests[0].id).toBe(id);

    const proposed = await send('POST', '/volunteer-matches', helper, { helpRequestId: id });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const matchId = proposed.json().id;
    expect(proposed.json().counterpart).toEqual({ name: null, email: null });
    expect(proposed.body).not.toMatch(/truus/i);
    expect((await send('POST', `/volunteer-matches/${matchId}/messages`, stranger, { body: 'hoi' })).statusCode).toBe(
      404,
    );
    expect((await send('GET', '/volunteer-matches', stranger)).json().items).toEqual([]);
    expect((await send('GET', `/help-requests/${id}/suggestions`, stranger)).statusCode).toBe(404);

    const forAuthor = (await send('GET', '/volunteer-matches', author)).json().items[0];
    expect(forAuthor).toMatchObject({ myRole: 'owner', canDecide: true, counterpart: { name: 'Mehmet', email: null } });
    await send('POST', `/volunteer-matches/${matchId}/decision`, author, { accept: true });
    const afterAccept = (await send('GET', '/volunteer-matches', helper)).json().items[0];
    expect(afterAccept.counterpart).toEqual({ name: 'truus.jansen', email: null });

    await send('POST', `/volunteer-matches/${matchId}/contact-consent`, author);
    await send('POST', `/volunteer-matches/${matchId}/contact-consent`, helper);
    const afterBoth = (await send('GET', '/volunteer-matches', helper)).json().items[0];
    expect(afterBoth.counterpart).toEqual({ name: 'truus.jansen', email: 'truus.jansen@test.demo' });
  });
});

describe('help requests, limited', () => {
  it('refuses more than the limit per client address with 429 and Retry-After', async () => {
    const author = await resident('veel.vragen@test.demo');
    const ask = (n: number) =>
      send('POST', '/help-requests', author, {
        title: `Hulp gevraagd ${n}`,
        description: 'Ik zoek iemand die mij helpt met boodschappen doen.',
        wijkCode: 'WK047912',
        interest: 'Boodschappen',
        times: ['weekday_daytime'],
      });
    // Earlier tests in this file asked from the same address: the limit counts those too.
    const statuses: number[] = [];
    for (let n = 0; n <= RATE_LIMITS.helpRequestsPerAddress.limit && !statuses.includes(429); n++)
      statuses.push((await ask(n)).statusCode);
    expect(statuses.at(-1)).toBe(429);
    expect(new Set(statuses.slice(0, -1))).toEqual(new Set([201]));
    const refused = await ask(99);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('the materials depot', () => {
  it('reserves, refuses a double booking, hands out, takes back and records what is asked for', async () => {
    expect((await send('POST', '/depot-items', partnerA, { name: 'Partytent' })).statusCode).toBe(403);
    const tent = (
      await send('POST', '/depot-items', admin, { name: 'Partytent 3 × 6 meter', category: 'Tenten' })
    ).json();
    const day = (n: number) => addDays(TODAY, n);
    const first = await send('POST', '/depot-reservations', partnerA, {
      itemId: tent.id,
      startsOn: day(10),
      endsOn: day(12),
      purpose: 'Burendag',
    });
    expect(first.statusCode, first.body).toBe(201);
    const clash = await send('POST', '/depot-reservations', partnerB, {
      itemId: tent.id,
      startsOn: day(12),
      endsOn: day(13),
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().type).toMatch(/depot-item-booked$/);
    const after = await send('POST', '/depot-reservations', partnerB, {
      itemId: tent.id,
      startsOn: day(13),
      endsOn: day(13),
    });
    expect(after.statusCode, after.body).toBe(201);
    const bad = await send('POST', '/depot-reservations', partnerB, {
      itemId: tent.id,
      startsOn: day(-1),
      endsOn: day(-2),
    });
    expect(invalidNames(bad.body)).toEqual(['body.startsOn', 'body.endsOn']);

    const items = (await send('GET', '/depot-items', partnerB)).json().items;
    expect(items[0].booked).toEqual([
      { startsOn: day(10), endsOn: day(12) },
      { startsOn: day(13), endsOn: day(13) },
    ]);
    expect((await send('GET', '/depot-reservations', partnerB)).json().items).toHaveLength(1);

    const id = first.json().id;
    expect((await send('POST', `/depot-reservations/${id}/return`, admin, {})).statusCode).toBe(409);
    expect((await send('POST', `/depot-reservations/${id}/hand-out`, partnerA)).statusCode).toBe(403);
    expect((await send('POST', `/depot-reservations/${id}/hand-out`, admin)).json().status).toBe('handed_out');
    const back = await send('POST', `/depot-reservations/${id}/return`, admin, { note: 'Eén haring kwijt' });
    expect(back.json()).toMatchObject({ status: 'returned', returnNote: 'Eén haring kwijt' });
    expect((await send('POST', `/depot-reservations/${after.json().id}/cancellation`, partnerA)).statusCode).toBe(404);

    await send('POST', '/depot-wishes', partnerA, { wish: 'Popcornmachine' });
    await send('POST', '/depot-wishes', partnerB, { wish: 'popcornmachine ' });
    const demand = (await send('GET', '/depot-demand', admin)).json().items;
    expect(demand).toEqual([
      { what: 'Partytent 3 × 6 meter', itemId: tent.id, asked: 3, refused: 1 },
      { what: expect.stringMatching(/popcornmachine/i), itemId: null, asked: 2, refused: 0 },
    ]);
    expect((await send('GET', '/depot-demand', partnerA)).statusCode).toBe(403);
  });
});

describe('spaces, the expertise bank and shared needs', () => {
  it('matches a request for a space with an offer of a housing corporation in the wijk', async () => {
    const offer = await send('POST', '/spaces', admin, {
      kind: 'offer',
      title: 'Ontmoetingsruimte',
      wijkCode: 'WK047912',
      capacity: 30,
      ownerName: 'Parteon',
    });
    expect(offer.statusCode, offer.body).toBe(201);
    expect(
      (await send('POST', '/spaces', admin, { kind: 'offer', title: 'Zaal', wijkCode: 'WK047912', capacity: 5 }))
        .statusCode,
    ).toBe(400);
    const request = await send('POST', '/spaces', partnerB, {
      kind: 'request',
      title: 'Taalcafé',
      wijkCode: 'WK047912',
      capacity: 20,
    });
    expect(request.json()).toMatchObject({
      ownerName: 'Vrijwilligerscentrale',
      mine: true,
      matches: [offer.json().id],
    });
    const big = await send('POST', '/spaces', partnerA, {
      kind: 'request',
      title: 'Feest',
      wijkCode: 'WK047912',
      capacity: 100,
    });
    expect(big.json().matches).toEqual([]);
  });

  it('signals a course two initiatives need; skills of fewer than 10 volunteers show no count', async () => {
    await send('POST', '/shared-needs', partnerA, { kind: 'course', subject: 'EHBO-cursus' });
    expect((await send('GET', '/shared-needs', partnerA)).json().signals).toEqual([]);
    const both = await send('POST', '/shared-needs', partnerB, { kind: 'course', subject: ' ehbo-cursus' });
    expect(both.statusCode, both.body).toBe(201);
    expect(both.json().signals).toEqual([
      {
        kind: 'course',
        subject: expect.stringMatching(/ehbo-cursus/i),
        partners: ['Buurthuis De Kolk', 'Vrijwilligerscentrale'],
      },
    ]);
    const bank = (await send('GET', '/expertise-bank', partnerA)).json();
    expect(bank.skills).toEqual([{ skill: 'EHBO', volunteers: { value: null, suppressed: true } }]);
    expect((await send('GET', '/expertise-bank', volunteer)).statusCode).toBe(403);
  });
});
