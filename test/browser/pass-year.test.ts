/**
 * Issue 14 in the browser: renewing a paid pass on "Mijn pas" (through the test payment provider),
 * a household (a partner invited by pass number, who accepts on their own "Mijn pas"), and the
 * pass year's settings in Beheer. Every page checked with axe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Db } from '../../src/db/database.ts';
import type { App } from '../../src/http/app-types.ts';
import { todayInNetherlands } from '../../src/modules/offers/catalogue-date.ts';
import { formatPassNumber } from '../../src/modules/passes/pass-number.ts';
import { addDays, passYearEnd } from '../../src/modules/passes/pass-year.ts';
import { createTestDatabase } from '../support/test-app.ts';
import { createPass, createTenant, createUser, type TestPass } from '../support/fixtures.ts';
import { WAIT, createAxeChecker, h1, logInAsStaff, BrowserHarness } from '../support/browser.ts';

let app: App;
let db: Db;
let dropDatabase: () => Promise<void>;
let fatima: TestPass;
let bram: TestPass;
let fatimaPage: Page;
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('pass-year-');
const soon = addDays(todayInNetherlands(), 10);

async function resident(email: string, name: string, validUntil: string) {
  const pass = await createPass(db, { email, validUntil });
  await db.updateTable('holders').set({ name }).where('id', '=', pass.holderId).execute();
  await createUser(db, { role: 'resident', email, holderId: pass.holderId });
  return pass;
}

/** Logs a resident in with the e-mail link, on a page of their own. */
async function logIn(email: string): Promise<Page> {
  const page = await harness.newPage();
  await app.inject({ method: 'POST', url: '/api/v1/login-links', payload: { email } });
  const mail = await db
    .selectFrom('outbox_messages')
    .select('body_text')
    .where('to_address', '=', email)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  await page.goto(/(\/inloggen\/link\?token=\S+)/.exec(mail.body_text)![1]!);
  await page.waitForURL('**/mijn-pas', WAIT);
  await h1(page, 'Mijn pas');
  return page;
}

const section = (page: Page, heading: string) =>
  page.locator('section', { has: page.getByRole('heading', { level: 2, name: heading }) });

beforeAll(async () => {
  const { database, drop } = await createTestDatabase();
  dropDatabase = drop;
  db = database.db;
  await createTenant(db);
  fatima = await resident('fatima@pasjaar.test', 'Fatima Yilmaz', soon);
  bram = await resident('bram@pasjaar.test', 'Bram de Boer', '2099-12-31');
  await createUser(db, { role: 'org_admin', email: 'beheer@pasjaar.test', password: 'beheer-wachtwoord' });
  ({ app } = await harness.start(database));
});

afterAll(async () => {
  summary();
  await harness.close();
  await dropDatabase();
});

describe('the pass year and the household on Mijn pas', () => {
  it('renews a paid pass online: pay, come back, the pass is valid for the next year with the same number', async () => {
    fatimaPage = await logIn('fatima@pasjaar.test');
    const renewal = section(fatimaPage, 'Pas verlengen');
    const next = passYearEnd('calendar_year', addDays(soon, 1));
    await renewal.getByRole('button', { name: 'Verleng mijn pas en betaal' }).waitFor(WAIT);
    await expectAccessible(fatimaPage, 'my pass with renewal and household');
    await renewal.getByRole('button', { name: 'Verleng mijn pas en betaal' }).click();
    await h1(fatimaPage, 'Testbetaling — er wordt geen echt geld betaald');
    await fatimaPage.getByRole('button', { name: 'Betaald' }).click();
    await fatimaPage.waitForURL('**/mijn-pas?verlenging=*', WAIT);
    await renewal.getByText(`De pas ${formatPassNumber(fatima.number)} is nu geldig tot en met`).waitFor(WAIT);
    await expectAccessible(fatimaPage, 'my pass after renewing');
    const pass = await db
      .selectFrom('passes')
      .select(['number', 'valid_until'])
      .where('id', '=', fatima.id)
      .executeTakeFirstOrThrow();
    expect(pass).toEqual({ number: fatima.number, valid_until: next });
  });

  it('adds a partner only when the partner says yes on their own Mijn pas', async () => {
    const household = section(fatimaPage, 'Mijn huishouden');
    await household.getByLabel('Pasnummer van uw partner').fill(formatPassNumber(bram.number));
    await household.getByRole('button', { name: 'Partner uitnodigen' }).click();
    await household.getByText('Bestaat dit pasnummer? Dan ziet uw partner de vraag op Mijn pas.').waitFor(WAIT);
    expect(await household.getByRole('cell', { name: 'Bram de Boer' }).count()).toBe(0);

    const bramPage = await logIn('bram@pasjaar.test');
    const bramHousehold = section(bramPage, 'Mijn huishouden');
    await bramHousehold.getByText('Fatima Yilmaz wil u toevoegen als partner.', { exact: false }).waitFor(WAIT);
    await expectAccessible(bramPage, 'my pass with a partner invitation');
    await bramHousehold.getByRole('button', { name: 'Ja, toevoegen' }).click();
    await bramHousehold.getByRole('cell', { name: 'Fatima Yilmaz' }).waitFor(WAIT);

    await fatimaPage.reload();
    await section(fatimaPage, 'Mijn huishouden').getByRole('cell', { name: 'Bram de Boer' }).waitFor(WAIT);
    await expectAccessible(fatimaPage, 'my pass with a partner');
  });

  it('lets the pass organisation set the validity per pass type and the grace period in Beheer', async () => {
    const page = await harness.newPage();
    await logInAsStaff(page, 'beheer@pasjaar.test', 'beheer-wachtwoord');
    await page.goto('/beheer/pasjaar');
    await h1(page, 'Pasjaar');
    await page.getByLabel('Gewone pas (betaald)').selectOption('twelve_months');
    await page.getByLabel('De kassa accepteert een pas na het einde nog').selectOption('2');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De instellingen zijn opgeslagen.').waitFor(WAIT);
    await expectAccessible(page, 'pass year settings');
    const settings = await db.selectFrom('pass_year_settings').selectAll().executeTakeFirstOrThrow();
    expect([settings.validity_regular, settings.grace_months]).toEqual(['twelve_months', 2]);
  });
});
