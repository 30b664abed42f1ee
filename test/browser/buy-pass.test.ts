/**
 * "Pas kopen" in Chromium, against the real server with the built web app and the built-in test
 * payment provider: a visitor orders a pass and a child pass, pays on the test checkout page
 * ("Testbetaling — er wordt geen echt geld betaald") and comes back to the order, which shows it
 * paid; a failed test payment shows that nothing was paid; the pass organisation refunds the paid
 * order after confirming. Zero axe violations on every page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Database } from '../../src/db/database.ts';
import type { App } from '../../src/http/app-types.ts';
import { createTestDatabase } from '../support/test-app.ts';
import { createTenant, createUser, loginStaff } from '../support/fixtures.ts';
import { WAIT, createAxeChecker, h1, openFromBeheer, BrowserHarness } from '../support/browser.ts';

let app: App;
let database: Database;
let dropDatabase: () => Promise<void>;
let baseURL: string;
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('buy-pass-');

const newPage = () => harness.newPage();

beforeAll(async () => {
  const created = await createTestDatabase();
  database = created.database;
  dropDatabase = created.drop;
  await createTenant(database.db);
  await createUser(database.db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  ({ app, baseURL } = await harness.start(database));
});

afterAll(async () => {
  await harness.close();
  await dropDatabase?.();
  summary();
});

async function fillOrder(page: Page, email: string) {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Pas kopen' }).click();
  await h1(page, 'Pas kopen');
  await page.getByText('Dit is een testomgeving.').waitFor(WAIT);
  await page.getByLabel('Uw naam').fill('Sanne de Vries');
  await page.getByLabel('Uw e-mailadres').fill(email);
  await page.getByLabel('Uw wijk').selectOption({ label: 'Poelenburg' });
  await page.getByRole('button', { name: 'Kind toevoegen' }).click();
  await page.getByLabel('Naam van kind 1').fill('Noor de Vries');
  await page.getByLabel('Geboortedatum van kind 1').fill('2017-04-12');
  await expect
    .poll(async () => (await page.getByText(/^Totaal:/).textContent())?.replace(/\s/g, ' '), WAIT)
    .toMatch(/35,00/);
}

describe('Pas kopen', () => {
  it('a visitor orders a pass and a child pass, pays on the test checkout and sees the order paid', async () => {
    const page = await newPage();
    await fillOrder(page, 'sanne@test.demo');
    await expectAccessible(page, 'Pas kopen');
    await page.getByRole('button', { name: 'Bestellen en betalen' }).click();

    await page.waitForURL(/\/testbetaling\//, WAIT);
    await h1(page, 'Testbetaling — er wordt geen echt geld betaald');
    await page.getByText(/Bedrag:.*35,00/).waitFor(WAIT);
    await expectAccessible(page, 'Testbetaling');
    await page.getByRole('button', { name: 'Betaald' }).click();

    await page.waitForURL(/\/pas-kopen\/bestelling\//, WAIT);
    await h1(page, 'Uw bestelling');
    await page.getByText(/Betaald: .*35,00\. Uw pas is klaar\./).waitFor(WAIT);
    await expectAccessible(page, 'Bestelling betaald');

    const orderId = new URL(page.url()).pathname.split('/').pop()!;
    const order = await database.db
      .selectFrom('pass_orders')
      .select(['status', 'amount_cents'])
      .where('id', '=', orderId)
      .executeTakeFirstOrThrow();
    expect(order).toEqual({ status: 'paid', amount_cents: 3500 });
  });

  it('a failed test payment books nothing and says so', async () => {
    const page = await newPage();
    await fillOrder(page, 'sanne2@test.demo');
    await page.getByRole('button', { name: 'Bestellen en betalen' }).click();
    await page.waitForURL(/\/testbetaling\//, WAIT);
    await page.getByRole('button', { name: 'Mislukt' }).click();
    await page.waitForURL(/\/pas-kopen\/bestelling\//, WAIT);
    await page.getByText('De betaling is niet gelukt.').waitFor(WAIT);
    await page.getByText('Er is niets betaald.').waitFor(WAIT);
    await expectAccessible(page, 'Bestelling mislukt');
  });
});

describe('Verkochte passen (pass organisation)', () => {
  it('refunds a paid order after confirming: the order is refunded and its passes are blocked', async () => {
    const page = await newPage();
    const cookie = (await loginStaff(app, 'beheer@test.demo', 'geheim-wachtwoord')).split('=')[1]!;
    await page.context().addCookies([{ name: 'stadspas_session', value: cookie, url: baseURL }]);
    await page.goto('/');
    await openFromBeheer(page, 'Verkochte passen');
    await h1(page, 'Verkochte passen');
    await page.getByRole('cell', { name: 'Sanne de Vries', exact: true }).first().waitFor(WAIT);
    await expectAccessible(page, 'Verkochte passen');
    await page.getByRole('button', { name: 'Terugbetalen aan Sanne de Vries' }).click();
    await page.getByLabel('Reden (niet verplicht)').fill('Verhuisd naar Wormerland');
    await expectAccessible(page, 'Verkochte passen, bevestigen');
    await page.getByRole('button', { name: 'Ja, terugbetalen' }).click();
    await page.getByRole('cell', { name: 'Terugbetaald (testbetaling)' }).waitFor(WAIT);

    const order = await database.db
      .selectFrom('pass_orders')
      .select(['id', 'status', 'refund_reason'])
      .where('status', '=', 'refunded')
      .executeTakeFirstOrThrow();
    expect(order.refund_reason).toBe('Verhuisd naar Wormerland');
    const statuses = await database.db
      .selectFrom('pass_order_items as i')
      .innerJoin('passes as p', 'p.id', 'i.pass_id')
      .select('p.status')
      .where('i.order_id', '=', order.id)
      .execute();
    expect(statuses.map((s) => s.status)).toEqual(['blocked', 'blocked']);
  });
});
