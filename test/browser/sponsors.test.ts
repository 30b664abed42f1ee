/**
 * Sponsors in Chromium (issue 16, point 9), against the real server with the built web app: an
 * officer of the pass organisation adds a sponsor who agreed to publicity, confirms its bank
 * transfer, and the sponsor's name with a link to its website then shows on a public route page.
 * Zero axe violations (WCAG 2.1 A + AA) on the beheer page and the route page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/http/app-types.ts';
import { createTestDatabase } from '../support/test-app.ts';
import { createTenant, createUser } from '../support/fixtures.ts';
import { WAIT, createAxeChecker, h1, logInAsStaff, settled, BrowserHarness } from '../support/browser.ts';

let app: App;
let dropDatabase: () => Promise<void>;
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('sponsors-');

beforeAll(async () => {
  const { database, drop } = await createTestDatabase();
  dropDatabase = drop;
  await createTenant(database.db);
  await createUser(database.db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  ({ app } = await harness.start(database));
  expect(app).toBeDefined();
});

afterAll(async () => {
  await harness.close();
  await dropDatabase?.();
  summary();
});

describe('Sponsors', () => {
  it('an officer adds a sponsor with publicity, confirms the transfer, and the route page thanks it with a link', async () => {
    const page = await harness.newPage();
    await logInAsStaff(page, 'beheer@test.demo', 'geheim-wachtwoord');
    await page.goto('/beheer/sponsors');
    await h1(page, 'Sponsors');
    await settled(page);
    await expectAccessible(page, 'beheer sponsors empty');

    const form = page.getByRole('form', { name: 'Nieuwe sponsor of toezegging' });
    await form.getByLabel('Naam van de sponsor').fill('Zaanse Energie');
    await form.getByLabel('Website (begint met https://)').fill('https://zaanse-energie.example');
    await form.getByLabel('Bedrag in euro').fill('250,00');
    await form.getByLabel('Tekst voor de website').fill('Samen voor de buurt');
    await form.getByLabel('De sponsor wil met naam, logo en link op de website').check();
    await form.getByRole('button', { name: 'Toezegging opslaan' }).click();
    await page.getByRole('heading', { level: 3, name: 'Zaanse Energie' }).waitFor(WAIT);

    const receipt = page.getByRole('form', { name: 'Ontvangst boeken voor Zaanse Energie' });
    await receipt.getByLabel('Bedrag in euro').fill('250,00');
    await receipt.getByLabel('Kenmerk op het bankafschrift').fill('E2E-SPONSOR-1');
    await receipt.getByRole('button', { name: 'Ontvangst boeken' }).click();
    // Fully received: the receipt form goes, the totals say so.
    await receipt.waitFor({ state: 'detached', ...WAIT });
    const totals = (await page.locator('.sp-sponsors-admin__sponsor').textContent())?.replace(/[\u00a0\u202f]/g, ' ');
    expect(totals).toContain('Ontvangen: € 250,00.');
    await expectAccessible(page, 'beheer sponsors after receipt');

    await page.goto('/routes/verwen-route');
    const strip = page.getByRole('region', { name: 'Met steun van' });
    await strip.waitFor(WAIT);
    const link = strip.getByRole('link', { name: 'Zaanse Energie' });
    expect(await link.getAttribute('href')).toBe('https://zaanse-energie.example');
    expect(await strip.textContent()).toContain('Samen voor de buurt');
    await expectAccessible(page, 'route page with sponsors');
  });
});
