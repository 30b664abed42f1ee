/**
 * Providers' public pages, "new on the pass" and the wegwijzer in Chromium against the real
 * server: each reachable from the footer or a link, in Dutch and English, zero axe violations.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createTestDatabase } from '../support/test-app.ts';
import { createOffer, createProvider, createTenant, linkOfferToRoute } from '../support/fixtures.ts';
import { WAIT, createAxeChecker, h1, BrowserHarness } from '../support/browser.ts';

let dropDatabase: () => Promise<void>;
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('discover-');

beforeAll(async () => {
  const { database, drop } = await createTestDatabase();
  dropDatabase = drop;
  const db = database.db;
  await createTenant(db);
  const bakery = await createProvider(db, { name: 'Bakkerij Van der Zaan' });
  await db
    .updateTable('providers')
    .set({ description: 'Al vier generaties bakken wij in Zaandam.' })
    .where('id', '=', bakery.id)
    .execute();
  const bread = await createOffer(db, bakery, { title: 'Brood met korting' });
  await linkOfferToRoute(db, bread.id, 'verwen-route');
  await createOffer(db, bakery, { title: 'Gratis proeverij', price_type: 'free', discount_percent: null });
  await harness.start(database);
});

afterAll(async () => {
  await harness.close();
  await dropDatabase?.();
  summary();
});

describe('finding providers', () => {
  it('leads from "new on the pass" to a provider\'s own page', async () => {
    const page = await harness.newPage();
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Nieuw op de pas' }).click();
    await h1(page, 'Nieuw op de pas');
    await expectAccessible(page, 'new on the pass');
    await page.getByRole('link', { name: 'Bakkerij Van der Zaan' }).click();
    await h1(page, 'Bakkerij Van der Zaan');
    await page.getByText('Al vier generaties bakken wij in Zaandam.').waitFor(WAIT);
    await page.getByRole('link', { name: 'Brood met korting' }).waitFor(WAIT);
    await page.getByRole('link', { name: 'Verwen Route' }).waitFor(WAIT);
    await expectAccessible(page, 'provider profile');
  });

  it('gives new residents the wegwijzer with five offers to try first in their wijk', async () => {
    const page = await harness.newPage();
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Wegwijzer voor nieuwe inwoners' }).click();
    await h1(page, 'Wegwijzer voor nieuwe inwoners');
    await page.getByRole('link', { name: 'Vraag de gratis pas aan' }).waitFor(WAIT);
    await page.getByLabel('In welke wijk woon je?').selectOption({ label: 'Poelenburg' });
    await page.getByRole('link', { name: 'Gratis proeverij' }).waitFor(WAIT);
    await expectAccessible(page, 'wegwijzer');

    await page.getByRole('button', { name: 'English' }).click();
    await h1(page, 'Guide for new residents');
    await expectAccessible(page, 'wegwijzer in English');
  });
});
