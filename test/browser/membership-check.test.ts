/**
 * Issue 14 (part A): a buurthuis checks that a pass is valid and sees yes or no, nothing more.
 * In Dutch, in Chromium, checked with axe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPassNumber } from '../../src/modules/passes/pass-number.ts';
import { createTestDatabase } from '../support/test-app.ts';
import { createPass, createProvider, createTenant, createUser, type TestPass } from '../support/fixtures.ts';
import { WAIT, createAxeChecker, h1, logInAsStaff, BrowserHarness } from '../support/browser.ts';

const STAFF_EMAIL = 'balie@buurthuisdekolk.test';
const STAFF_PASSWORD = 'Balie-test-wachtwoord';

let dropDatabase: () => Promise<void>;
let member: TestPass;
let blocked: TestPass;
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('membership-');

beforeAll(async () => {
  const { database, drop } = await createTestDatabase();
  dropDatabase = drop;
  const db = database.db;
  await createTenant(db);
  const buurthuis = await createProvider(db, { name: 'Buurthuis De Kolk' });
  await createUser(db, { role: 'till_staff', email: STAFF_EMAIL, password: STAFF_PASSWORD, providerId: buurthuis.id });
  member = await createPass(db, { category: 'low_income' });
  blocked = await createPass(db, { status: 'blocked' });
  await harness.start(database);
});

afterAll(async () => {
  summary();
  await harness.close();
  await dropDatabase();
});

describe('Pas controleren', () => {
  it('says yes for a valid pass and no for a blocked one, and nothing else', async () => {
    const page = await harness.newPage();
    await logInAsStaff(page, STAFF_EMAIL, STAFF_PASSWORD);
    await page.getByRole('link', { name: 'Pas controleren' }).click();
    await h1(page, 'Pas controleren');
    await expectAccessible(page, 'membership check');

    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByText('Vul een pasnummer in.').waitFor(WAIT);
    await expectAccessible(page, 'membership check, nothing filled in');

    await page.getByLabel('Pasnummer of QR-code').fill(formatPassNumber(member.number));
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByRole('status').getByText('Ja, deze pas is vandaag geldig.').waitFor(WAIT);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).not.toMatch(/Pashouder|laag inkomen|low.income|geldig tot/i);
    await expectAccessible(page, 'membership check, valid');

    await page.getByLabel('Pasnummer of QR-code').fill(blocked.number);
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByRole('status').getByText('Nee, deze pas is vandaag niet geldig.').waitFor(WAIT);
    expect((await page.locator('main').textContent()) ?? '').not.toMatch(/geblokkeerd/i);
  });
});
