/**
 * The resident's data and the pass organisation's letters, in Chromium: "Mijn gegevens" (download
 * the PDF, ask for erasure; also in Arabic, right to left), replace and erase in the holder's
 * file, the day's letters to print, the message texts with a proof in Dutch dates, and a card
 * batch for the card printer. Zero axe violations (WCAG 2.1 A + AA).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeLetterDays, writeToHolder } from '../../src/modules/notifications/notifications.service.ts';
import { formatDutchDate } from '../../src/shared/dutch-date.ts';
import { hashSecret, newSecret } from '../../src/shared/tokens.ts';
import { createPass, createTenant, createUser, TENANT } from '../support/fixtures.ts';
import { createTestDatabase } from '../support/test-app.ts';
import { WAIT, BrowserHarness, createAxeChecker, h1, logInAsStaff } from '../support/browser.ts';

let dropDatabase: () => Promise<void>;
let baseURL = '';
let session = '';
let holderId = '';
let letterDay = '';
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('holder-data-');

beforeAll(async () => {
  const { database, drop } = await createTestDatabase();
  dropDatabase = drop;
  const db = database.db;
  await createTenant(db);
  const pass = await createPass(db, { email: 'lotte@voorbeeld.test' });
  holderId = pass.holderId;
  await db.updateTable('holders').set({ name: 'Lotte Bakker' }).where('id', '=', holderId).execute();
  const user = await createUser(db, { role: 'resident', email: 'lotte@voorbeeld.test', holderId });
  session = newSecret();
  await db
    .insertInto('sessions')
    .values({
      tenant_id: TENANT,
      token_hash: hashSecret(session),
      user_id: user.id,
      expires_at: new Date(Date.now() + 3_600_000),
    })
    .execute();
  // A resident without e-mail gets a letter; the day is closed into a batch to print.
  const noEmail = await createPass(db);
  await db
    .insertInto('holder_addresses')
    .values({
      tenant_id: TENANT,
      holder_id: noEmail.holderId,
      street: 'Peperstraat',
      house_number: '12',
      postcode: '1502AB',
      city: 'Zaandam',
    })
    .execute();
  expect(
    await writeToHolder(db, {
      tenantId: TENANT,
      holderId: noEmail.holderId,
      template: 'card-sent',
      values: { pasnummer: '1' },
    }),
  ).toBe('letter');
  expect(await closeLetterDays(db, new Date(Date.now() + 86_400_000))).toBe(1);
  // The same resident asked for a plastic card.
  await db.insertInto('card_requests').values({ tenant_id: TENANT, pass_id: noEmail.id }).execute();
  letterDay = formatDutchDate(new Date());
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  ({ baseURL } = await harness.start(database));
});
afterAll(async () => {
  await harness.close();
  await dropDatabase();
  summary();
});

describe("the resident's data", () => {
  it('downloads as PDF, asks for erasure after a confirmation, and reads in Arabic', async () => {
    const page = await harness.newPage({ acceptDownloads: true });
    await page.context().addCookies([{ name: 'stadspas_session', value: session, url: baseURL }]);
    await page.goto('/mijn-gegevens');
    await h1(page, 'Mijn gegevens');
    const [download] = await Promise.all([
      page.waitForEvent('download', WAIT),
      page.getByRole('link', { name: 'Download om te lezen (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('mijn-gegevens.pdf');
    await page.getByRole('button', { name: 'Vraag om mijn gegevens te wissen' }).click();
    await page.getByRole('heading', { name: 'Weet u het zeker?' }).waitFor(WAIT);
    await expectAccessible(page, 'Mijn gegevens: bevestigen');
    await page.getByRole('button', { name: 'Ja, wis mijn gegevens' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `U vroeg op ${formatDutchDate(new Date())}` })
      .waitFor(WAIT);
    await expectAccessible(page, 'Mijn gegevens: gevraagd');

    const ar = await harness.newPage();
    await ar.context().addCookies([{ name: 'stadspas_session', value: session, url: baseURL }]);
    await ar.addInitScript(() => localStorage.setItem('stadspas.language', 'ar'));
    await ar.goto('/mijn-gegevens');
    await h1(ar, 'بياناتي');
    expect(await ar.locator('html').getAttribute('dir')).toBe('rtl');
    await expectAccessible(ar, 'Mijn gegevens (ar)');
  });
});

describe('Beheer', () => {
  it('replaces a pass and erases the holder in their file; letters, message texts with a proof, a card batch', async () => {
    const page = await harness.newPage({ acceptDownloads: true });
    await logInAsStaff(page, 'beheer@test.demo', 'geheim-wachtwoord');
    await page.goto(`/beheer/pashouders/${holderId}`);
    await h1(page, 'Dossier van Lotte Bakker');
    await page.getByText(/Deze pashouder vroeg op .* om de gegevens te wissen/).waitFor(WAIT);
    // Block and replace from the file: a new number, after a confirmation.
    await page.getByLabel('Reden').selectOption('card_stolen');
    await page.getByRole('button', { name: 'Blokkeren en vervangen' }).click();
    await page.getByText(/^Pas .* vervangen\? De oude pas werkt nooit meer/).waitFor(WAIT);
    await page.getByRole('button', { name: 'Ja, doorgaan' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Pas [\d ]+ is vervangen door pas [\d ]+\.$/ })
      .waitFor(WAIT);
    // One pass, the old one, shows as replaced in the passes table (its status, and the renewal
    // column saying why it cannot be renewed); the audit table names the change too.
    const replacedRows = page
      .getByRole('table', { name: 'Passen', exact: true })
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: 'Vervangen' }) });
    await expect.poll(() => replacedRows.count(), WAIT).toBe(1);
    await page.getByRole('button', { name: 'Gegevens wissen' }).click();
    await page.getByText('Gegevens van Lotte Bakker echt wissen?').waitFor(WAIT);
    await expectAccessible(page, 'dossier: wissen bevestigen');
    await page.getByRole('button', { name: 'Ja, wis de gegevens' }).click();
    await h1(page, 'Dossier van Gewist');
    await page.getByText(/De gegevens zijn gewist op/).waitFor(WAIT);

    await page.goto('/beheer/brieven');
    await h1(page, 'Brieven om te printen');
    const [letters] = await Promise.all([
      page.waitForEvent('download', WAIT),
      page.getByRole('link', { name: `Brieven van ${letterDay} downloaden (PDF)` }).click(),
    ]);
    expect(letters.suggestedFilename()).toMatch(/^brieven-\d{4}-\d{2}-\d{2}\.pdf$/);
    await expectAccessible(page, 'brieven');

    await page.goto('/beheer/berichtteksten');
    await h1(page, 'Berichtteksten');
    const subject = page.getByLabel('Onderwerp').first();
    await subject.fill('Uw {{pasnaam}} is op {{datum}} verstuurd');
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).first().click();
    await page.getByText(`Uw Zaanse Pas is op ${formatDutchDate(new Date())} verstuurd`).waitFor(WAIT);
    await page.getByRole('button', { name: 'Opslaan' }).first().click();
    await page.getByRole('status').filter({ hasText: 'De tekst is opgeslagen.' }).waitFor(WAIT);
    await page.getByRole('button', { name: 'Terug naar de standaardtekst' }).waitFor(WAIT);
    await expectAccessible(page, 'berichtteksten');

    // Passen van plastic: a batch of everyone who asked, and the card printer's file.
    await page.goto('/beheer/kaarten');
    await h1(page, 'Passen van plastic');
    await page.getByRole('button', { name: 'Batch maken' }).click();
    await page.getByRole('status').filter({ hasText: 'Batch gemaakt met 1 pas (0 overgeslagen).' }).waitFor(WAIT);
    const [csv] = await Promise.all([
      page.waitForEvent('download', WAIT),
      page.getByRole('link', { name: /^Printerbestand \(CSV\) van/ }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    await expectAccessible(page, 'passen van plastic');
  });
});
