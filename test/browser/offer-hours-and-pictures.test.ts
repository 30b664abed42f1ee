/**
 * Quiet hours and pictures in Chromium against the real server: the catalogue's "valid now"
 * label and filter, the provider's offer form with its weekdays and hours, and a route picture
 * uploaded by the pass organisation, resized and shown lazy and responsive on the route page.
 * Zero axe violations on each.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dutchClock } from '../../src/modules/offers/valid-hours.ts';
import { createTestDatabase } from '../support/test-app.ts';
import { createOffer, createProvider, createTenant, createUser, linkOfferToRoute } from '../support/fixtures.ts';
import { WAIT, createAxeChecker, h1, logInAsStaff, BrowserHarness } from '../support/browser.ts';

let dropDatabase: () => Promise<void>;
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('offer-hours-');

beforeAll(async () => {
  const { database, drop } = await createTestDatabase();
  dropDatabase = drop;
  const db = database.db;
  await createTenant(db);
  const cafe = await createProvider(db, { name: 'Lunchroom De Gouwe' });
  // Valid on every weekday but today's (Dutch time): not valid now, whatever the hour.
  const today = dutchClock(new Date()).weekday;
  const days = [1, 2, 3, 4, 5, 6, 7].filter((d) => d !== today);
  await createOffer(db, cafe, {
    title: 'Koffie in de stille uren',
    valid_hours: JSON.stringify([{ days, from: '14:00', until: '17:00' }]),
  });
  const always = await createOffer(db, cafe, { title: 'Tosti met korting' });
  await linkOfferToRoute(db, always.id, 'verwen-route');
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  await createUser(db, {
    role: 'provider_admin',
    email: 'eigenaar@gouwe.test',
    password: 'geheim-wachtwoord',
    providerId: cafe.id,
  });
  await harness.start(database);
});

afterAll(async () => {
  await harness.close();
  await dropDatabase?.();
  summary();
});

describe('offers valid on some weekdays or hours', () => {
  it('are labelled in the catalogue, and "only valid now" leaves them out', async () => {
    const page = await harness.newPage();
    await page.goto('/');
    const quiet = page.getByRole('listitem').filter({ hasText: 'Koffie in de stille uren' });
    await quiet.getByText('Nu niet geldig').waitFor(WAIT);
    await quiet.getByText(/Geldig op: .*14:00–17:00/).waitFor(WAIT);
    await expectAccessible(page, 'catalogue with hours');
    await page.getByLabel('Alleen nu geldig').click();
    await page.waitForURL(/validNow=true/, WAIT);
    await expect.poll(() => quiet.count(), WAIT).toBe(0);
    await page.getByRole('link', { name: 'Tosti met korting' }).waitFor(WAIT);
  });

  it('are set by the provider in the offer form', async () => {
    const page = await harness.newPage();
    await logInAsStaff(page, 'eigenaar@gouwe.test', 'geheim-wachtwoord');
    await page.goto('/aanbieder/aanbod');
    await page.getByRole('button', { name: 'Tosti met korting wijzigen' }).click();
    await h1(page, 'Tosti met korting wijzigen');
    await page.getByRole('button', { name: 'Tijdvak toevoegen' }).click();
    await page.getByLabel('zaterdag').check();
    await page.getByLabel('Van', { exact: true }).fill('10:00');
    await page.getByLabel('Tot', { exact: true }).fill('12:30');
    await expectAccessible(page, 'offer form with hours');
    await page.getByRole('button', { name: 'Wijziging indienen' }).click();
    await h1(page, 'Mijn aanbod');
    await page.getByRole('button', { name: 'Tosti met korting wijzigen' }).click();
    await expect.poll(() => page.getByLabel('Van', { exact: true }).inputValue(), WAIT).toBe('10:00');
    expect(await page.getByLabel('zaterdag').isChecked()).toBe(true);
  });
});

describe('route pictures', () => {
  it('are uploaded by the pass organisation and shown lazy and responsive on the route page', async () => {
    const page = await harness.newPage();
    await logInAsStaff(page, 'beheer@test.demo', 'geheim-wachtwoord');
    await page.goto('/beheer/routes');
    await page.getByRole('link', { name: 'Verwen Route' }).click();
    await h1(page, 'Route bewerken: Verwen Route');
    const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#6b2a8c' } })
      .png()
      .toBuffer();
    await page.getByLabel(/^Foto kiezen/).setInputFiles({ name: 'kapper.png', mimeType: 'image/png', buffer: png });
    await page.getByLabel(/^Wat staat er op de foto/).fill('Een kapper knipt een klant');
    await page.getByRole('button', { name: 'Foto toevoegen' }).click();
    await page.getByRole('img', { name: 'Een kapper knipt een klant' }).waitFor(WAIT);
    await expectAccessible(page, 'route edit with picture');

    await page.goto('/routes/verwen-route');
    await h1(page, 'Verwen Route');
    const picture = page.getByRole('list', { name: 'Foto’s' }).getByRole('img', { name: 'Een kapper knipt een klant' });
    await picture.waitFor(WAIT);
    expect(await picture.getAttribute('loading')).toBe('lazy');
    expect(await picture.getAttribute('srcset')).toMatch(/320\.webp 320w, .*640\.webp 640w, .*900\.webp 900w/);
    await expectAccessible(page, 'route page with picture');
  });
});
