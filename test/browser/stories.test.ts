/**
 * Stories in Chromium: an editor writes a route highlight with a photo and sends it for review; a
 * chief editor schedules it; when its time has come it is on /verhalen, on the route's page and in
 * the route's Atom feed; a reader in Polish sees it in Dutch with a notice; HTML in a story is
 * refused on the field; zero axe violations throughout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/test-app.ts';
import { createTenant, createUser } from '../support/fixtures.ts';
import { BrowserHarness, createAxeChecker, h1, logInAsStaff, WAIT } from '../support/browser.ts';
import type { Database } from '../../src/db/database.ts';

let database: Database;
let dropDatabase: () => Promise<void>;
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('stories-');
const TITLE = 'Warm de winter door op de Verwen Route';

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
  it('lets an editor write a route highlight with a photo, refusing HTML, and send it for review', async () => {
    const editor = await harness.newPage();
    await logInAsStaff(editor, 'redactie@test.demo', 'geheim-wachtwoord');
    await editor.goto('/beheer/verhalen');
    await h1(editor, 'Verhalen');
    await editor.getByRole('link', { name: 'Nieuw verhaal schrijven' }).click();
    await h1(editor, 'Nieuw verhaal');
    await editor.getByLabel('Titel').fill(TITLE);
    await editor.getByLabel('Soort verhaal').selectOption('route_highlight');
    await editor.getByLabel('Inleiding').fill('De sauna, de bakker en de kapper: samen warm de winter door.');
    await editor.getByLabel('Tekst', { exact: true }).fill('## De sauna\n\n<script>alert(1)</script>');
    await editor.getByLabel('Foto (adres)').fill('/favicon.svg');
    await editor.getByLabel('Over de route').selectOption('verwen-route');
    await editor.getByRole('button', { name: 'Opslaan' }).click();
    // HTML is refused on its field, and the photo needs its alt text.
    await editor.getByText('HTML is not allowed', { exact: false }).waitFor(WAIT);
    await editor.getByText('describe the photo', { exact: false }).waitFor(WAIT);
    await expectAccessible(editor, 'nieuw verhaal met fouten');
    await editor.getByLabel('Tekst', { exact: true }).fill('## De sauna\n\nMet de pas betaalt u **minder**.');
    await editor.getByLabel('Wat staat er op de foto?').fill('Het logo van de Zaanse Pas');
    await editor.getByRole('button', { name: 'Opslaan' }).click();
    await editor.waitForURL(/\/beheer\/verhalen\/[0-9a-f-]{36}$/, WAIT);
    await editor.getByText('Status: Concept').waitFor(WAIT);
    await editor.getByRole('button', { name: 'Klaar: laat beoordelen' }).click();
    await editor.getByText('Status: Wacht op beoordeling').waitFor(WAIT);
    // An editor cannot publish.
    expect(await editor.getByRole('button', { name: 'Nu publiceren' }).count()).toBe(0);
    await expectAccessible(editor, 'verhaal wacht op beoordeling');
  });

  it('lets a chief editor schedule it, and it stays away from readers until its time', async () => {
    const chief = await harness.newPage();
    await logInAsStaff(chief, 'hoofdredactie@test.demo', 'geheim-wachtwoord');
    await chief.goto('/beheer/verhalen');
    await chief.getByRole('region', { name: 'Wacht op beoordeling' }).getByRole('link', { name: TITLE }).click();
    await h1(chief, TITLE);
    await chief.getByLabel('Publiceren op').fill('2099-01-01T09:00');
    await chief.getByRole('button', { name: 'Inplannen' }).click();
    await chief.getByText('Status: Ingepland').waitFor(WAIT);
    await expectAccessible(chief, 'verhaal ingepland');

    const reader = await harness.newPage();
    await reader.goto('/verhalen');
    await h1(reader, 'Verhalen');
    await reader.getByRole('heading', { level: 2, name: '0 verhalen' }).waitFor(WAIT);
  });

  it('shows it by itself when its time has come: on /verhalen, the route page and its feed', async () => {
    // Its time comes (the clock is moved, not waited for): it is public by itself, nothing runs.
    await database.db
      .updateTable('stories')
      .set({ publish_at: new Date(Date.now() - 60_000) })
      .where('title', '=', TITLE)
      .execute();
    const reader = await harness.newPage();
    await reader.goto('/verhalen?route=verwen-route');
    await reader.getByRole('link', { name: TITLE }).waitFor(WAIT);
    await expectAccessible(reader, 'verhalen van de route');
    await reader.getByRole('link', { name: TITLE }).click();
    await h1(reader, TITLE);
    await reader.getByRole('heading', { level: 2, name: 'De sauna' }).waitFor(WAIT);
    expect(await reader.getByRole('img', { name: 'Het logo van de Zaanse Pas' }).count()).toBe(1);
    await reader.getByRole('link', { name: 'Verwen Route' }).click();
    await reader.waitForURL('**/routes/verwen-route', WAIT);
    await reader.getByRole('region', { name: 'Verhalen' }).getByRole('link', { name: TITLE }).waitFor(WAIT);
    await expectAccessible(reader, 'routepagina met verhaal');

    const feed = await reader.request.get('/api/v1/story-feeds/routes/verwen-route');
    expect(feed.headers()['content-type']).toContain('application/atom+xml');
    expect(await feed.text()).toContain(`<title>${TITLE}</title>`);
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
