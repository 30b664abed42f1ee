/**
 * From sign-up to partner, in Chromium against the real server with the built web app: a new
 * business signs up at /aanbieder-worden (a wrong IBAN is shown at its field), the pass
 * organisation approves it at /beheer/aanmeldingen, and its contact person logs in with the
 * e-mailed link. Every page visited is checked with axe (WCAG 2.1 A + AA).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Database } from '../../src/db/database.ts';
import { createTestDatabase } from '../support/test-app.ts';
import { createPass, createTenant, createUser } from '../support/fixtures.ts';
import { WAIT, createAxeChecker, h1, openFromBeheer, logInAsStaff, BrowserHarness } from '../support/browser.ts';

const ADMIN_EMAIL = 'beheer@zaanstad.demo';
const ADMIN_PASSWORD = 'Beheer-test-wachtwoord';
const CONTACT_EMAIL = 'ayse@fietsenmakerdezaan.demo';

let database: Database;
const square = (x: number, y: number, size: number) =>
  JSON.stringify({
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [x, y],
          [x + size, y],
          [x + size, y + size],
          [x, y + size],
          [x, y],
        ],
      ],
    ],
  });
let dropDatabase: () => Promise<void>;
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('provider-portal-');

beforeAll(async () => {
  const created = await createTestDatabase();
  database = created.database;
  dropDatabase = created.drop;
  await createTenant(database.db);
  await createUser(database.db, { role: 'org_admin', email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
  // Real-sized outlines in RD New around Poelenburg and south of it, so the map and the wijk lookup work.
  for (const [code, x, y] of [
    ['WK047912', 118000, 494000],
    ['WK047901', 117000, 493000],
  ] as const)
    await database.db
      .updateTable('wijken')
      .set({ geometry: square(x, y, 1000) })
      .where('code', '=', code)
      .execute();
  await harness.start(database);
});

afterAll(async () => {
  await harness.close();
  await dropDatabase?.();
  summary();
});

describe('a new business becomes a provider', () => {
  let owner: Page;

  it('signs up at /aanbieder-worden; a wrong IBAN is shown at its field', async () => {
    owner = await harness.newPage();
    await owner.goto('/aanbieder-worden');
    await h1(owner, 'Aanbieder worden');
    await expectAccessible(owner, 'Aanbieder worden');

    await owner.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await owner.getByText('Een bedrijf vult het KvK-nummer in.').waitFor(WAIT);
    await expectAccessible(owner, 'Aanbieder worden, errors');

    await owner.getByLabel('Naam van de organisatie').fill('Fietsenmaker De Zaan');
    await owner.getByLabel('KvK-nummer').fill('12345678');
    await owner.getByLabel('Naam contactpersoon').fill('Ayşe Yılmaz');
    await owner.getByLabel('E-mailadres').fill(CONTACT_EMAIL);
    await owner.getByLabel('Straat en huisnummer (niet verplicht)').fill('Westzijde 12');
    await owner.getByLabel('IBAN (rekeningnummer)').fill('NL91ABNA0417164301');
    await owner.getByLabel('Naam op de rekening').fill('Fietsenmaker De Zaan');
    await owner.getByLabel(/Ik ga akkoord/).check();
    await owner.getByRole('button', { name: 'Aanmelding versturen' }).click();
    const iban = owner.getByLabel('IBAN (rekeningnummer)');
    await expect.poll(() => iban.getAttribute('aria-invalid'), WAIT).toBe('true');
    await owner.getByText('Dit IBAN klopt niet. Kijk het nog eens na.').waitFor(WAIT);

    await iban.fill('NL91 ABNA 0417 1643 00');
    await owner.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await h1(owner, 'Bedankt voor uw aanmelding');
    await expectAccessible(owner, 'Aanbieder worden, sent');
  });

  it('is approved by the pass organisation at /beheer/aanmeldingen', async () => {
    const admin = await harness.newPage();
    await logInAsStaff(admin, ADMIN_EMAIL, ADMIN_PASSWORD);
    await admin.goto('/beheer/aanmeldingen');
    await h1(admin, 'Aanmeldingen van aanbieders');
    const card = admin.getByRole('article', { name: 'Fietsenmaker De Zaan' });
    await card.waitFor(WAIT);
    expect(await card.textContent()).toContain('NL91ABNA0417164300');
    await expectAccessible(admin, 'Aanmeldingen');
    await card.getByRole('button', { name: 'Fietsenmaker De Zaan goedkeuren' }).click();
    await admin.getByText('Er zijn geen aanmeldingen.').waitFor(WAIT);
  });

  it('logs in with the e-mailed link and lands on Mijn organisatie', async () => {
    const mail = await database.db
      .selectFrom('outbox_messages')
      .select('body_text')
      .where('to_address', '=', CONTACT_EMAIL)
      .executeTakeFirstOrThrow();
    const link = /(http\S+inloggen\/link\?token=\S+)/.exec(mail.body_text)![1]!;
    await owner.goto(link);
    await owner.waitForURL('**/aanbieder', WAIT);
    await h1(owner, 'Mijn organisatie');
    await owner.getByText('Fietsenmaker De Zaan').first().waitFor(WAIT);
  });

  it('adds a location by clicking the map; the wijk follows from the place', async () => {
    await owner.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Locaties' }).click();
    await owner.waitForURL('**/aanbieder/locaties', WAIT);
    await h1(owner, 'Locaties');
    await owner.locator('.sp-position-map__wijk').first().waitFor(WAIT);
    await expectAccessible(owner, 'Locaties');
    await owner.getByLabel('Naam van de locatie').fill('Werkplaats Poelenburg');
    await owner.getByLabel('Straat en huisnummer').fill('Pieter Ghijsenlaan 8');
    await owner.getByLabel('Postcode').fill('1506 PV');
    await owner.getByLabel('Plaats').fill('Zaandam');
    await owner.getByLabel('Toegankelijkheid (niet verplicht)').fill('Drempelvrij');
    await owner.locator('.sp-position-map__wijk', { hasText: 'Poelenburg' }).click();
    await expect.poll(() => owner.getByLabel('Breedtegraad').inputValue(), WAIT).toMatch(/^52\.4/);
    await owner.getByRole('button', { name: 'Locatie opslaan' }).click();
    await owner.getByText('Werkplaats Poelenburg is opgeslagen, in de wijk Poelenburg.').waitFor(WAIT);
    await expectAccessible(owner, 'Locaties, saved');
  });

  it('makes an offer and submits it for moderation', async () => {
    await owner.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn aanbod' }).click();
    await owner.waitForURL('**/aanbieder/aanbod', WAIT);
    await h1(owner, 'Mijn aanbod');
    await owner.getByText('U heeft nog geen aanbiedingen.').waitFor(WAIT);
    await expectAccessible(owner, 'Mijn aanbod, empty');
    await owner.getByRole('button', { name: 'Nieuwe aanbieding' }).click();
    await h1(owner, 'Nieuwe aanbieding');
    await owner.getByLabel('Titel').fill('Fietsreparatie met 20% korting');
    await owner.getByLabel('Normale prijs in euro').fill('25,00');
    await owner.getByLabel('Korting in procent').fill('20');
    await owner.getByLabel('Geldig vanaf').fill('2020-01-01');
    await owner.getByLabel('Geldig tot en met').fill('2099-12-31');
    await owner.getByLabel('Route voor Sport en Bewegen').check();
    await owner.getByLabel('Sport', { exact: true }).check();
    await owner.getByLabel('Volwassenen').check();
    await expectAccessible(owner, 'Nieuwe aanbieding');
    await owner.getByRole('button', { name: 'Opslaan als concept' }).click();
    await owner.getByText('Fietsreparatie met 20% korting is opgeslagen.').waitFor(WAIT);
    await owner.getByRole('button', { name: 'Fietsreparatie met 20% korting indienen' }).click();
    await owner.getByText('Ingediend, wacht op beoordeling').waitFor(WAIT);
    await expectAccessible(owner, 'Mijn aanbod, submitted');
  });

  it('is approved at /beheer/moderatie and shows in the catalogue', async () => {
    const admin = await harness.newPage();
    await logInAsStaff(admin, ADMIN_EMAIL, ADMIN_PASSWORD);
    await openFromBeheer(admin, 'Moderatie');
    await h1(admin, 'Moderatie van aanbod');
    const card = admin.getByRole('article', { name: 'Fietsreparatie met 20% korting' });
    await card.waitFor(WAIT);
    expect(await card.textContent()).toContain('Fietsenmaker De Zaan');
    await expectAccessible(admin, 'Moderatie');
    await card.getByRole('button', { name: 'Fietsreparatie met 20% korting goedkeuren' }).click();
    await admin.getByText('Er wacht niets op beoordeling.').waitFor(WAIT);

    const visitor = await harness.newPage();
    await visitor.goto('/');
    await visitor.getByRole('searchbox', { name: 'Zoeken' }).fill('fietsreparatie');
    await visitor.getByRole('button', { name: 'Zoeken' }).click();
    await visitor
      .getByRole('link', { name: /Fietsreparatie met 20% korting/ })
      .first()
      .waitFor(WAIT);
  });

  it('redeems the offer at its own till', async () => {
    const pass = await createPass(database.db, { category: 'regular' });
    await owner.goto('/kassa');
    await h1(owner, 'Kassa');
    await owner.getByLabel('Pasnummer').fill(pass.number);
    await owner.getByRole('button', { name: 'Pas zoeken' }).click();
    const offer = owner.locator('.sp-till-offers li', { hasText: 'Fietsreparatie met 20% korting' });
    await offer.waitFor(WAIT);
    await offer.getByRole('button', { name: 'Verzilveren' }).click();
    await owner.locator('.sp-confirmation').getByRole('heading', { name: 'Verzilverd' }).waitFor(WAIT);
  });

  it('sees its figures, with "minder dan 10" for the holders reached', async () => {
    await owner.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Cijfers' }).click();
    await owner.waitForURL('**/aanbieder/cijfers', WAIT);
    await h1(owner, 'Cijfers');
    const summary = owner.locator('.sp-figures');
    await summary.waitFor(WAIT);
    const text = (await summary.textContent()) ?? '';
    expect(text).toContain('Verzilveringen1');
    expect(text).toContain('Verschillende pashoudersminder dan 10');
    expect((await owner.locator('main').textContent()) ?? '').not.toMatch(/laag inkomen|kansentarief|minima/i);
    await expectAccessible(owner, 'Cijfers');
  });

  it('puts an event of its offer in the agenda', async () => {
    await owner.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn agenda' }).click();
    await h1(owner, 'Mijn agenda');
    await owner.getByText('Er staan nog geen activiteiten in de agenda.').waitFor(WAIT);
    await expectAccessible(owner, 'Mijn agenda');
    await owner.getByRole('link', { name: 'Nieuwe activiteit toevoegen' }).click();
    await h1(owner, 'Nieuwe activiteit');
    const offer = owner.getByLabel('Bij welk aanbod hoort de activiteit?');
    await offer
      .locator('option', { hasText: 'Fietsreparatie met 20% korting' })
      .waitFor({ ...WAIT, state: 'attached' });
    await offer.selectOption({ label: 'Fietsreparatie met 20% korting' });
    await owner.getByLabel('Titel').fill('Fietsspreekuur');
    await owner.getByLabel('Datum (de eerste keer)').fill('2030-01-08');
    await owner.getByLabel('Begintijd').fill('19:00');
    await owner.getByLabel('Eindtijd').fill('21:00');
    await owner.getByLabel('Hoe vaak?').selectOption({ label: 'Eens in de twee weken' });
    await owner.getByLabel('Dinsdag').check();
    await owner.getByRole('button', { name: 'Opslaan' }).click();
    await owner.getByText('De activiteit ‘Fietsspreekuur’ is opgeslagen.').waitFor(WAIT);
    const row = owner.getByRole('row', { name: /Fietsspreekuur/ });
    await row.waitFor(WAIT);
    expect(await row.textContent()).toContain('Eens in de twee weken');
    expect(await row.textContent()).toContain('Fietsreparatie met 20% korting');
  });
});
