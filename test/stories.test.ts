import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProvider, createTenant, createUser, loginStaff } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * Stories: editors write and send for review, a chief editor publishes or schedules; readers see
 * only what is public by now, per wijk and route and in Atom feeds; rich text with HTML or unsafe
 * links is refused naming the field; a decision on a version someone else already moved on is a
 * conflict; providers submit into the same review.
 */
let ctx: TestContext;
let editor: string;
let chief: string;
let providerAdmin: string;
let providerId: string;
const API = '/api/v1';

const story = (overrides: Record<string, unknown> = {}) => ({
  slug: 'de-verwen-route-in-de-winter',
  kind: 'route_highlight',
  title: 'De Verwen Route in de winter',
  lead: 'Warm worden bij de sauna en de bakker.',
  bodyMarkdown: '## Sauna\n\nMet de pas **minder** betalen. Zie [de route](/routes/verwen-route).',
  photoUrl: '/media/sauna.jpg',
  photoAlt: 'Een houten sauna met twee mensen',
  links: [
    { kind: 'route', target: 'verwen-route' },
    { kind: 'wijk', target: 'WK047912' },
  ],
  translations: [{ language: 'en', title: 'The Pamper Route in winter', lead: 'Warm up.', bodyMarkdown: 'Pay less.' }],
  ...overrides,
});

const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, cookie: string | null = editor) =>
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
  providerId = (await createProvider(db, { name: 'Bakkerij Zaanzoet' })).id;
  await createUser(db, { role: 'editor', email: 'redactie@test.demo', password: 'geheim-wachtwoord' });
  await createUser(db, { role: 'chief_editor', email: 'hoofdredactie@test.demo', password: 'geheim-wachtwoord' });
  await createUser(db, {
    role: 'provider_admin',
    email: 'bakker@test.demo',
    password: 'geheim-wachtwoord',
    providerId,
  });
  editor = await loginStaff(ctx.app, 'redactie@test.demo', 'geheim-wachtwoord');
  chief = await loginStaff(ctx.app, 'hoofdredactie@test.demo', 'geheim-wachtwoord');
  providerAdmin = await loginStaff(ctx.app, 'bakker@test.demo', 'geheim-wachtwoord');
});

afterAll(async () => {
  await ctx?.close();
});

describe('stories', () => {
  let id: string;

  it('refuses HTML, unsafe links, a photo without alt text and unknown links, naming every field', async () => {
    const response = await call(
      'POST',
      '/admin/stories',
      story({
        bodyMarkdown: 'Hallo <img src=x onerror=alert(1)> en [klik](javascript:alert(1))',
        photoAlt: undefined,
        links: [{ kind: 'route', target: 'bestaat-niet' }],
        translations: [{ language: 'tr', title: 'T', lead: 'L', bodyMarkdown: '<script>alert(1)</script>' }],
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(invalidNames(response.body)).toEqual([
      'body.bodyMarkdown',
      'body.photoAlt',
      'body.translations.0.bodyMarkdown',
    ]);
    const links = await call('POST', '/admin/stories', story({ links: [{ kind: 'route', target: 'bestaat-niet' }] }));
    expect(links.statusCode).toBe(400);
    expect(invalidNames(links.body)).toEqual(['body.links.0.target']);
    expect(await ctx.database.db.selectFrom('stories').select('id').execute()).toHaveLength(0);
  });

  it('lets an editor write a draft that nobody else reads yet, and not publish it', async () => {
    const created = await call('POST', '/admin/stories', story());
    expect(created.statusCode, created.body).toBe(201);
    const body = created.json() as { id: string; status: string; version: number; links: { label: string }[] };
    id = body.id;
    expect(body.status).toBe('draft');
    expect(body.links.map((l) => l.label).sort()).toEqual(['Verwen Route', expect.any(String)].sort());
    expect((await call('GET', '/stories/de-verwen-route-in-de-winter', undefined, null)).statusCode).toBe(404);
    const publish = await call('POST', `/admin/stories/${id}/decisions`, { action: 'publish', version: 1 });
    expect(publish.statusCode).toBe(403);
    const submitted = await call('POST', `/admin/stories/${id}/decisions`, { action: 'submit', version: 1 });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect((submitted.json() as { status: string }).status).toBe('in_review');
  });

  it('schedules a story that appears by itself at its time, in its feeds too', async () => {
    const publishAt = new Date(Date.now() + 60 * 60_000).toISOString();
    const scheduled = await call(
      'POST',
      `/admin/stories/${id}/decisions`,
      { action: 'schedule', publishAt, version: 2 },
      chief,
    );
    expect(scheduled.statusCode, scheduled.body).toBe(200);
    expect((await call('GET', '/stories?route=verwen-route', undefined, null)).json()).toMatchObject({
      items: [],
    });
    // Its time comes: move it back so that "now" is past it, as the clock would.
    await ctx.database.db
      .updateTable('stories')
      .set({ publish_at: new Date(Date.now() - 1000) })
      .where('id', '=', id)
      .execute();
    const list = (await call('GET', '/stories?route=verwen-route', undefined, null)).json() as {
      items: { slug: string }[];
    };
    expect(list.items.map((s) => s.slug)).toEqual(['de-verwen-route-in-de-winter']);
    expect(
      ((await call('GET', '/stories?route=romantiek-route', undefined, null)).json() as { items: unknown[] }).items,
    ).toHaveLength(0);

    const feed = await call('GET', '/story-feeds/routes/verwen-route', undefined, null);
    expect(feed.headers['content-type']).toContain('application/atom+xml');
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(feed.body) as {
      feed: { title: string; entry: { title: string; link: { '@_href': string }; id: string } };
    };
    expect(parsed.feed.entry.title).toBe('De Verwen Route in de winter');
    expect(parsed.feed.entry.link['@_href']).toMatch(/\/verhalen\/de-verwen-route-in-de-winter$/);
    expect(parsed.feed.entry.id).toBe(`urn:uuid:${id}`);
    const otherWijk = await call('GET', '/story-feeds/wijken/WK999999', undefined, null);
    expect(new XMLParser().parse(otherWijk.body).feed.entry).toBeUndefined();
  });

  it('shows a translation, or Dutch saying so', async () => {
    const en = (await call('GET', '/stories/de-verwen-route-in-de-winter?language=en', undefined, null)).json() as {
      title: string;
      translated: boolean;
      language: string;
    };
    expect(en).toMatchObject({ title: 'The Pamper Route in winter', translated: true, language: 'en' });
    const pl = (await call('GET', '/stories/de-verwen-route-in-de-winter?language=pl', undefined, null)).json() as {
      title: string;
      translated: boolean;
      language: string;
    };
    expect(pl).toMatchObject({ title: 'De Verwen Route in de winter', translated: false, language: 'nl' });
  });

  it('gives a conflict to the second of two decisions made on the same version', async () => {
    const current = (await call('GET', `/admin/stories/${id}`)).json() as { version: number };
    const first = await call(
      'POST',
      `/admin/stories/${id}/decisions`,
      { action: 'withdraw', version: current.version },
      chief,
    );
    expect(first.statusCode).toBe(200);
    const second = await call(
      'POST',
      `/admin/stories/${id}/decisions`,
      { action: 'withdraw', version: current.version },
      chief,
    );
    expect(second.statusCode).toBe(409);
    expect((await call('GET', '/stories/de-verwen-route-in-de-winter', undefined, null)).statusCode).toBe(404);
  });

  it("takes a provider's story into review, linked to the provider, and keeps it off the public list", async () => {
    const submitted = await call(
      'POST',
      '/story-submissions',
      { kind: 'business_interview', title: 'Onze bakkerij', lead: 'Wij bakken voor de buurt.', bodyMarkdown: 'Brood.' },
      providerAdmin,
    );
    expect(submitted.statusCode, submitted.body).toBe(201);
    const review = (await call('GET', '/admin/stories?status=in_review')).json() as {
      items: { title: string; submittedByName: string; links: { kind: string; target: string }[] }[];
    };
    const mine = review.items.find((s) => s.title === 'Onze bakkerij');
    expect(mine).toMatchObject({
      submittedByName: 'Bakkerij Zaanzoet',
      links: [{ kind: 'provider', target: providerId }],
    });
    expect((await call('GET', `/stories?provider=${providerId}`, undefined, null)).json()).toMatchObject({ items: [] });
    expect((await call('GET', '/admin/stories', undefined, providerAdmin)).statusCode).toBe(403);
    expect((await call('GET', '/admin/stories', undefined, null)).statusCode).toBe(401);
  });
});
