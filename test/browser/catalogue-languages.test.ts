/**
 * The catalogue search and the six languages in Chromium, against the real server with the built
 * web app: facet counts in the filter choices, a misspelt word that still finds its offer, the
 * "free only" filter; Arabic right to left with the layout mirrored, an offer's own Arabic
 * translation, and the choice remembered after a reload. Zero axe violations (WCAG 2.1 A + AA).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/test-app.ts';
import { createOffer, createProvider, createTenant } from '../support/fixtures.ts';
import { WAIT, createAxeChecker, h1, BrowserHarness } from '../support/browser.ts';

let dropDatabase: () => Promise<void>;
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('catalogue-languages-');
const PHONE = { width: 390, height: 844 };

beforeAll(async () => {
  const { database, drop } = await createTestDatabase();
  dropDatabase = drop;
  const db = database.db;
  await createTenant(db);
  const pool = await createProvider(db, { name: 'Zwembad De Zaanstroom', wijkCode: 'WK047901' });
  const bakery = await createProvider(db, { name: 'Bakkerij Van der Zaan', wijkCode: 'WK047912' });
  await createOffer(db, pool, { title: 'Banenzwemmen', summary: 'Elke ochtend vanaf 7 uur', categories: ['sport'] });
  await createOffer(db, pool, {
    title: 'Zwemles voor kinderen',
    price_type: 'free',
    regular_price_cents: null,
    discount_percent: null,
    categories: ['sport'],
  });
  await createOffer(db, bakery, {
    title: 'Appeltaart met korting',
    summary: 'Vers uit de oven',
    categories: ['eten-en-drinken'],
    translations: JSON.stringify({ ar: { title: 'فطيرة التفاح بخصم', summary: 'طازجة من الفرن' } }),
  });
  await harness.start(database);
});

afterAll(async () => {
  await harness.close();
  await dropDatabase?.();
  summary();
});

describe('catalogue search', () => {
  it('shows facet counts, forgives a typo and filters free offers', async () => {
    const page = await harness.newPage({ viewport: PHONE });
    await page.goto('/');
    await h1(page, 'Aanbod met de Zaanse Pas');
    const category = page.getByLabel('Soort aanbod');
    await expect.poll(() => category.locator('option').allTextContents(), WAIT).toContain('Sport (2)');
    await expect.poll(() => page.getByLabel(/Alleen gratis/).count(), WAIT).toBe(1);
    expect(await page.getByText('Alleen gratis (1)').count()).toBe(1);

    await page.getByLabel('Zoeken', { exact: true }).fill('banenzwemen');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.waitForURL('**/?q=banenzwemen', WAIT);
    await page.getByRole('link', { name: 'Banenzwemmen' }).waitFor(WAIT);
    // The list before the search stays on screen until the new answer arrives.
    await expect.poll(() => page.locator('.sp-offer-list .sp-offer-card').allTextContents(), WAIT).toHaveLength(1);

    await page.getByLabel('Zoeken', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    // A click, not check(): the box is controlled by the address, which changes a moment later.
    await page.getByLabel(/Alleen gratis/).click();
    await page.waitForURL('**/?free=true', WAIT);
    await page.getByRole('link', { name: 'Zwemles voor kinderen' }).waitFor(WAIT);
    await expect.poll(() => page.locator('.sp-offer-list .sp-offer-card').count(), WAIT).toBe(1);
    await expectAccessible(page, 'catalogue, free only');

    // A date range goes into the address and the search.
    await page.getByLabel('Alleen gratis').click();
    await expect.poll(() => page.getByLabel(/Alleen gratis/).isChecked(), WAIT).toBe(false);
    await page.getByLabel('Geldig vanaf').fill('2099-09-01');
    await page.waitForURL('**/?dateFrom=2099-09-01', WAIT);
    await page.getByRole('link', { name: 'Banenzwemmen' }).waitFor(WAIT);
    expect(await page.locator('.sp-offer-card').count()).toBe(3);
  });
});

describe('Arabic', () => {
  it('turns the page right to left, mirrors the layout, shows the offer in Arabic and remembers the choice', async () => {
    const page = await harness.newPage({ viewport: PHONE });
    await page.goto('/');
    await h1(page, 'Aanbod met de Zaanse Pas');
    const languages = page.getByRole('group', { name: 'Taal' }).getByRole('button');
    expect(await languages.allTextContents()).toEqual([
      'Nederlands',
      'English',
      'Türkçe',
      'العربية',
      'Polski',
      'Українська',
    ]);
    const xOf = async (name: string) => (await page.getByRole('button', { name, exact: true }).boundingBox())!.x;
    const searchBox = page.getByRole('searchbox');
    const searchButton = page.getByRole('search').getByRole('button').first();
    const boxBeforeButton = async () => (await searchBox.boundingBox())!.x < (await searchButton.boundingBox())!.x;
    expect(await xOf('Nederlands')).toBeLessThan(await xOf('English'));
    expect(await boxBeforeButton()).toBe(true);

    await page.getByRole('button', { name: 'العربية' }).click();
    await h1(page, 'العروض مع Zaanse Pas');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    // Mirrored: the first language button now stands right of the second, the search button left of the box.
    expect(await xOf('Nederlands')).toBeGreaterThan(await xOf('English'));
    expect(await boxBeforeButton()).toBe(false);

    // The provider's own Arabic translation; an offer without one keeps its Dutch, marked as Dutch.
    await page.getByRole('link', { name: 'فطيرة التفاح بخصم' }).waitFor(WAIT);
    expect(await page.getByText('طازجة من الفرن').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Banenzwemmen' }).locator('[lang="nl"]').count()).toBe(1);
    await expectAccessible(page, 'catalogue in Arabic');

    await page.reload();
    await h1(page, 'العروض مع Zaanse Pas');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
  });

  it('has every language in the menu working: Turkish, Polish and Ukrainian headings', async () => {
    const page = await harness.newPage({ viewport: PHONE });
    await page.goto('/');
    for (const [button, title] of [
      ['Türkçe', 'Zaanse Pas ile teklifler'],
      ['Polski', 'Oferty z kartą Zaanse Pas'],
      ['Українська', 'Пропозиції з Zaanse Pas'],
    ] as const) {
      await page.getByRole('button', { name: button }).click();
      await h1(page, title);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    }
    await expectAccessible(page, 'catalogue in Ukrainian');
  });
});
