/**
 * Stories in Chromium, under axe (issue 20, "Done when"): an editor writes a route highlight,
 * HTML refused on the field, uploads a photo (alt text required) and sends it for review; a chief
 * editor schedules it a few seconds ahead; it stays away from readers, then appears by itself on
 * /verhalen, on the route's page and in the route's Atom feed. A podcast episode plays in the
 * browser's own player with its transcript. Script, event handler and javascript: injections
 * that reach a story do not run. A reader in Polish sees Dutch with a notice in Polish.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentMp3 } from '../../src/modules/media/audio-processing.ts';
import { storeAudio } from '../../src/modules/media/media.service.ts';
import { createTestDatabase } from '../support/test-app.ts';
import { createTenant, createUser, TENANT } from '../support/fixtures.ts';
import { BrowserHarness, createAxeChecker, h1, logInAsStaff, WAIT } from '../support/browser.ts';
import type { Database } from '../../src/db/database.ts';

let database: Database;
let dropDatabase: () => Promise<void>;
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('stories-');
const TITLE = 'Warm de winter door op de Verwen Route';
const ALT = 'Twee mensen in een houten sauna';

/** A published story written straight into the table, past the editors' checks. */
const insertPublished = (values: {
  slug: string;
  kind: 'podcast' | 'workshop';
  title: string;
  lead: string;
  body: string;
  transcript?: string;
}) =>
  database.db
    .insertInto('stories')
    .values({
      tenant_id: TENANT,
      slug: values.slug,
      kind: values.kind,
      title: values.title,
      lead: values.lead,
      body_markdown: values.body,
      transcript_markdown: values.transcript ?? '',
      status: 'published',
      publish_at: new Date(Date.now() - 3_600_000),
      author_id: 'test',
    })
    .returning('id')
    .executeTakeFirstOrThrow();

beforeAll(async () => {
  const created = await createTestDatabase();
  database = created.database;
  dropDatabase = created.drop;
  await createTenant(database.db);
  await createUser(database.db, { role: 'editor', email: 'redactie@test.demo', password: 'geheim-wachtwoord' });
  await createUser(database.db, {
    role: 'chief_editor',
    email: 'hoofdredactie@test.demo',
    password: 'geheim-wachtwoord',
  });
  await harness.start(database);
});

afterAll(async () => {
  await harness.close();
  await dropDatabase?.();
  summary();
});

describe('stories', () => {
  it('lets an editor write a route highlight, refusing HTML, add a photo with alt text, and send it for review', async () => {
    const editor = await harness.newPage();
    await logInAsStaff(editor, 'redactie@test.demo', 'geheim-wachtwoord');
    // An editor cannot open /beheer, so the part of Beheer it may use stays in its main menu.
    const menu = editor.getByRole('navigation', { name: 'Hoofdmenu' });
    await menu.locator('a[href="/beheer/verhalen"]').waitFor(WAIT);
    expect(await menu.getByRole('link', { name: 'Beheer', exact: true }).count()).toBe(0);
    // Each link of the menu has a name of its own: reading the stories and editing them are two places.
    const names = await menu.getByRole('link').allTextContents();
    expect(names).toContain('Verhalen beheren');
    expect(new Set(names).size).toBe(names.length);
    await editor.goto('/beheer/verhalen');
    await h1(editor, 'Verhalen');
    await editor.getByRole('link', { name: 'Nieuw verhaal schrijven' }).click();
    await h1(editor, 'Nieuw verhaal');
    await editor.getByLabel('Titel', { exact: true }).fill(TITLE);
    await editor.getByLabel('Soort verhaal').selectOption('route_highlight');
    await editor
      .getByLabel('Inleiding', { exact: true })
      .fill('De sauna, de bakker en de kapper: samen warm de winter door.');
    await editor.getByLabel('Tekst', { exact: true }).fill('## De sauna\n\n<script>alert(1)</script>');
    await editor.getByLabel('Over de route').selectOption('verwen-route');
    await editor.getByRole('button', { name: 'Opslaan' }).click();
    // HTML is refused on its field.
    await editor.getByText('HTML is not allowed', { exact: false }).waitFor(WAIT);
    await expectAccessible(editor, 'nieuw verhaal met fouten');
    await editor.getByLabel('Tekst', { exact: true }).fill('## De sauna\n\nMet de pas betaalt u **minder**.');
    await editor.getByRole('button', { name: 'Opslaan' }).click();
    await editor.waitForURL(/\/beheer\/verhalen\/[0-9a-f-]{36}$/, WAIT);
    await editor.getByText('Status: Concept').waitFor(WAIT);

    // The photo goes up through the media module: without alt text it is refused.
    const jpeg = await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 160, g: 90, b: 40 } } })
      .jpeg()
      .withExif({ IFD0: { Make: 'PhoneCam' } })
      .toBuffer();
    await editor.getByLabel('Foto kiezen').setInputFiles({ name: 'sauna.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    await editor.getByRole('button', { name: 'Foto toevoegen' }).click();
    await editor.getByText('describe the photo', { exact: false }).waitFor(WAIT);
    await editor.getByLabel('Wat staat er op de foto? (verplicht)').fill(ALT);
    await editor.getByRole('button', { name: 'Foto toevoegen' }).click();
    await editor.getByRole('button', { name: `Foto weghalen: ${ALT}` }).waitFor(WAIT);
    await expectAccessible(editor, 'verhaal met foto');

    await editor.getByRole('button', { name: 'Klaar: laat beoordelen' }).click();
    await editor.getByText('Status: Wacht op beoordeling').waitFor(WAIT);
    // An editor cannot publish.
    expect(await editor.getByRole('button', { name: 'Nu publiceren' }).count()).toBe(0);
  });

  it('lets a chief editor schedule it; it stays away until its time, then appears by itself everywhere', async () => {
    const chief = await harness.newPage();
    await logInAsStaff(chief, 'hoofdredactie@test.demo', 'geheim-wachtwoord');
    await chief.goto('/beheer/verhalen');
    await chief.getByRole('region', { name: 'Wacht op beoordeling' }).getByRole('link', { name: TITLE }).click();
    await h1(chief, TITLE);
    // An hour ahead, in the browser's own time zone (the field is local time).
    const at = Date.now() + 3_600_000;
    const local = await chief.evaluate((ms) => {
      const d = new Date(ms);
      const p = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
    }, at);
    await chief.getByLabel('Publiceren op').fill(local);
    await chief.getByRole('button', { name: 'Inplannen' }).click();
    await chief.getByText('Status: Ingepland').waitFor(WAIT);
    const reader = await harness.newPage();
    // Before its time: not in the list.
    const early = await reader.request.get('/api/v1/stories?route=verwen-route');
    expect(((await early.json()) as { items: unknown[] }).items).toEqual([]);
    await expectAccessible(chief, 'verhaal ingepland');

    // Its time comes (the hour is skipped by moving the planned moment back, not by waiting);
    // nothing runs at that moment, the list simply includes it from then on.
    await database.db
      .updateTable('stories')
      .set({ publish_at: new Date(Date.now() - 1_000) })
      .where('title', '=', TITLE)
      .execute();
    await expect
      .poll(
        async () => {
          const list = await reader.request.get('/api/v1/stories?route=verwen-route');
          return ((await list.json()) as { items: { title: string }[] }).items.map((s) => s.title);
        },
        { timeout: 20_000, interval: 500 },
      )
      .toEqual([TITLE]);
    await reader.goto('/verhalen?route=verwen-route');
    await reader.getByRole('link', { name: TITLE }).waitFor(WAIT);
    expect(await reader.getByRole('img', { name: ALT }).count()).toBe(1);
    await expectAccessible(reader, 'verhalen van de route');
    await reader.getByRole('link', { name: TITLE }).click();
    await h1(reader, TITLE);
    await reader.getByRole('heading', { level: 2, name: 'De sauna' }).waitFor(WAIT);
    expect(await reader.getByRole('img', { name: ALT }).count()).toBe(1);
    await reader.getByRole('link', { name: 'Verwen Route' }).click();
    await reader.waitForURL('**/routes/verwen-route', WAIT);
    await reader.getByRole('region', { name: 'Verhalen' }).getByRole('link', { name: TITLE }).waitFor(WAIT);
    await expectAccessible(reader, 'routepagina met verhaal');

    const feed = await reader.request.get('/api/v1/story-feeds/routes/verwen-route');
    expect(feed.headers()['content-type']).toContain('application/atom+xml');
    expect(await feed.text()).toContain(`<title>${TITLE}</title>`);
  });

  it('plays a podcast episode in the browser’s own player, with the keyboard, next to its transcript', async () => {
    const episode = await insertPublished({
      slug: 'podcast-aflevering-1',
      kind: 'podcast',
      title: 'ZaansePas Podcast, aflevering 1',
      lead: 'Een gesprek over meedoen in de stad.',
      body: 'Over sport en cultuur.',
      transcript: '**Gast:** Met de pas kan iedereen meedoen.',
    });
    await storeAudio(database.db, TENANT, { storyId: episode.id, bytes: silentMp3(3), createdBy: 'test' });
    const listener = await harness.newPage();
    await listener.goto('/verhalen/podcast-aflevering-1');
    await h1(listener, 'ZaansePas Podcast, aflevering 1');
    const player = listener.locator('audio[controls]');
    expect(await player.count()).toBe(1);
    await listener.getByRole('heading', { level: 2, name: 'Uitgeschreven tekst van het gesprek' }).waitFor(WAIT);
    await listener.getByText('Met de pas kan iedereen meedoen.').waitFor(WAIT);
    // Keyboard: the player takes focus with Tab, and Space starts it.
    await listener.getByRole('heading', { level: 2, name: 'Luister naar de aflevering' }).click();
    for (let i = 0; i < 5 && !(await player.evaluate((el) => el === document.activeElement)); i++)
      await listener.keyboard.press('Tab');
    expect(await player.evaluate((el) => el === document.activeElement)).toBe(true);
    await listener.keyboard.press('Space');
    await expect.poll(() => player.evaluate((el: HTMLAudioElement) => !el.paused || el.ended), WAIT).toBe(true);
    await expectAccessible(listener, 'podcastaflevering');
  });

  it('runs no script, event handler or javascript: link that reached a story', async () => {
    await insertPublished({
      slug: 'injectie',
      kind: 'workshop',
      title: 'Injectie <img src=x onerror="window.__xss=1">',
      lead: '<script>window.__xss=2</script> Een inleiding.',
      body:
        '<script>window.__xss=3</script>\n\n<img src=x onerror="window.__xss=4">\n\n' +
        '[Klik hier](javascript:window.__xss=5)\n\n<a href="javascript:window.__xss=6">of hier</a>\n\n' +
        '[Of hier](JaVaScRiPt:window.__xss=7) en <svg onload="window.__xss=8"></svg>',
    });
    const reader = await harness.newPage();
    const dialogs: string[] = [];
    reader.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await reader.goto('/verhalen/injectie');
    await reader.getByText('Klik hier', { exact: false }).waitFor(WAIT);
    // Click what looks like links: they are text, not links to script.
    await reader.getByText('Klik hier', { exact: false }).click();
    await reader.getByText('Of hier', { exact: false }).first().click();
    const found = await reader.evaluate(() => ({
      flag: (window as unknown as { __xss?: number }).__xss ?? null,
      inlineScripts: document.querySelectorAll('article script').length,
      handlers: [...document.querySelectorAll('article *')].filter((el) =>
        [...el.attributes].some((a) => a.name.startsWith('on')),
      ).length,
      scriptLinks: [...document.querySelectorAll('a')].filter((a) =>
        /^\s*javascript:/i.test(a.getAttribute('href') ?? ''),
      ).length,
      shown: document.querySelector('article')?.textContent?.includes('<script>') ?? false,
    }));
    expect(found).toEqual({ flag: null, inlineScripts: 0, handlers: 0, scriptLinks: 0, shown: true });
    expect(dialogs).toEqual([]);
  });

  it('shows a story in Dutch to a Polish reader, and says so in Polish', async () => {
    const reader = await harness.newPage();
    await reader.goto('/verhalen');
    await reader.getByRole('button', { name: 'Polski' }).click();
    await reader.getByRole('heading', { level: 1, name: 'Historie' }).waitFor(WAIT);
    await reader.getByRole('link', { name: TITLE }).click();
    await reader.getByText('Ta historia nie została jeszcze przetłumaczona').waitFor(WAIT);
    expect(await reader.locator('[lang="nl"] h1').textContent()).toBe(TITLE);
    await expectAccessible(reader, 'verhaal in het Pools');
  });
});
