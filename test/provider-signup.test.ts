import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProvider, createTenant, createUser, loginStaff } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * "Aanbieder worden": an organisation signs up, the pass organisation asks questions or approves,
 * approval creates the provider and its first admin (who logs in with the e-mailed link), and a
 * KvK number that is already known is flagged, never turned into a second provider.
 */
let ctx: TestContext;
let admin: string;
const API = '/api/v1';
const VALID_IBAN = 'NL91ABNA0417164300';

beforeAll(async () => {
  ctx = await createTestApp();
  await createTenant(ctx.database.db);
  const known = await createProvider(ctx.database.db, { name: 'Bakkerij Bekend' });
  await ctx.database.db.updateTable('providers').set({ kvk_number: '11112222' }).where('id', '=', known.id).execute();
  await createUser(ctx.database.db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  admin = await loginStaff(ctx.app, 'beheer@test.demo', 'geheim-wachtwoord');
});
afterAll(() => ctx.close());

const post = (url: string, payload?: object, cookie?: string) =>
  ctx.app.inject({
    method: 'POST',
    url: `${API}${url}`,
    ...(payload ? { payload } : {}),
    headers: cookie ? { cookie } : {},
  });
const get = (url: string, cookie?: string) =>
  ctx.app.inject({ method: 'GET', url: `${API}${url}`, headers: cookie ? { cookie } : {} });
const invalidNames = (body: string) =>
  ((JSON.parse(body) as { invalidParams?: { name: string }[] }).invalidParams ?? []).map((p) => p.name).sort();

const signUp = (overrides: Record<string, unknown> = {}) =>
  post('/provider-applications', {
    organisationName: 'Fietsenmaker De Zaan',
    kind: 'business',
    kvkNumber: '12345678',
    contactName: 'Ayşe Yılmaz',
    email: 'ayse@fietsenmaker.test',
    phone: '075 123 4567',
    street: 'Westzijde 12',
    postcode: '1506 EB',
    city: 'Zaandam',
    iban: VALID_IBAN,
    accountHolderName: 'Fietsenmaker De Zaan',
    termsAccepted: true,
    ...overrides,
  });

describe('signing up', () => {
  it('refuses bad input naming every wrong field, and stores nothing', async () => {
    const before = await ctx.database.db.selectFrom('provider_applications').select('id').execute();
    const response = await signUp({ kvkNumber: undefined, iban: 'NL91ABNA0417164301', termsAccepted: false });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(invalidNames(response.body)).toEqual(['body.iban', 'body.kvkNumber', 'body.termsAccepted']);
    const badKvk = await signUp({ kvkNumber: '1234' });
    expect(badKvk.statusCode).toBe(400);
    expect(badKvk.body).toContain('kvkNumber');
    const after = await ctx.database.db.selectFrom('provider_applications').select('id').execute();
    expect(after.length).toBe(before.length);
  });

  it('lets a buurthuis sign up without a KvK number', async () => {
    const response = await signUp({
      organisationName: 'Buurthuis De Zonnebloem',
      kind: 'community_centre',
      kvkNumber: undefined,
      email: 'info@zonnebloem.test',
    });
    expect(response.statusCode).toBe(201);
    expect(JSON.parse(response.body)).toMatchObject({ status: 'submitted' });
  });

  it('shows sign-ups only to the pass organisation', async () => {
    expect((await get('/provider-applications')).statusCode).toBe(401);
    const list = await get('/provider-applications', admin);
    expect(list.statusCode).toBe(200);
  });
});

describe('a known KvK number', () => {
  it('is flagged with the provider that has it, and approval is refused', async () => {
    const response = await signUp({ kvkNumber: '11112222', email: 'andere@bakkerij.test' });
    expect(response.statusCode).toBe(201);
    const { id } = JSON.parse(response.body) as { id: string };
    const application = JSON.parse((await get(`/provider-applications/${id}`, admin)).body) as {
      kvkKnown: { providerName: string } | null;
    };
    expect(application.kvkKnown?.providerName).toBe('Bakkerij Bekend');
    const approval = await post(`/provider-applications/${id}/approval`, undefined, admin);
    expect(approval.statusCode).toBe(409);
    const providers = await ctx.database.db
      .selectFrom('providers')
      .select('id')
      .where('kvk_number', '=', '11112222')
      .execute();
    expect(providers).toHaveLength(1);
  });

  it('is flagged when another sign-up has it', async () => {
    await signUp({ kvkNumber: '55556666', email: 'een@test.test' });
    const second = JSON.parse((await signUp({ kvkNumber: '55556666', email: 'twee@test.test' })).body) as {
      id: string;
    };
    const application = JSON.parse((await get(`/provider-applications/${second.id}`, admin)).body) as {
      kvkKnown: { applicationId: string | null } | null;
    };
    expect(application.kvkKnown?.applicationId).toBeTruthy();
  });
});

describe('deciding', () => {
  it('asks questions by e-mail, then approves: provider, first admin and a working login link', async () => {
    const { id } = JSON.parse((await signUp()).body) as { id: string };
    const questions = await post(
      `/provider-applications/${id}/questions`,
      { message: 'Welke korting geeft u?' },
      admin,
    );
    expect(questions.statusCode).toBe(200);
    expect(JSON.parse(questions.body)).toMatchObject({
      status: 'questions_asked',
      questions: 'Welke korting geeft u?',
    });

    const approval = await post(`/provider-applications/${id}/approval`, undefined, admin);
    expect(approval.statusCode).toBe(200);
    const approved = JSON.parse(approval.body) as { status: string; providerId: string };
    expect(approved.status).toBe('approved');
    const provider = await ctx.database.db
      .selectFrom('providers')
      .select(['name', 'kind', 'kvk_number', 'iban'])
      .where('id', '=', approved.providerId)
      .executeTakeFirstOrThrow();
    expect(provider).toEqual({
      name: 'Fietsenmaker De Zaan',
      kind: 'business',
      kvk_number: '12345678',
      iban: VALID_IBAN,
    });

    const mails = await ctx.database.db
      .selectFrom('outbox_messages')
      .select(['subject', 'body_text'])
      .where('to_address', '=', 'ayse@fietsenmaker.test')
      .orderBy('created_at')
      .execute();
    expect(mails.map((m) => m.subject)).toEqual([
      'Vragen over uw aanmelding: Fietsenmaker De Zaan',
      'Welkom bij de Zaanse Pas: Fietsenmaker De Zaan',
    ]);
    const token = /token=([^\s]+)/.exec(mails[1]!.body_text)![1]!;
    const login = await post('/sessions', { loginToken: decodeURIComponent(token) });
    expect(login.statusCode).toBe(201);
    const cookie = `stadspas_session=${login.cookies.find((c) => c.name === 'stadspas_session')!.value}`;
    const session = JSON.parse((await get('/sessions/current', cookie)).body) as { providerId: string; role: string };
    expect(session).toMatchObject({ providerId: approved.providerId, role: 'provider_admin' });

    const again = await post(`/provider-applications/${id}/approval`, undefined, admin);
    expect(again.statusCode).toBe(409);
    expect(JSON.parse(again.body)).toMatchObject({ status: 409 });
  });

  it('refuses deciding for anyone but the pass organisation', async () => {
    const { id } = JSON.parse((await signUp({ kvkNumber: '87654321', email: 'x@y.test' })).body) as { id: string };
    expect((await post(`/provider-applications/${id}/approval`)).statusCode).toBe(401);
    const declined = await post(`/provider-applications/${id}/declination`, undefined, admin);
    expect(JSON.parse(declined.body)).toMatchObject({ status: 'declined' });
  });
});
