import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createUser, loginStaff, TENANT } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * The supportgroep: the organisation invites a member (an account with a login link), linked to
 * an opgave; the member's lead lands on the recruitment board with their name as the source; the
 * member reads the game plan and the campaign calendar but not the board; meetings with answers,
 * notes and actions; bad input is a problem naming every field.
 */
let ctx: TestContext;
let admin: string;
let member: string;
let goalId: string;
const API = '/api/v1';

const call = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string | null, payload?: unknown) =>
  ctx.app.inject({
    method,
    url: `${API}${url}`,
    ...(payload === undefined ? {} : { payload: payload as object }),
    headers: cookie ? { cookie } : {},
  });
const invalidNames = (body: string) =>
  [
    ...new Set(((JSON.parse(body) as { invalidParams?: { name: string }[] }).invalidParams ?? []).map((p) => p.name)),
  ].sort();

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  admin = await loginStaff(ctx.app, 'beheer@test.demo', 'geheim-wachtwoord');
  goalId = (
    await db
      .insertInto('policy_goals')
      .values({ tenant_id: TENANT, slug: 'participatie', name: 'Participatie' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
});

afterAll(async () => {
  await ctx?.close();
});

describe('members', () => {
  it('refuses bad input naming every field, and an opgave that does not exist', async () => {
    const bad = await call('POST', '/support-group-members', admin, { name: '', email: 'nee', kind: 'baas' });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(invalidNames(bad.body)).toEqual(
      expect.arrayContaining(['body.email', 'body.kind', 'body.name', 'body.policyGoalId']),
    );
    const unknownGoal = await call('POST', '/support-group-members', admin, {
      name: 'Sanne',
      email: 'sanne@example.nl',
      kind: 'business',
      policyGoalId: crypto.randomUUID(),
    });
    expect(invalidNames(unknownGoal.body)).toEqual(['body.policyGoalId']);
  });

  it('invites a member with a login link; the member logs in with it', async () => {
    const invited = await call('POST', '/support-group-members', admin, {
      name: 'Sanne de Vries',
      email: 'Sanne@Example.nl',
      organisation: 'Bakkerij De Zaan',
      kind: 'business',
      policyGoalId: goalId,
    });
    expect(invited.statusCode).toBe(201);
    expect(invited.json()).toMatchObject({ kind: 'business', policyGoal: { id: goalId, name: 'Participatie' } });
    const again = await call('POST', '/support-group-members', admin, {
      name: 'Sanne',
      email: 'sanne@example.nl',
      kind: 'business',
      policyGoalId: goalId,
    });
    expect(again.statusCode).toBe(409);
    const mail = await ctx.database.db
      .selectFrom('outbox_messages')
      .select('body_text')
      .where('to_address', '=', 'sanne@example.nl')
      .executeTakeFirstOrThrow();
    const token = decodeURIComponent(/token=(\S+)/.exec(mail.body_text)![1]!);
    const login = await ctx.app.inject({ method: 'POST', url: `${API}/sessions`, payload: { loginToken: token } });
    expect(login.statusCode).toBe(201);
    member = `stadspas_session=${login.cookies.find((c) => c.name === 'stadspas_session')!.value}`;
    const me = await call('GET', '/me/support-group-membership', member);
    expect(me.json().member.name).toBe('Sanne de Vries');
    expect((await call('GET', '/support-group-members', member)).statusCode).toBe(403);
  });

  it("puts a member's lead on the recruitment board with their name as the source", async () => {
    const bad = await call('POST', '/support-group-leads', member, { name: ' ', wijkCode: 'WK047999' });
    expect(bad.statusCode).toBe(400);
    expect(invalidNames(bad.body)).toEqual(expect.arrayContaining(['body.name']));
    const tip = await call('POST', '/support-group-leads', member, {
      name: 'Fietsenmaker Zaandam',
      wijkCode: 'WK047912',
      notes: 'Wil graag korting geven aan jongeren.',
    });
    expect(tip.statusCode).toBe(201);
    const board = await call('GET', '/recruitment-leads', admin);
    const lead = (board.json().items as { id: string; name: string; source: string; sourceName: string }[]).find(
      (l) => l.id === tip.json().leadId,
    );
    expect(lead).toMatchObject({
      name: 'Fietsenmaker Zaandam',
      source: 'support_group',
      sourceName: 'Sanne de Vries (supportgroep)',
    });
    expect((await call('GET', '/me/support-group-membership', member)).json().leads).toHaveLength(1);
    // A member passes leads on, but does not read the board with everyone's contacts.
    expect((await call('GET', '/recruitment-leads', member)).statusCode).toBe(403);
    expect((await call('POST', '/support-group-leads', admin, { name: 'X' })).statusCode).toBe(403);
  });

  it('lets members read the game plan board and the campaign calendar', async () => {
    expect((await call('GET', '/game-plan-actions', member)).statusCode).toBe(200);
    expect((await call('GET', '/campaigns', member)).statusCode).toBe(200);
    const campaign = { name: 'Winterroute', startsOn: '2027-01-01', endsOn: '2027-02-01' };
    expect((await call('POST', '/campaigns', member, campaign)).statusCode).toBe(403);
  });
});

describe('meetings', () => {
  let meetingId: string;

  it('invites every member to a meeting with a place or online link, and refuses one without', async () => {
    const neither = await call('POST', '/support-group-meetings', admin, {
      title: 'Bijeenkomst',
      startsAt: '2027-01-20T19:00:00+01:00',
    });
    expect(neither.statusCode).toBe(400);
    expect(invalidNames(neither.body)).toEqual(['body.onlineUrl', 'body.place']);
    const badUrl = await call('POST', '/support-group-meetings', admin, {
      title: 'Bijeenkomst',
      startsAt: 'morgen',
      onlineUrl: 'javascript:alert(1)',
    });
    expect(invalidNames(badUrl.body)).toEqual(expect.arrayContaining(['body.onlineUrl', 'body.startsAt']));
    const planned = await call('POST', '/support-group-meetings', admin, {
      title: 'Bijeenkomst van de pasgemeenschap',
      startsAt: '2027-01-20T19:00:00+01:00',
      place: 'Buurthuis De Poel',
      onlineUrl: 'https://meet.example.nl/pas',
      agenda: '1. Welkom\n2. Nieuwe routes',
    });
    expect(planned.statusCode).toBe(201);
    meetingId = planned.json().id;
    const invitations = await ctx.database.db
      .selectFrom('outbox_messages')
      .select('subject')
      .where('to_address', '=', 'sanne@example.nl')
      .where('subject', 'like', 'Uitnodiging%')
      .execute();
    expect(invitations).toHaveLength(1);
    expect(
      (
        await call('POST', '/support-group-meetings', member, {
          title: 'x',
          startsAt: '2027-01-01T10:00:00Z',
          place: 'x',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('takes a member’s answer, and keeps notes and actions with an owner and a due date', async () => {
    const answered = await call('PUT', `/support-group-meetings/${meetingId}/rsvp`, member, { answer: 'yes' });
    expect(answered.json()).toMatchObject({ myAnswer: 'yes', answers: { yes: 1, no: 0, maybe: 0 }, attendees: [] });
    expect(
      (await call('PUT', `/support-group-meetings/${meetingId}/rsvp`, member, { answer: 'soms' })).statusCode,
    ).toBe(400);
    expect((await call('PUT', `/support-group-meetings/${meetingId}/rsvp`, admin, { answer: 'yes' })).statusCode).toBe(
      403,
    );
    const notes = await call('PUT', `/support-group-meetings/${meetingId}/notes`, admin, { notes: 'Goed gesprek.' });
    expect(notes.json().notes).toBe('Goed gesprek.');
    expect(notes.json().attendees).toEqual([{ name: 'Sanne de Vries', answer: 'yes' }]);
    const badAction = await call('POST', `/support-group-meetings/${meetingId}/actions`, admin, {
      description: '',
      ownerName: 'Sanne',
      dueOn: '31-01-2027',
    });
    expect(invalidNames(badAction.body)).toEqual(['body.description', 'body.dueOn']);
    const action = await call('POST', `/support-group-meetings/${meetingId}/actions`, admin, {
      description: 'Flyers naar de bakkers',
      ownerName: 'Sanne de Vries',
      dueOn: '2027-01-31',
    });
    expect(action.statusCode).toBe(201);
    const [item] = action.json().actions as { id: string; done: boolean; dueOn: string }[];
    expect(item).toMatchObject({ done: false, dueOn: '2027-01-31' });
    const done = await call('PUT', `/support-group-actions/${item!.id}/done`, admin, { done: true });
    expect(done.json().actions[0].done).toBe(true);
    const seen = await call('GET', `/support-group-meetings/${meetingId}`, member);
    expect(seen.json()).toMatchObject({ notes: 'Goed gesprek.', myAnswer: 'yes' });
    expect((await call('GET', `/support-group-meetings/${crypto.randomUUID()}`, admin)).statusCode).toBe(404);
  });
});
