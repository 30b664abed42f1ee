import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTenant, createUser, loginStaff } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * Two chief editors publish the same story at the same moment: on a PostgreSQL server
 * (DATABASE_URL) the two decisions really run in parallel. Exactly one succeeds; the other is told
 * that someone else changed the story, and the story is published once, by one of them.
 */
let ctx: TestContext;
const API = '/api/v1';
const PASSWORD = 'een-lang-wachtwoord';
const chiefs: string[] = [];

const send = (method: 'POST', url: string, cookie: string, payload: object) =>
  ctx.app.inject({ method, url: `${API}${url}`, headers: { cookie }, payload });

beforeAll(async () => {
  ctx = await createTestApp();
  await createTenant(ctx.database.db);
  for (const email of ['a@test.demo', 'b@test.demo']) {
    await createUser(ctx.database.db, { role: 'chief_editor', email, password: PASSWORD });
    chiefs.push(await loginStaff(ctx.app, email, PASSWORD));
  }
});
afterAll(async () => {
  await ctx.close();
});

it('publishes a story once when two chief editors publish it at the same time', async () => {
  for (let round = 0; round < 5; round++) {
    const created = await send('POST', '/admin/stories', chiefs[0]!, {
      slug: `verhaal-${round}`,
      kind: 'wijk_event',
      title: `Buurtfeest ${round}`,
      lead: 'Iedereen is welkom.',
      bodyMarkdown: '',
      links: [],
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = (created.json() as { id: string }).id;
    expect(
      (await send('POST', `/admin/stories/${id}/decisions`, chiefs[0]!, { action: 'submit', version: 1 })).statusCode,
    ).toBe(200);
    const answers = await Promise.all(
      chiefs.map((cookie) => send('POST', `/admin/stories/${id}/decisions`, cookie, { action: 'publish', version: 2 })),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const row = await ctx.database.db
      .selectFrom('stories')
      .select(['status', 'version', 'published_by'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('published');
    expect(row.version).toBe(3);
  }
});
