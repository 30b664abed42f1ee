/**
 * Providers' public pages, "new on the pass" and the wegwijzer in Chromium against the real
 * server: each reachable from the footer or a link, in Dutch and English, zero axe violations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FESTIVALGIDS_TEXTS, seedGuides } from '../../src/modules/guides/guides.demo.ts';
import { createTestDatabase } from '../support/test-app.ts';
import {
  TENANT,
  createOffer,
  createProvider,
  createTenant,
  createUser,
  linkOfferToRoute,
} from '../support/fixtures.ts';
import { WAIT, createAxeChecker, h1, BrowserHarness, logInAsStaff } from '../support/browser.ts';

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
  // The guide pages as the demo has them, a festival in ten days, and someone of the pass organisation.
  const today = new Date().toISOString().slice(0, 10);
  const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  await db
    .transaction()
    .execute((tx) => seedGuides({ tx, tenantId: TENANT, anchorDate: today, random: () => null as never }));
  await db
    .insertInto('festivals')
    .values({
      tenant_id: TENANT,
      slug: 'zaans-zomerfestival',
      name: 'Zaans Zomerfestival',
      starts_on: inDays(10),
      ends_on: inDays(12),
    })
    .execute();
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
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

  it('lets the pass organisation change the wegwijzer, which a resident then reads', async () => {
    const staff = await harness.newPage();
    await logInAsStaff(staff, 'beheer@test.demo', 'geheim-wachtwoord');
    await staff.goto('/beheer/paginas');
    await h1(staff, "Pagina's beheren");
    await staff.getByRole('region', { name: 'Wegwijzer' }).getByText('Compleet').first().waitFor(WAIT);
    await expectAccessible(staff, "Beheer: pagina's");
    await staff.getByRole('region', { name: 'Wegwijzer' }).getByRole('link', { name: 'Nederlands' }).click();
    await h1(staff, 'Wegwijzer bewerken: Nederlands');
    await staff.getByLabel('Inleiding').fill('Welkom in Zaanstad!\n\nMet de pas doe je mee.');
    await staff.getByRole('button', { name: 'Opslaan' }).click();
    await staff.getByRole('status').getByText('Opgeslagen.').waitFor(WAIT);
    await expectAccessible(staff, 'Beheer: wegwijzer bewerken');
    // Every translation of the intro now dates from before the Dutch text.
    await staff.getByRole('link', { name: "Terug naar de pagina's" }).click();
    await expect
      .poll(
        () => staff.getByRole('region', { name: 'Wegwijzer' }).getByText('1 tekst misschien verouderd').count(),
        WAIT,
      )
      .toBe(5);

    const resident = await harness.newPage();
    await resident.goto('/wegwijzer');
    await h1(resident, 'Wegwijzer voor nieuwe inwoners');
    await resident.getByText('Met de pas doe je mee.').waitFor(WAIT);
    expect(await resident.locator('[data-section="intro"] p').count()).toBe(2);
  });

  it('explains the pass at festivals in the festival guide, also in Arabic, with the coming festivals', async () => {
    const page = await harness.newPage();
    await page.goto('/agenda');
    await page.getByRole('link', { name: 'Festivalgids: wat doet de pas bij festivals?' }).click();
    await h1(page, 'Festivalgids');
    await page.getByText(FESTIVALGIDS_TEXTS.nl.intro!).waitFor(WAIT);
    await page.getByRole('link', { name: 'Zaans Zomerfestival' }).waitFor(WAIT);
    await expectAccessible(page, 'festival guide');

    await page.getByRole('button', { name: 'العربية' }).click();
    await h1(page, 'دليل المهرجانات');
    await page.getByText(FESTIVALGIDS_TEXTS.ar.intro!).waitFor(WAIT);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expectAccessible(page, 'festival guide in Arabic');
    await page.getByRole('link', { name: 'Zaans Zomerfestival' }).click();
    await h1(page, 'Zaans Zomerfestival');
  });
});
