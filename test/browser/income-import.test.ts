/**
 * The income administration import in Chromium, against the real server with the built web app:
 * the pass organisation uploads a Dutch Excel export, sees every row's problems in a dry run,
 * imports it with a progress bar and gets the report and the welcome letters. Zero axe violations.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createTestDatabase } from '../support/test-app.ts';
import { createTenant, createUser } from '../support/fixtures.ts';
import { WAIT, createAxeChecker, h1, logInAsStaff, BrowserHarness } from '../support/browser.ts';

let dropDatabase: () => Promise<void>;
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('income-import-');
const year = new Date().getFullYear();
const EXPORT = Buffer.from(
  [
    'Klantnummer;Naam;Adres;Postcode;Woonplaats;Geboortedatum;E-mail;Categorie;Huishouden',
    'K1001;Zoë Göçmen;Peperstraat 12;1502 AB;Zaandam;14-03-1979;;minimum;',
    `K1002;Elif Göçmen;Peperstraat 12;1502 AB;Zaandam;05-06-${year - 9};;minimum;K1001`,
    'K1003;Henk Bakker;Vinkenstraat 3;1506 CD;Zaandam;21-01-1958;henk@test.demo;mantelzorger;',
    'K1004;Piet Jansen;Dorpsstraat 1;1511 AA;Oostzaan;31-02-1980;;minimum;',
  ].join('\r\n') + '\r\n',
  'latin1',
);

beforeAll(async () => {
  const created = await createTestDatabase();
  dropDatabase = created.drop;
  await createTenant(created.database.db);
  await createUser(created.database.db, {
    role: 'org_admin',
    email: 'beheer@test.demo',
    password: 'geheim-wachtwoord',
  });
  await harness.start(created.database);
});

afterAll(async () => {
  await harness.close();
  await dropDatabase?.();
  summary();
});

describe('income import in the browser', () => {
  it('shows the problems of a dry run, then imports it and shows the report and the letters', async () => {
    const page = await harness.newPage();
    await logInAsStaff(page, 'beheer@test.demo', 'geheim-wachtwoord');
    await page.goto('/beheer/import');
    await h1(page, 'Import inkomensadministratie');
    await expectAccessible(page, 'import: empty');
    await page.getByLabel('CSV-bestand').setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: EXPORT });
    await page.getByRole('button', { name: 'Proefrun' }).click();
    await page.getByText('Proefrun klaar: 4 regels bekeken. Er is niets veranderd.').waitFor(WAIT);
    await page.getByRole('cell', { name: '"31-02-1980" is not a date like 31-12-1980' }).waitFor(WAIT);
    await expectAccessible(page, 'import: dry run');

    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByText('Import klaar: 4 regels verwerkt.').waitFor(WAIT);
    await page.getByRole('link', { name: /Welkomstbrief om te printen \(1 brief, PDF\)/ }).waitFor(WAIT);
    const created = page.locator('dt', { hasText: 'Nieuwe passen' }).locator('xpath=following-sibling::dd[1]');
    await created.getByText('3').waitFor(WAIT);
    await expectAccessible(page, 'import: done');
  });
});
