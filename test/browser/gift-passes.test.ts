/**
 * Gift passes in Chromium, against the real server with the test payment provider: a business
 * orders two gift codes and pays on the test checkout; its order page lists the codes; a
 * recipient activates a pass with one code at /cadeau (in Dutch, and the page in Turkish); the
 * same code again is refused; the pass organisation sees the order in Beheer and confirms an
 * invoice order's payment. Zero axe violations on every page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/test-app.ts';
import { createTenant, createUser, TENANT } from '../support/fixtures.ts';
import { WAIT, createAxeChecker, h1, logInAsStaff, BrowserHarness } from '../support/browser.ts';
import type { Database } from '../../src/db/database.ts';

let database: Database;
let dropDatabase: () => Promise<void>;
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('gift-passes-');

beforeAll(async () => {
  const created = await createTestDatabase();
  database = created.database;
  dropDatabase = created.drop;
  await createTenant(database.db);
  await database.db
    .insertInto('pass_prices')
    .values([
      { tenant_id: TENANT, pass_kind: 'adult', price_cents: 2500, action_budget_share_cents: 500 },
      { tenant_id: TENANT, pass_kind: 'child', price_cents: 1000, action_budget_share_cents: 500 },
    ])
    .onConflict((oc) => oc.doNothing())
    .execute();
  await createUser(database.db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  await harness.start(database);
});

afterAll(async () => {
  await harness.close();
  await dropDatabase?.();
  summary();
});

describe('gift passes', () => {
  let code = '';

  it('a business orders codes online and sees them once paid', async () => {
    const page = await harness.newPage();
    await page.goto('/cadeau/bestellen');
    await h1(page, 'Passen cadeau geven');
    await page.getByLabel('Naam van uw bedrijf of organisatie').fill('Bakkerij Van der Zaan');
    await page.getByLabel('Contactpersoon').fill('Kees van der Zaan');
    await page.getByLabel('E-mailadres').fill('kees@bakkerij.test');
    await page.getByLabel('Aantal codes').fill('2');
    await expectAccessible(page, 'Passen cadeau geven');
    await page.getByRole('button', { name: 'Bestellen en betalen' }).click();
    await page.waitForURL(/\/testbetaling\//, WAIT);
    await page.getByText(/Bedrag:.*50,00/).waitFor(WAIT);
    await page.getByRole('button', { name: 'Betaald' }).click();
    await page.waitForURL(/\/cadeau\/bestelling\//, WAIT);
    await h1(page, 'Uw bestelling van cadeaucodes');
    await page.getByText('Betaald. Uw codes staan hieronder.').waitFor(WAIT);
    const codes = await page.locator('table code').allTextContents();
    expect(codes).toHaveLength(2);
    code = codes[0]!;
    await expectAccessible(page, 'Bestelling cadeaucodes');
  });

  it('a recipient activates a pass with a code, once', async () => {
    const page = await harness.newPage();
    await page.goto('/cadeau');
    await h1(page, 'Cadeaupas');
    await page.getByLabel('Cadeaucode').fill(code);
    await page.getByLabel('Uw naam').fill('Joyce Koster');
    await page.getByLabel('Uw e-mailadres').fill('joyce@voorbeeld.test');
    await page.getByLabel('Uw wijk').selectOption({ label: 'Poelenburg' });
    await expectAccessible(page, 'Cadeaupas');
    await page.getByRole('button', { name: 'Pas ophalen' }).click();
    await h1(page, 'Uw pas is klaar');
    await page.getByText(/Joyce Koster, uw pasnummer is 0479/).waitFor(WAIT);
    await expectAccessible(page, 'Cadeaupas klaar');

    const again = await harness.newPage();
    await again.goto('/cadeau');
    await again.getByLabel('Cadeaucode').fill(code);
    await again.getByLabel('Uw naam').fill('Iemand Anders');
    await again.getByLabel('Uw e-mailadres').fill('anders@voorbeeld.test');
    await again.getByLabel('Uw wijk').selectOption({ label: 'Poelenburg' });
    await again.getByRole('button', { name: 'Pas ophalen' }).click();
    await again.getByText('Deze cadeaucode is al gebruikt.').first().waitFor(WAIT);
    await expectAccessible(again, 'Cadeaupas al gebruikt');
  });

  it('the page is there in Turkish too', async () => {
    const page = await harness.newPage();
    await page.addInitScript(() => localStorage.setItem('stadspas.language', 'tr'));
    await page.goto('/cadeau');
    await h1(page, 'Hediye kart');
    await page.getByLabel('Hediye kodu').waitFor(WAIT);
    await expectAccessible(page, 'Cadeaupas (tr)');
  });

  it('the pass organisation confirms an invoice order in Beheer', async () => {
    const buyer = await harness.newPage();
    await buyer.goto('/cadeau/bestellen');
    await buyer.getByLabel('Naam van uw bedrijf of organisatie').fill('Verkade Zaandam');
    await buyer.getByLabel('Contactpersoon').fill('Petra Jonker');
    await buyer.getByLabel('E-mailadres').fill('hr@verkade.test');
    await buyer.getByLabel('Aantal codes').fill('3');
    await buyer.getByLabel('Op factuur').check();
    await buyer.getByRole('button', { name: 'Bestellen op factuur' }).click();
    await h1(buyer, 'Uw bestelling van cadeaucodes');
    await buyer.getByText(/U krijgt een factuur/).waitFor(WAIT);

    const page = await harness.newPage();
    await logInAsStaff(page, 'beheer@test.demo', 'geheim-wachtwoord');
    await page.goto('/beheer/cadeaupassen');
    await h1(page, 'Cadeaupassen');
    await page.getByRole('heading', { name: 'Verkade Zaandam' }).waitFor(WAIT);
    await expectAccessible(page, 'Beheer cadeaupassen');
    const form = page.getByRole('form', { name: 'Betaling van Verkade Zaandam bevestigen' });
    await form.getByLabel('Kenmerk op het bankafschrift').fill('NL-2026-VERKADE');
    await form.getByRole('button', { name: 'Betaling bevestigen en codes maken' }).click();
    await expect.poll(() => page.locator('table code').count(), WAIT).toBe(5);

    await buyer.reload();
    await buyer.getByText('Betaald. Uw codes staan hieronder.').waitFor(WAIT);
    expect(await buyer.locator('table code').count()).toBe(3);
  });
});
