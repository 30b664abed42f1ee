/**
 * From a gap to a provider, in Chromium against the real server with the built web app: the pass
 * organisation finds a gap in the route × wijk matrix at /beheer/werving, adds a lead there, moves
 * it to a first conversation and to joined (which makes a sign-up), approves that sign-up at
 * /beheer/aanmeldingen, and prints the route's poster. The campaign calendar is visited too, and a
 * relationship note is added to a Stille Kracht at /beheer/stille-krachten.
 * Every page visited is checked with axe (WCAG 2.1 A + AA).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Database } from '../../src/db/database.ts';
import { createTestDatabase } from '../support/test-app.ts';
import { createProvider, createTenant, createUser } from '../support/fixtures.ts';
import { WAIT, createAxeChecker, h1, logInAsStaff, BrowserHarness } from '../support/browser.ts';

const ADMIN_EMAIL = 'beheer@zaanstad.demo';
const ADMIN_PASSWORD = 'Beheer-test-wachtwoord';

let database: Database;
let dropDatabase: () => Promise<void>;
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('recruitment-');

beforeAll(async () => {
  const created = await createTestDatabase();
  database = created.database;
  dropDatabase = created.drop;
  await createTenant(database.db);
  await createUser(database.db, { role: 'org_admin', email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
  await harness.start(database);
});

afterAll(async () => {
  await harness.close();
  await dropDatabase?.();
  summary();
});

describe('the pass organisation works a lead from the gap matrix to a joined provider', () => {
  let page: Page;
  it('adds a lead from a gap in the matrix', async () => {
    page = await harness.newPage({ acceptDownloads: true });
    await logInAsStaff(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.goto('/beheer/werving');
    await h1(page, 'Werving van aanbieders');
    await page.getByText('Op 4 plekken is nog geen aanbod.').waitFor(WAIT);
    await expectAccessible(page, 'Werving');

    await page.getByRole('button', { name: 'Kandidaat toevoegen: Verwen Route in Poelenburg' }).click();
    expect(await page.getByLabel('Route', { exact: true }).inputValue()).not.toBe('');
    await page.getByLabel('Naam van het bedrijf of de organisatie').fill('Kapsalon Noor');
    await page.getByRole('button', { name: 'Kandidaat opslaan' }).click();
    const card = page.getByRole('article', { name: 'Kapsalon Noor' });
    await card.waitFor(WAIT);
    expect(await card.textContent()).toContain('Verwen Route · Poelenburg');
    await page.getByText('1 kandidaat').waitFor(WAIT);
  });

  it('moves the lead to a first conversation, then to joined: a sign-up', async () => {
    const card = page.getByRole('article', { name: 'Kapsalon Noor' });

    await card.getByLabel('Nieuwe fase voor Kapsalon Noor').selectOption({ label: 'Eerste gesprek' });
    await card.getByRole('button', { name: 'Kapsalon Noor verplaatsen' }).click();
    await expect.poll(() => card.locator('p').first().textContent(), WAIT).toContain('Eerste gesprek');

    await card.getByLabel('Nieuwe fase voor Kapsalon Noor').selectOption({ label: 'Aangesloten' });
    await card.getByLabel('Naam contactpersoon').fill('Noor Bakker');
    await card.getByLabel('E-mailadres').fill('noor@kapsalonnoor.demo');
    await card.getByLabel('KvK-nummer (voor een bedrijf)').fill('12345678');
    await card.getByLabel('IBAN (rekeningnummer)').fill('NL91 ABNA 0417 1643 00');
    await card.getByLabel('De organisatie gaat akkoord met de voorwaarden voor aanbieders').check();
    await expectAccessible(page, 'Werving, joining');
    await card.getByRole('button', { name: 'Kapsalon Noor verplaatsen' }).click();
    await card.getByText('Aanmelding gemaakt: keur die goed bij Aanmeldingen.').waitFor(WAIT);
  });

  it('prints the route poster from the board', async () => {
    const poster = page.getByRole('link', { name: 'Poster Verwen Route (A3)' });
    const href = await poster.getAttribute('href');
    const pdf = await page.request.get(href!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('approves the sign-up: a provider', async () => {
    await page.goto('/beheer/aanmeldingen');
    await h1(page, 'Aanmeldingen van aanbieders');
    const application = page.getByRole('article', { name: 'Kapsalon Noor' });
    await application.waitFor(WAIT);
    expect(await application.textContent()).toContain('NL91ABNA0417164300');
    await application.getByRole('button', { name: 'Kapsalon Noor goedkeuren' }).click();
    await page.getByText('Er zijn geen aanmeldingen.').waitFor(WAIT);
    const provider = await database.db
      .selectFrom('providers')
      .select('name')
      .where('name', '=', 'Kapsalon Noor')
      .executeTakeFirst();
    expect(provider?.name).toBe('Kapsalon Noor');
  });

  it('plans a campaign and shows it in the year view', async () => {
    const page = await harness.newPage();
    await logInAsStaff(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.goto('/beheer/campagnes');
    await h1(page, 'Campagnekalender');
    const year = new Date().getFullYear();
    await page.getByLabel('Naam', { exact: true }).fill('Verwen Route voor de feestdagen');
    await page.getByLabel('Route', { exact: true }).selectOption({ label: 'Verwen Route' });
    await page.getByLabel('Begint op').fill(`${year}-11-15`);
    await page.getByLabel('Eindigt op').fill(`${year}-12-31`);
    await page.getByRole('button', { name: 'Campagne opslaan' }).click();
    await page.getByRole('article', { name: 'Verwen Route voor de feestdagen' }).waitFor(WAIT);
    await page.getByRole('rowheader', { name: 'Verwen Route voor de feestdagen (Verwen Route)' }).waitFor(WAIT);
    await expectAccessible(page, 'Campagnes');
  });

  it('notes an agreement with a Stille Kracht and sees it in the history', async () => {
    const provider = await createProvider(database.db, { name: 'Kinderkledingbank De Zaan' });
    await database.db.updateTable('providers').set({ kind: 'stille_kracht' }).where('id', '=', provider.id).execute();
    const page = await harness.newPage();
    await logInAsStaff(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.goto('/beheer/werving');
    await page.getByRole('link', { name: 'Stille Krachten: contacten en afspraken' }).click();
    await h1(page, 'Stille Krachten');
    await page.getByRole('button', { name: 'Notities van Kinderkledingbank De Zaan' }).click();
    const agreements = page.getByRole('region', { name: 'Afspraken' });
    await agreements.getByText('Nog niets genoteerd.').waitFor(WAIT);

    await page.getByLabel('Soort notitie').selectOption({ label: 'Afspraken' });
    await page.getByLabel('Datum').fill('2026-11-02');
    await page.getByRole('button', { name: 'Notitie opslaan' }).click();
    await page.locator('#note-body-error').waitFor(WAIT);
    expect(await page.getByLabel('Wat is er besproken of afgesproken?').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'Stille Krachten, error');

    await page.getByLabel('Wat is er besproken of afgesproken?').fill('Winterjassen voor 40 kinderen via de pas.');
    await page.getByRole('button', { name: 'Notitie opslaan' }).click();
    await agreements.getByText('02-11-2026: Winterjassen voor 40 kinderen via de pas.').waitFor(WAIT);
    await page
      .getByRole('row', { name: /Kinderkledingbank De Zaan/ })
      .getByText('02-11-2026')
      .waitFor(WAIT);
    await expectAccessible(page, 'Stille Krachten, note added');
  });
});
