/**
 * Route pages in Chromium against the real server: the overview, a route's own page at its
 * readable address with its story, picture, offers and badge code, in Dutch and English; and the
 * pass organisation editing a route's story at the staff page. Zero axe violations on each.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/test-app.ts';
import { createOffer, createProvider, createTenant, createUser, linkOfferToRoute } from '../support/fixtures.ts';
import { WAIT, createAxeChecker, h1, logInAsStaff, settled, BrowserHarness } from '../support/browser.ts';

let dropDatabase: () => Promise<void>;
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('route-pages-');

beforeAll(async () => {
  const { database, drop } = await createTestDatabase();
  dropDatabase = drop;
  const db = database.db;
  await createTenant(db);
  const salon = await createProvider(db, { name: 'Kapsalon De Zaan' });
  const offer = await createOffer(db, salon, { title: 'Knippen met korting' });
  await linkOfferToRoute(db, offer.id, 'verwen-route');
  await db
    .updateTable('routes')
    .set({ story: 'Even tijd voor jezelf.\n\nGa naar de kapper met korting.', picture: 'spa', color: '#6b2a8c' })
    .where('slug', '=', 'verwen-route')
    .execute();
  // A route with more offers than its page shows (12): the rest are one link away.
  const club = await createProvider(db, { name: 'Sportclub Zaanstad' });
  for (let i = 1; i <= 13; i++) {
    const lesson = await createOffer(db, club, { title: `Proefles sport ${i}` });
    await linkOfferToRoute(db, lesson.id, 'route-sport-en-bewegen');
  }
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  await harness.start(database);
});

afterAll(async () => {
  await harness.close();
  await dropDatabase?.();
  summary();
});

describe('route pages', () => {
  it('lead from the overview to a route with its story, offers and badge, in Dutch and English', async () => {
    const page = await harness.newPage();
    await page.goto('/routes');
    await h1(page, 'Routes');
    await expectAccessible(page, 'routes overview');
    await page.getByRole('link', { name: 'Verwen Route' }).click();
    await page.waitForURL('**/routes/verwen-route', WAIT);
    await h1(page, 'Verwen Route');
    await page.getByText('Ga naar de kapper met korting.').waitFor(WAIT);
    await page.getByRole('heading', { name: '1 aanbieding op deze route' }).waitFor(WAIT);
    await page.getByRole('link', { name: 'Knippen met korting' }).waitFor(WAIT);
    const code = await page.getByLabel('Code voor uw website').inputValue();
    expect(code).toContain('/api/v1/routes/verwen-route/badge.svg');
    expect(code).toContain('/routes/verwen-route"');
    await expectAccessible(page, 'route page');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: '1 offer on this route' }).waitFor(WAIT);
    await expectAccessible(page, 'route page in English');
  });

  it('shows the first 12 offers of a route and links to all of them in the catalogue', async () => {
    const page = await harness.newPage();
    await page.goto('/routes/route-sport-en-bewegen');
    await page.getByRole('heading', { name: '13 aanbiedingen op deze route' }).waitFor(WAIT);
    const offers = page.getByRole('link', { name: /^Proefles sport \d+$/ });
    await expect.poll(() => offers.count(), WAIT).toBe(12);
    await page.getByRole('link', { name: 'Bekijk alle 13 aanbiedingen van deze route' }).click();
    await page.waitForURL('**/?route=route-sport-en-bewegen', WAIT);
    // The catalogue has the route chosen and counts all of its offers; it pages them, 12 at a time.
    await page.getByText('13 aanbiedingen gevonden').first().waitFor(WAIT);
    await expect.poll(() => offers.count(), WAIT).toBe(12);
  });

  it('on a phone, loads the map only when the visitor scrolls to it, and nothing moves while the page loads', async () => {
    const page = await harness.newPage({ viewport: { width: 390, height: 400 } });
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const mapCode: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('maplibre')) mapCode.push(request.url());
    });
    await page.goto('/routes/verwen-route');
    await h1(page, 'Verwen Route');
    await page.getByRole('link', { name: 'Knippen met korting' }).waitFor(WAIT);
    await settled(page);
    // The map stands further down than the 300 px ahead the page looks: its code is not asked for.
    const mapTop = await page.locator('.sp-map').evaluate((map) => map.getBoundingClientRect().top);
    expect(mapTop).toBeGreaterThan(400 + 300);
    expect(mapCode).toEqual([]);
    const shifted = await page.evaluate(() =>
      (window as unknown as { layoutShifts: number[] }).layoutShifts.reduce((sum, value) => sum + value, 0),
    );
    expect(shifted).toBeLessThan(0.01);

    await page.getByRole('heading', { name: 'Kaart van de route' }).scrollIntoViewIfNeeded();
    // Drawn, or (no WebGL) the text that says it cannot be: either way, now it was asked for.
    await expect
      .poll(async () => (await page.locator('.sp-map canvas, .sp-map__fallback').count()) > 0, WAIT)
      .toBe(true);
    expect(mapCode.length).toBeGreaterThan(0);
  });

  it('shows "not found" for a route that does not exist', async () => {
    const page = await harness.newPage();
    await page.goto('/routes/bestaat-niet');
    await h1(page, 'Route');
    await page.getByRole('link', { name: 'Alle routes' }).waitFor(WAIT);
  });

  it('lets the pass organisation change the story of a route', async () => {
    const page = await harness.newPage();
    await logInAsStaff(page, 'beheer@test.demo', 'geheim-wachtwoord');
    await page.goto('/beheer/routes');
    await h1(page, 'Routes beheren');
    await expectAccessible(page, 'routes admin');
    await page.getByRole('link', { name: 'Verwen Route' }).click();
    await h1(page, 'Route bewerken: Verwen Route');
    await settled(page);
    await page.getByLabel('Verhaal').fill('Een nieuw verhaal voor de Verwen Route.');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De route is opgeslagen.' }).waitFor(WAIT);
    await expectAccessible(page, 'route edit');

    await page.goto('/routes/verwen-route');
    await page.getByText('Een nieuw verhaal voor de Verwen Route.').waitFor(WAIT);
  });
});
