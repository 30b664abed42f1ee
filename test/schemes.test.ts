import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProvider, createTenant, createUser, loginStaff, TENANT } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * The schemes guide (regelingen): public reads see only what is published, filtered and searched;
 * only the pass organisation writes; bad input names every field; the eligibility check stores
 * nothing; its e-mail goes only through the outbox; problem reports reach the pass organisation.
 */
let ctx: TestContext;
let admin: string;
let providerAdmin: string;
const API = '/api/v1';

const scheme = (overrides: Record<string, unknown> = {}) => ({
  slug: 'gratis-zaanse-pas',
  title: 'Gratis Zaanse Pas',
  summary: 'Gratis pas voor minima en mantelzorgers',
  bodyMarkdown: 'De pas is **gratis**.',
  whoFor: 'Minima en mantelzorgers',
  criteria: '- inkomen tot 120%',
  amounts: 'Gratis',
  applyRoute: 'online_form',
  applyUrl: '/gratis-pas/aanvragen',
  applyWhere: 'Online',
  contact: '14 075',
  providerKind: 'municipality',
  providerName: 'Gemeente Zaanstad',
  audience: 'residents',
  lifeEvents: ['job_loss'],
  themes: ['money'],
  grantsPass: true,
  passPriceCents: 0,
  eligibility: { anyOf: [{ maxIncomePercent: 120 }, { caring: true }] },
  ...overrides,
});

const request = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, cookie: string | null = admin) =>
  ctx.app.inject({
    method,
    url: `${API}${url}`,
    ...(payload === undefined ? {} : { payload: payload as object }),
    headers: cookie ? { cookie } : {},
  });
/** The fields a problem names, once each (a union of literals reports each branch). */
const invalidNames = (body: string) =>
  [
    ...new Set(((JSON.parse(body) as { invalidParams?: { name: string }[] }).invalidParams ?? []).map((p) => p.name)),
  ].sort();

async function create(overrides: Record<string, unknown> = {}, publish = true) {
  const created = await request('POST', '/admin/schemes', scheme(overrides));
  expect(created.statusCode, created.body).toBe(201);
  const id = (created.json() as { id: string }).id;
  if (publish) {
    const published = await request('POST', `/admin/schemes/${id}/status-changes`, { status: 'published' });
    expect(published.statusCode, published.body).toBe(200);
  }
  return id;
}

const answers = {
  household: 'single_parent',
  incomeBand: 'up_to_110',
  childrenAges: [7],
  caring: false,
  age: 38,
  lifeEvent: 'divorce',
};
const count = async (table: 'schemes' | 'scheme_reports' | 'outbox_messages') =>
  Number(
    (
      await ctx.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

let freePassId: string;
let draftId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  const provider = await createProvider(db, { name: 'Zwembad De Crommenije' });
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  await createUser(db, {
    role: 'provider_admin',
    email: 'eigenaar@test.demo',
    password: 'geheim-wachtwoord',
    providerId: provider.id,
  });
  admin = await loginStaff(ctx.app, 'beheer@test.demo', 'geheim-wachtwoord');
  providerAdmin = await loginStaff(ctx.app, 'eigenaar@test.demo', 'geheim-wachtwoord');
  freePassId = await create();
  await create({
    slug: 'jeugdfonds-sport-cultuur',
    title: 'Jeugdfonds Sport & Cultuur',
    summary: 'Contributie van de sportclub voor uw kind',
    applyRoute: 'through_person',
    applyUrl: undefined,
    applyPerson: 'Het wijkteam',
    providerKind: 'sport',
    lifeEvents: ['divorce'],
    themes: ['sport-culture', 'family'],
    grantsPass: false,
    passPriceCents: undefined,
    eligibility: { anyOf: [{ maxIncomePercent: 120, childAgeFrom: 4, childAgeTo: 17 }] },
  });
  await create({
    slug: 'stimuleringsbudget',
    title: 'Stimuleringsbudget',
    summary: 'Voor vrijwilligersinitiatieven in de wijk',
    audience: 'initiatives',
    applyRoute: 'no_application',
    applyUrl: undefined,
    applyPerson: 'De wijkmanager beslist',
    lifeEvents: [],
    themes: ['volunteering'],
    grantsPass: false,
    passPriceCents: undefined,
    eligibility: { anyOf: [{}] },
  });
  draftId = await create(
    {
      slug: 'geheime-regeling',
      title: 'Nog niet af',
      summary: 'Concept',
      grantsPass: false,
      passPriceCents: undefined,
      eligibility: { anyOf: [{}] },
    },
    false,
  );
});
afterAll(async () => {
  await ctx.close();
});

describe('the public guide', () => {
  it('lists only published schemes, filtered by life event, theme, audience and search words', async () => {
    const slugs = async (query: string) =>
      ((await request('GET', `/schemes${query}`, undefined, null)).json() as { items: { slug: string }[] }).items.map(
        (s) => s.slug,
      );
    expect(await slugs('')).toEqual(['gratis-zaanse-pas', 'jeugdfonds-sport-cultuur', 'stimuleringsbudget']);
    expect(await slugs('?lifeEvent=divorce')).toEqual(['jeugdfonds-sport-cultuur']);
    expect(await slugs('?theme=money')).toEqual(['gratis-zaanse-pas']);
    expect(await slugs('?audience=initiatives')).toEqual(['stimuleringsbudget']);
    expect(await slugs('?q=sportclub%20kind')).toEqual(['jeugdfonds-sport-cultuur']);
    expect(await slugs('?q=100%25')).toEqual([]);
  });

  it('shows a published scheme by its address, never a draft', async () => {
    const detail = await request('GET', '/schemes/gratis-zaanse-pas', undefined, null);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({ bodyMarkdown: 'De pas is **gratis**.', grantsPass: true, passPriceCents: 0 });
    expect(detail.json()).not.toHaveProperty('eligibility');
    const draft = await request('GET', '/schemes/geheime-regeling', undefined, null);
    expect(draft.statusCode).toBe(404);
    expect(draft.headers['content-type']).toContain('application/problem+json');
  });
});

describe('managing the guide', () => {
  it('lets only the pass organisation write: anonymous 401, a provider 403, nothing saved', async () => {
    const before = await count('schemes');
    const anonymous = await request('POST', '/admin/schemes', scheme({ slug: 'nieuw' }), null);
    expect(anonymous.statusCode).toBe(401);
    const provider = await request('POST', '/admin/schemes', scheme({ slug: 'nieuw' }), providerAdmin);
    expect(provider.statusCode).toBe(403);
    expect((await request('GET', '/admin/schemes', undefined, providerAdmin)).statusCode).toBe(403);
    expect(
      (await request('POST', `/admin/schemes/${draftId}/status-changes`, { status: 'published' }, providerAdmin))
        .statusCode,
    ).toBe(403);
    expect((await request('GET', '/admin/scheme-reports', undefined, providerAdmin)).statusCode).toBe(403);
    expect(await count('schemes')).toBe(before);
  });

  it('names every invalid field, in the schema and in the rules between fields, and saves nothing', async () => {
    const before = await count('schemes');
    const bad = await request('POST', '/admin/schemes', scheme({ slug: 'Niet Goed', audience: 'everyone' }));
    expect(bad.statusCode).toBe(400);
    expect(invalidNames(bad.body)).toEqual(expect.arrayContaining(['body.slug', 'body.audience']));
    const rules = await request(
      'POST',
      '/admin/schemes',
      scheme({
        slug: 'regels',
        applyUrl: 'javascript:alert(1)',
        grantsPass: false,
        passPriceCents: 500,
        eligibility: { anyOf: [{ minAge: 70, maxAge: 60 }] },
      }),
    );
    expect(rules.statusCode).toBe(400);
    expect(invalidNames(rules.body)).toEqual([
      'body.applyUrl',
      'body.eligibility.anyOf.0.maxAge',
      'body.passPriceCents',
    ]);
    const taken = await request('POST', '/admin/schemes', scheme());
    expect(taken.statusCode).toBe(409);
    expect(invalidNames(taken.body)).toEqual(['body.slug']);
    expect(await count('schemes')).toBe(before);
  });

  it('edits, archives and republishes; an archived scheme leaves the public guide', async () => {
    const edited = await request('PUT', `/admin/schemes/${freePassId}`, scheme({ summary: 'Nieuwe samenvatting' }));
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ summary: 'Nieuwe samenvatting', status: 'published' });
    await request('POST', `/admin/schemes/${freePassId}/status-changes`, { status: 'archived' });
    expect((await request('GET', '/schemes/gratis-zaanse-pas', undefined, null)).statusCode).toBe(404);
    const all = (await request('GET', '/admin/schemes')).json() as { items: { slug: string; status: string }[] };
    expect(all.items.find((s) => s.slug === 'gratis-zaanse-pas')?.status).toBe('archived');
    await request('POST', `/admin/schemes/${freePassId}/status-changes`, { status: 'published' });
    expect((await request('GET', '/schemes/gratis-zaanse-pas', undefined, null)).statusCode).toBe(200);
  });
});

describe('the eligibility check', () => {
  it('answers the matching published schemes for residents, the free pass first, and stores nothing', async () => {
    const tables = ['schemes', 'scheme_reports', 'outbox_messages'] as const;
    const before = await Promise.all(tables.map(count));
    const response = await request('POST', '/scheme-checks', answers, null);
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json() as {
      stored: boolean;
      matches: { scheme: { slug: string }; nextStep: { route: string; url: string | null } }[];
    };
    expect(result.stored).toBe(false);
    expect(result.matches.map((m) => m.scheme.slug)).toEqual(['gratis-zaanse-pas', 'jeugdfonds-sport-cultuur']);
    expect(result.matches[0]!.nextStep).toMatchObject({ route: 'online_form', url: '/gratis-pas/aanvragen' });
    expect(await Promise.all(tables.map(count))).toEqual(before);

    const richer = await request('POST', '/scheme-checks', { ...answers, incomeBand: 'above_130' }, null);
    expect((richer.json() as { matches: unknown[] }).matches).toEqual([]);
  });

  it('names every invalid answer', async () => {
    const response = await request('POST', '/scheme-checks', { ...answers, age: 3, incomeBand: 'rich' }, null);
    expect(response.statusCode).toBe(400);
    expect(invalidNames(response.body)).toEqual(expect.arrayContaining(['body.age', 'body.incomeBand']));
    const noChildren = await request('POST', '/scheme-checks', { ...answers, childrenAges: [] }, null);
    expect(invalidNames(noChildren.body)).toEqual(['body.childrenAges']);
  });

  it('e-mails the result through the outbox only, and limits how often', async () => {
    const before = await count('outbox_messages');
    const sent = await request('POST', '/scheme-check-emails', { answers, email: 'inwoner@voorbeeld.demo' }, null);
    expect(sent.statusCode, sent.body).toBe(202);
    const message = await ctx.database.db
      .selectFrom('outbox_messages')
      .selectAll()
      .where('tenant_id', '=', TENANT)
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(message.to_address).toBe('inwoner@voorbeeld.demo');
    expect(message.body_text).toContain('Gratis Zaanse Pas');
    expect(message.body_text).toContain('/gratis-pas/aanvragen');
    for (let i = 0; i < 2; i++)
      await request('POST', '/scheme-check-emails', { answers, email: 'inwoner@voorbeeld.demo' }, null);
    const limited = await request('POST', '/scheme-check-emails', { answers, email: 'inwoner@voorbeeld.demo' }, null);
    expect(limited.statusCode).toBe(429);
    expect(await count('outbox_messages')).toBe(before + 3);
  });
});

describe("the check by e-mail in the reader's language", () => {
  it('writes the e-mail in Turkish when asked', async () => {
    const sent = await request(
      'POST',
      '/scheme-check-emails',
      { answers, email: 'sakin@voorbeeld.demo', language: 'tr' },
      null,
    );
    expect(sent.statusCode, sent.body).toBe(202);
    const message = await ctx.database.db
      .selectFrom('outbox_messages')
      .selectAll()
      .where('to_address', '=', 'sakin@voorbeeld.demo')
      .executeTakeFirstOrThrow();
    expect(message.subject).toBe('Kontrol sonucunuz: size uygun olabilecek destekler');
    expect(message.body_text).toContain('Gratis Zaanse Pas');
  });
});

describe('problem reports (knelpunten)', () => {
  it('takes a report without contact details and lets the pass organisation answer it', async () => {
    const sent = await request(
      'POST',
      '/schemes/jeugdfonds-sport-cultuur/reports',
      { reporterKind: 'resident', message: 'Mijn zoon is 18 geworden en valt er nu buiten.' },
      null,
    );
    expect(sent.statusCode, sent.body).toBe(201);
    expect(Object.keys(sent.json() as object).sort()).toEqual(['createdAt', 'id']);
    expect(
      (await request('POST', '/schemes/geheime-regeling/reports', { reporterKind: 'partner', message: 'x' }, null))
        .statusCode,
    ).toBe(404);
    const bad = await request(
      'POST',
      '/schemes/jeugdfonds-sport-cultuur/reports',
      { reporterKind: 'x', message: '' },
      null,
    );
    expect(invalidNames(bad.body)).toEqual(['body.message', 'body.reporterKind']);

    const list = (await request('GET', '/admin/scheme-reports')).json() as {
      items: { id: string; schemeTitle: string; contactEmail: string | null; answer: string | null }[];
    };
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      schemeTitle: 'Jeugdfonds Sport & Cultuur',
      contactEmail: null,
      answer: null,
    });
    const schemes = (await request('GET', '/admin/schemes')).json() as {
      items: { slug: string; openReports: number }[];
    };
    expect(schemes.items.find((s) => s.slug === 'jeugdfonds-sport-cultuur')?.openReports).toBe(1);

    const answered = await request('POST', `/admin/scheme-reports/${list.items[0]!.id}/answers`, {
      answer: 'Dank u. Wij bespreken de leeftijdsgrens met het Jeugdfonds.',
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect((answered.json() as { answeredAt: string | null }).answeredAt).not.toBeNull();
    const anonymous = await request(
      'POST',
      `/admin/scheme-reports/${list.items[0]!.id}/answers`,
      { answer: 'x' },
      null,
    );
    expect(anonymous.statusCode).toBe(401);
  });

  it('e-mails the answer to a reporter who left an address', async () => {
    const sent = await request(
      'POST',
      '/schemes/gratis-zaanse-pas/reports',
      {
        reporterKind: 'partner',
        message: 'Onze bezoekers snappen het formulier niet.',
        contactName: 'Buurthuis De Kolk',
        contactEmail: 'info@dekolk.demo',
      },
      null,
    );
    const before = await count('outbox_messages');
    const answered = await request('POST', `/admin/scheme-reports/${(sent.json() as { id: string }).id}/answers`, {
      answer: 'Wij maken het formulier eenvoudiger.',
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(await count('outbox_messages')).toBe(before + 1);
    const mail = await ctx.database.db
      .selectFrom('outbox_messages')
      .selectAll()
      .where('to_address', '=', 'info@dekolk.demo')
      .executeTakeFirstOrThrow();
    expect(mail.body_text).toContain('Wij maken het formulier eenvoudiger.');
  });
});
