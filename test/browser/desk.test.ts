/**
 * De balie in Chromium: desk staff of the library sell a new pass for cash, renew a paid pass by
 * pin, see today's sales with totals, and close the day with the counted cash and the pin
 * terminal's total; after closing nothing more is sold. Zero axe violations on every state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/test-app.ts';
import { createPass, createTenant, createUser, TENANT } from '../support/fixtures.ts';
import { WAIT, createAxeChecker, h1, logInAsStaff, BrowserHarness } from '../support/browser.ts';
import { formatPassNumber } from '../../src/modules/passes/pass-number.ts';

let dropDatabase: () => Promise<void>;
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('desk-');
let renewable = '';

beforeAll(async () => {
  const { database, drop } = await createTestDatabase();
  dropDatabase = drop;
  const db = database.db;
  await createTenant(db);
  await db
    .insertInto('pass_prices')
    .values([
      { tenant_id: TENANT, pass_kind: 'adult', price_cents: 2500, action_budget_share_cents: 500 },
      { tenant_id: TENANT, pass_kind: 'child', price_cents: 1000, action_budget_share_cents: 500 },
    ])
    .onConflict((oc) => oc.doNothing())
    .execute();
  const point = await db
    .insertInto('sales_points')
    .values({ tenant_id: TENANT, name: 'Bibliotheek Zaanstad', kind: 'library' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const user = await createUser(db, { role: 'desk_staff', email: 'balie@test.demo', password: 'geheim-wachtwoord' });
  await db
    .insertInto('sales_point_staff')
    .values({ tenant_id: TENANT, user_id: user.id, sales_point_id: point.id })
    .execute();
  const soon = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
  renewable = formatPassNumber((await createPass(db, { validUntil: soon })).number);
  await harness.start(database);
});
afterAll(async () => {
  await harness.close();
  await dropDatabase();
  summary();
});

describe('de balie', () => {
  it('sells, renews, shows the day and closes it', async () => {
    const page = await harness.newPage();
    await logInAsStaff(page, 'balie@test.demo', 'geheim-wachtwoord');
    await page.goto('/balie');
    await h1(page, 'Balie');
    await page
      .getByText(/Bibliotheek Zaanstad/)
      .first()
      .waitFor(WAIT);
    await expectAccessible(page, 'Balie');

    await page.getByLabel('Naam van de pashouder').fill('Gerrit Bos');
    await page.getByLabel('Wijk').selectOption({ label: 'Poelenburg' });
    await page.locator('#sell-method-cash').check();
    await page.getByRole('button', { name: 'Pas verkopen' }).click();
    await page.getByText(/Verkocht aan Gerrit Bos: pas 0479/).waitFor(WAIT);

    await page.getByLabel('Pasnummer').fill(renewable);
    await page.getByRole('button', { name: 'Pas zoeken' }).click();
    await page.getByRole('button', { name: 'Verlengen en betaling vastleggen' }).waitFor(WAIT);
    await expectAccessible(page, 'Balie: pas gevonden');
    await page.getByRole('button', { name: 'Verlengen en betaling vastleggen' }).click();
    await page.getByText(/is verlengd tot en met/).waitFor(WAIT);
    await page.getByText(/2 verkopen\. Pin: .*25,00\. Contant: .*25,00\./).waitFor(WAIT);

    await page.getByLabel('Geteld contant geld (van de passen)').fill('20,00');
    await page.getByLabel('Totaal van de pinautomaat (van de passen)').fill('25');
    await page.getByRole('button', { name: 'Dag afsluiten' }).click();
    await page.getByText(/Afgesloten door/).waitFor(WAIT);
    expect(await page.getByRole('button', { name: 'Pas verkopen' }).count()).toBe(0);
    await expectAccessible(page, 'Balie: dag afgesloten');
  });
});
