/**
 * The schemes guide, "Gratis Zaanse Pas?" and the eligibility check in Chromium, against the real
 * server with the built web app and the module's own Zaanstad demo data: browse by life event and
 * theme, search, a scheme's page with its formatted text and a problem report, the check through
 * to its result and the e-mail, and the pass organisation's page; zero axe violations throughout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/http/app-types.ts';
import { seedSchemes } from '../../src/modules/schemes/schemes.demo.ts';
import { createTestDatabase } from '../support/test-app.ts';
import { createTenant, createUser, TENANT } from '../support/fixtures.ts';
import { BrowserHarness, createAxeChecker, h1, logInAsStaff, WAIT } from '../support/browser.ts';
import { Random } from '../../src/shared/random.ts';

let app: App;
let dropDatabase: () => Promise<void>;
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('schemes-');

beforeAll(async () => {
  const { database, drop } = await createTestDatabase();
  dropDatabase = drop;
  const db = database.db;
  await createTenant(db);
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  await db
    .transaction()
    .execute((tx) => seedSchemes({ tx, tenantId: TENANT, anchorDate: '2026-06-01', random: () => new Random(1) }));
  ({ app } = await harness.start(database));
});

afterAll(async () => {
  await harness.close();
  await dropDatabase?.();
  summary();
});

describe('the schemes guide', () => {
  it('browses by life event and theme, searches, and shows a scheme with its next step', async () => {
    const page = await harness.newPage();
    await page.goto('/regelingen');
    await h1(page, 'Regelingen');
    await page.getByRole('link', { name: 'Meedoen Zaanstad' }).waitFor(WAIT);
    await expectAccessible(page, 'regelingen');

    await page.getByRole('button', { name: 'Werk kwijt' }).click();
    await page.waitForURL('**/regelingen?gebeurtenis=job_loss', WAIT);
    await page.getByRole('link', { name: 'Schuldhulpverlening' }).waitFor(WAIT);
    // The list before the filter stays until the new answer arrives.
    await expect.poll(() => page.getByRole('link', { name: 'Mantelzorgwaardering' }).count(), WAIT).toBe(0);

    await page.getByRole('button', { name: 'Werk kwijt' }).click();
    await page.getByLabel('Voor wie').selectOption('initiatives');
    await page.getByRole('link', { name: 'Stimuleringsbudget' }).waitFor(WAIT);
    // The list before the filter stays until the new answer arrives.
    await expect.poll(() => page.getByRole('link', { name: 'Meedoen Zaanstad' }).count(), WAIT).toBe(0);
    await page.getByLabel('Voor wie').selectOption('');

    await page.getByLabel('Onderwerp').selectOption('food');
    await page.getByRole('link', { name: 'Voedselbank Zaanstreek' }).waitFor(WAIT);
    await page.getByLabel('Onderwerp').selectOption('');
    await page.getByLabel('Zoekwoorden').fill('sportclub');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('heading', { level: 2, name: '1 regeling' }).waitFor(WAIT);
    await page.getByRole('link', { name: 'Jeugdfonds Sport & Cultuur' }).click();

    await h1(page, 'Jeugdfonds Sport & Cultuur');
    await page.getByRole('heading', { level: 2, name: 'Zo vraagt u het aan' }).waitFor(WAIT);
    expect(await page.locator('main').textContent()).toContain('U vraagt dit aan via: Een intermediair');
    await expectAccessible(page, 'regeling jeugdfonds');

    // A problem report without contact details.
    await page.getByLabel('Wat gaat er mis?').fill('Mijn zoon is 18 en valt er nu buiten.');
    await page.getByRole('button', { name: 'Melding versturen' }).click();
    await page.getByText('Wij hebben uw melding ontvangen').waitFor(WAIT);
    await expectAccessible(page, 'regeling jeugdfonds, melding verstuurd');
  });

  it('shows formatted text safely, and "Gratis Zaanse Pas?" with its prices from the guide, in English too', async () => {
    const page = await harness.newPage();
    await page.goto('/regelingen/gratis-zaanse-pas');
    await h1(page, 'Gratis Zaanse Pas');
    await page.locator('main strong', { hasText: 'korting' }).waitFor(WAIT);
    expect(await page.locator('main li', { hasText: 'u mantelzorger bent' }).count()).toBeGreaterThan(0);

    await page.goto('/');
    await page.getByRole('link', { name: 'Gratis Zaanse Pas?' }).first().click();
    await h1(page, 'Gratis Zaanse Pas?');
    await page.getByRole('link', { name: 'Gratis Zaanse Pas', exact: true }).waitFor(WAIT);
    expect(await page.getByRole('link', { name: 'Vraag de pas online aan' }).getAttribute('href')).toBe(
      '/gratis-pas/aanvragen',
    );
    await expectAccessible(page, 'gratis pas');
    await page.getByRole('button', { name: 'English' }).click();
    await h1(page, 'Free Zaanse Pas?');
    await expectAccessible(page, 'gratis pas in English');
  });
});

describe('the eligibility check', () => {
  it('asks six questions, says nothing is stored, and gives the free pass with its next step, printable and by e-mail', async () => {
    const page = await harness.newPage();
    await page.goto('/gratis-pas');
    await page.getByRole('link', { name: 'Doe de check: past dit bij u?' }).click();
    await h1(page, 'Doe de check');
    await page.getByText('Wij bewaren uw antwoorden niet.').waitFor(WAIT);
    await expectAccessible(page, 'check');

    // Submitting empty names what is missing.
    await page.getByRole('button', { name: 'Bekijk de uitkomst' }).click();
    expect(await page.getByText('Kies een antwoord.').count()).toBe(3);

    await page.getByLabel('Alleen, met kinderen').check();
    await page.getByLabel('Hoe oud zijn uw kinderen?').fill('6, 13');
    await page.getByLabel('Tot 120% van het sociaal minimum').check();
    await page
      .getByRole('group', { name: /mantelzorg/ })
      .getByLabel('Nee')
      .check();
    await page.getByLabel('Hoe oud bent u?').fill('41');
    await page.getByLabel('Maakt u nu iets mee?').selectOption('divorce');
    await page.getByRole('button', { name: 'Bekijk de uitkomst' }).click();

    const result = page.getByRole('region', { name: 'Uw uitkomst' });
    await result.waitFor(WAIT);
    const titles = await result.getByRole('heading', { level: 3 }).allTextContents();
    expect(titles[0]).toBe('Gratis Zaanse Pas');
    expect(titles).toContain('Jeugdfonds Sport & Cultuur');
    expect(titles).not.toContain('Mantelzorgwaardering');
    expect(await result.getByRole('link', { name: 'Vraag Gratis Zaanse Pas online aan' }).getAttribute('href')).toBe(
      '/gratis-pas/aanvragen',
    );
    await expectAccessible(page, 'check, uitkomst');

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('form').first().isVisible()).toBe(false);
    expect(await result.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    await page.getByLabel('Uitkomst naar uw e-mail sturen').fill('inwoner@voorbeeld.demo');
    await page.getByRole('button', { name: 'Stuur naar mijn e-mail' }).click();
    await page.getByText('Verstuurd. Kijk in uw e-mail.').waitFor(WAIT);
    const sent = await app.deps.database.db
      .selectFrom('outbox_messages')
      .select(['to_address', 'body_text'])
      .executeTakeFirstOrThrow();
    expect(sent.to_address).toBe('inwoner@voorbeeld.demo');
    expect(sent.body_text).toContain('Gratis Zaanse Pas');
  });
});

describe('the public pages in the other languages of Zaanstad', () => {
  it('shows the check and the guide in Turkish and Arabic', async () => {
    for (const [language, check, guide] of [
      ['tr', 'Kontrolü yapın', 'Destekler'],
      ['ar', 'قم بالفحص', 'أنظمة الدعم'],
    ] as const) {
      const page = await harness.newPage();
      await page.addInitScript((code) => localStorage.setItem('stadspas.language', code), language);
      await page.goto('/check');
      await h1(page, check);
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      await expectAccessible(page, `check ${language}`);
      await page.goto('/regelingen');
      await h1(page, guide);
      await page.getByRole('link', { name: 'Meedoen Zaanstad' }).waitFor(WAIT);
    }
  });
});

describe('managing the guide', () => {
  it('lets the pass organisation edit, publish and archive, and answer a report', async () => {
    const page = await harness.newPage();
    await logInAsStaff(page, 'beheer@test.demo', 'geheim-wachtwoord');
    await page.goto('/beheer/regelingen');
    await h1(page, 'Regelingen beheren');
    await page.getByRole('link', { name: 'Stad aan de Zaan' }).waitFor(WAIT);
    await expectAccessible(page, 'regelingen beheren');

    await page.getByRole('link', { name: 'Nieuwe regeling maken' }).click();
    await h1(page, 'Nieuwe regeling');
    await page.getByLabel('Titel').fill('Buurtbudget Poelenburg');
    await page.getByLabel('Korte samenvatting').fill('Geld voor een buurtactiviteit in Poelenburg.');
    await page.getByLabel('Hoe vraagt men aan?').selectOption('through_person');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    // The server names the missing field; nothing is saved.
    await page.getByText('say through whom residents apply').waitFor(WAIT);
    await page.getByLabel('Via wie, of wie beslist').fill('De wijkmanager van Poelenburg');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await h1(page, 'Buurtbudget Poelenburg');
    await page.getByText('Status: Concept.').waitFor(WAIT);
    await expectAccessible(page, 'regeling bewerken');

    await page.goto('/beheer/regelingen');
    await page.getByRole('button', { name: 'Publiceer Buurtbudget Poelenburg' }).click();
    await page.getByRole('button', { name: 'Archiveer Buurtbudget Poelenburg' }).waitFor(WAIT);
    const publicPage = await harness.newPage();
    await publicPage.goto('/regelingen/buurtbudget-poelenburg');
    await h1(publicPage, 'Buurtbudget Poelenburg');

    // The report sent in the first test waits for an answer on the scheme's page.
    const openReports = page.getByRole('region', { name: 'Open meldingen' });
    await openReports.getByText('Mijn zoon is 18 en valt er nu buiten.').waitFor(WAIT);
    await openReports.getByRole('link', { name: 'Jeugdfonds Sport & Cultuur' }).click();
    await h1(page, 'Jeugdfonds Sport & Cultuur');
    // The check's rules, stored as data with the scheme, read back in words.
    await page.getByText('inkomen tot 120% van het sociaal minimum en een kind van 4 tot en met 17 jaar').waitFor(WAIT);
    await page.getByText('Mijn zoon is 18 en valt er nu buiten.').waitFor(WAIT);
    await page.getByLabel('Uw antwoord').fill('Dank u. Wij bespreken de leeftijdsgrens.');
    await page.getByRole('button', { name: 'Antwoord opslaan' }).click();
    await page.getByText(/Beantwoord op .*Wij bespreken de leeftijdsgrens/).waitFor(WAIT);
    await expectAccessible(page, 'regeling met melding');
    await page.getByRole('link', { name: 'Terug naar alle regelingen' }).click();
    await page.getByText('Er zijn geen open meldingen.').waitFor(WAIT);
  });
});
