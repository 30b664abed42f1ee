/**
 * The wijkkaart in Chromium against the real server, without a basemap (no external tiles): the
 * map page with its list of wijken and offers, reached and used by keyboard; a wijk page with its
 * offers, buurthuizen and actiebudget; both in Dutch and English with zero axe violations. Headless
 * Chromium may lack WebGL: then the page must say the map cannot be shown, and keep the lists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { App } from '../../src/http/app-types.ts';
import { createTestDatabase } from '../support/test-app.ts';
import { createOffer, createProvider, createTenant, createUser, loginStaff, TENANT } from '../support/fixtures.ts';
import { pointInWijk, useRealAreas } from '../support/real-areas.ts';
import { WAIT, createAxeChecker, h1, BrowserHarness } from '../support/browser.ts';

let app: App;
let dropDatabase: () => Promise<void>;
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('wijkkaart-');

beforeAll(async () => {
  const { database, drop } = await createTestDatabase();
  dropDatabase = drop;
  const db = database.db;
  await createTenant(db);
  await useRealAreas(db);
  const pool = await createProvider(db, { name: 'Zwembad De Zaanstroom', wijkCode: 'WK047912' });
  const p = pointInWijk('WK047912');
  await db.updateTable('locations').set({ x_rd: p.x, y_rd: p.y }).where('id', '=', pool.locationId).execute();
  await createOffer(db, pool, { title: 'Banenzwemmen' });
  const centre = await db
    .insertInto('providers')
    .values({ tenant_id: TENANT, name: 'Buurthuis De Poel', kind: 'community_centre' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('locations')
    .values({
      tenant_id: TENANT,
      provider_id: centre.id,
      name: 'Buurthuis De Poel',
      street: 'Azijnmakerij 1',
      postcode: '1503 AB',
      city: 'Zaandam',
      wijk_code: 'WK047912',
    })
    .execute();
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  ({ app } = await harness.start(database));
  const admin = await loginStaff(app, 'beheer@test.demo', 'geheim-wachtwoord');
  const year = new Date().getFullYear() - 1;
  // Money in the actiebudget first, then a grant in Poelenburg.
  const pledge = await app.inject({
    method: 'POST',
    url: '/api/v1/sponsor-pledges',
    headers: { cookie: admin },
    payload: { sponsorName: 'Zaanse Schans Tours', amountCents: 50_000, expectedOn: `${year}-02-01` },
  });
  await app.inject({
    method: 'POST',
    url: `/api/v1/sponsor-pledges/${pledge.json().id}/receipts`,
    headers: { cookie: admin },
    payload: { amountCents: 50_000, receivedOn: `${year}-02-10`, bankReference: 'KAART-1' },
  });
  const grant = await app.inject({
    method: 'POST',
    url: '/api/v1/action-budget/grants',
    headers: { cookie: admin },
    payload: {
      activityName: 'Buurtfeest Poelenburg',
      wijkCode: 'WK047912',
      amountCents: 20_000,
      grantedOn: `${year}-04-12`,
    },
  });
  expect(grant.statusCode, grant.body).toBe(201);
});

afterAll(async () => {
  await harness.close();
  await dropDatabase?.();
  summary();
});

/** The map drew (a canvas) or said it cannot (no WebGL): either way the page did not crash. */
async function mapSettled(page: Page) {
  await expect
    .poll(
      async () => (await page.locator('.sp-map canvas').count()) + (await page.locator('.sp-map__fallback').count()),
      WAIT,
    )
    .toBeGreaterThan(0);
  return (await page.locator('.sp-map canvas').count()) > 0 ? 'drawn' : 'fallback';
}

describe('wijkkaart', () => {
  it('shows the map with its lists, and a wijk is reached with the keyboard', async () => {
    const page = await harness.newPage();
    await page.goto('/kaart');
    await h1(page, 'Wijkkaart');
    console.info(`map in headless Chromium: ${await mapSettled(page)}`);
    const wijken = page.getByRole('region', { name: 'Wijken' }).getByRole('listitem');
    await expect.poll(() => wijken.count(), WAIT).toBe(20);
    await page.getByRole('status').filter({ hasText: '1 plek met aanbod' }).waitFor(WAIT);
    await page.getByRole('link', { name: 'Banenzwemmen' }).waitFor(WAIT);
    await expectAccessible(page, 'wijkkaart');

    // Keyboard only: focus goes through the list's links; Enter follows one.
    const poelenburg = page.getByRole('link', { name: 'Poelenburg', exact: true });
    await page.locator('#map-wijk').focus();
    for (let i = 0; i < 80 && !(await poelenburg.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    expect(await poelenburg.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/wijken/poelenburg', WAIT);
    await h1(page, 'Poelenburg');
  });

  it('keeps the lists and says so when the browser cannot draw the map (no WebGL)', async () => {
    const page = await harness.newPage();
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (type.startsWith('webgl')) return null;
        return (original as (...args: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof original;
    });
    await page.goto('/kaart');
    await h1(page, 'Wijkkaart');
    await page.getByText('De kaart kan op dit apparaat niet worden getoond.', { exact: false }).waitFor(WAIT);
    await page.getByRole('link', { name: 'Banenzwemmen' }).waitFor(WAIT);
    await expectAccessible(page, 'wijkkaart without WebGL');
  });

  it('filters the offers on the map by wijk', async () => {
    const page = await harness.newPage();
    await page.goto('/kaart');
    await h1(page, 'Wijkkaart');
    await page.getByLabel('Wijk', { exact: true }).selectOption({ label: 'Westzaan' });
    await page.getByRole('status').filter({ hasText: '0 plekken met aanbod' }).waitFor(WAIT);
    expect(page.url()).toContain('wijk=WK047981');
  });

  it('shows a wijk with its offers, buurthuizen and what the actiebudget paid for', async () => {
    const page = await harness.newPage();
    await page.goto('/wijken/poelenburg');
    await h1(page, 'Poelenburg');
    await mapSettled(page);
    await page.getByText('8505 inwoners').or(page.getByText('8.505 inwoners')).waitFor(WAIT);
    await page.getByRole('link', { name: 'Banenzwemmen' }).waitFor(WAIT);
    await page.getByText('Buurthuis De Poel').first().waitFor(WAIT);
    await page.getByText(/Buurtfeest Poelenburg: €\s200,00/).waitFor(WAIT);
    await expectAccessible(page, 'wijk page');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Community centres' }).waitFor(WAIT);
    await expectAccessible(page, 'wijk page in English');
  });
});
