import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createUser, loginStaff } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * The guide pages (issue 15): the pass organisation writes the wegwijzer and the festival guide per
 * language; everybody reads them, a section not translated in Dutch and flagged so; a Dutch change
 * marks the translations made before it as possibly outdated; nobody else may write.
 */
let ctx: TestContext;
let admin: string;
let editor: string;
const API = '/api/v1';

const DUTCH = {
  intro: 'Woon je net in Zaanstad?\n\nLees hier alles over de pas.',
  whatIsThePass: 'Korting bij sport en cultuur.',
  howToGetIt: 'Gratis bij een laag inkomen.',
  whereToFindHelp: 'In het buurthuis.',
};

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  await createUser(db, { role: 'editor', email: 'redactie@test.demo', password: 'geheim-wachtwoord' });
  admin = await loginStaff(ctx.app, 'beheer@test.demo', 'geheim-wachtwoord');
  editor = await loginStaff(ctx.app, 'redactie@test.demo', 'geheim-wachtwoord');
});
afterAll(async () => {
  await ctx.close();
});

const get = (url: string, cookie?: string) =>
  ctx.app.inject({ method: 'GET', url: `${API}${url}`, headers: cookie ? { cookie } : {} });
const put = (url: string, sections: Record<string, string>, cookie: string | null = admin) =>
  ctx.app.inject({ method: 'PUT', url: `${API}${url}`, payload: { sections }, headers: cookie ? { cookie } : {} });

type AdminPage = {
  page: string;
  languages: { language: string; missing: number; outdated: number; sections: { key: string; status: string }[] }[];
};
const staffView = async (page: string) =>
  ((await get('/admin/guide-pages', admin)).json() as { items: AdminPage[] }).items.find((p) => p.page === page)!;

describe('guide pages', () => {
  it('lets the pass organisation write a page, and reads a translation with Dutch where it is missing', async () => {
    // Before there is Dutch there is nothing to translate.
    const early = await put('/admin/guide-pages/wegwijzer/en', { intro: 'Just moved here?' });
    expect(early.json().invalidParams).toEqual([
      expect.objectContaining({ name: 'body.sections.intro', code: 'no-dutch' }),
    ]);
    const dutch = await put('/admin/guide-pages/wegwijzer/nl', DUTCH);
    expect(dutch.statusCode).toBe(200);
    const turkish = await put('/admin/guide-pages/wegwijzer/tr', {
      intro: "Zaanstad'a yeni mi taşındınız?",
      howToGetIt: '',
    });
    expect(turkish.statusCode).toBe(200);
    const tr = turkish.json() as AdminPage;
    expect(tr.languages.find((l) => l.language === 'tr')).toMatchObject({ missing: 3, outdated: 0 });

    const page = (await get('/guide-pages/wegwijzer?language=tr')).json();
    expect(page.sections[0]).toEqual({
      key: 'intro',
      text: "Zaanstad'a yeni mi taşındınız?",
      language: 'tr',
      fallback: false,
    });
    expect(page.sections[1]).toEqual({
      key: 'whatIsThePass',
      text: 'Korting bij sport en cultuur.',
      language: 'nl',
      fallback: true,
    });
    // Dutch itself is no fallback; paragraphs are kept.
    const nl = (await get('/guide-pages/wegwijzer')).json();
    expect(nl.sections[0]).toMatchObject({ text: DUTCH.intro, language: 'nl', fallback: false });
  });

  it('refuses everybody but the pass organisation', async () => {
    expect((await put('/admin/guide-pages/wegwijzer/nl', DUTCH, editor)).statusCode).toBe(403);
    expect((await put('/admin/guide-pages/wegwijzer/nl', DUTCH, null)).statusCode).toBe(401);
    expect((await get('/admin/guide-pages', editor)).statusCode).toBe(403);
    expect((await get('/admin/guide-pages')).statusCode).toBe(401);
  });

  it('names every invalid field at once and saves nothing', async () => {
    const response = await put('/admin/guide-pages/wegwijzer/nl', {
      intro: '   ',
      whatIsThePass: 'x'.repeat(3001),
      howToGetIt: 'Kijk <a href="https://example.org">hier</a>',
      colophon: 'Onbekend',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const names = (response.json().invalidParams as { name: string; code: string }[]).map((p) => `${p.name}:${p.code}`);
    expect(names.sort()).toEqual(
      [
        'body.sections.colophon:unknown',
        'body.sections.howToGetIt:html',
        'body.sections.intro:required',
        'body.sections.whatIsThePass:maxLength',
        'body.sections.whereToFindHelp:required',
      ].sort(),
    );
    const unknown = await put('/admin/guide-pages/colofon/xx', { intro: 'Hallo' });
    expect(unknown.statusCode).toBe(400);
    expect((unknown.json().invalidParams as { name: string }[]).map((p) => p.name).sort()).toEqual([
      'params.language',
      'params.page',
    ]);
    expect((await get('/guide-pages/wegwijzer')).json().sections[0].text).toBe(DUTCH.intro);
  });

  it('marks a translation possibly outdated when its Dutch text changed after it, until it is saved again', async () => {
    expect(
      (
        await put('/admin/guide-pages/festivalgids/nl', {
          intro: 'Festivals met de pas.',
          roleAtCityEvents: 'De pas doet mee.',
          atTheFestival: 'Laat je pas zien.',
          forOrganisers: 'Meld je evenement.',
        })
      ).statusCode,
    ).toBe(200);
    const english = { intro: 'Festivals with the pass.', roleAtCityEvents: 'The pass takes part.' };
    expect((await put('/admin/guide-pages/festivalgids/en', english)).statusCode).toBe(200);
    expect((await staffView('festivalgids')).languages.find((l) => l.language === 'en')).toMatchObject({
      missing: 2,
      outdated: 0,
    });

    // The same Dutch again changes nothing; a different intro outdates the English intro only.
    await put('/admin/guide-pages/festivalgids/nl', {
      intro: 'Festivals met de pas.',
      roleAtCityEvents: 'De pas doet mee.',
      atTheFestival: 'Laat je pas zien.',
      forOrganisers: 'Meld je evenement.',
    });
    expect((await staffView('festivalgids')).languages.find((l) => l.language === 'en')!.outdated).toBe(0);
    await put('/admin/guide-pages/festivalgids/nl', {
      intro: 'Festivals en evenementen met de pas.',
      roleAtCityEvents: 'De pas doet mee.',
      atTheFestival: 'Laat je pas zien.',
      forOrganisers: 'Meld je evenement.',
    });
    const en = (await staffView('festivalgids')).languages.find((l) => l.language === 'en')!;
    expect(en.outdated).toBe(1);
    expect(en.sections.find((s) => s.key === 'intro')!.status).toBe('outdated');
    expect(en.sections.find((s) => s.key === 'roleAtCityEvents')!.status).toBe('current');

    // Saving the translation again says it matches the Dutch of now.
    await put('/admin/guide-pages/festivalgids/en', { ...english, intro: 'Festivals and events with the pass.' });
    expect((await staffView('festivalgids')).languages.find((l) => l.language === 'en')!.outdated).toBe(0);
  });
});
