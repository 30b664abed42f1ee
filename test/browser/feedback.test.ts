/**
 * Feedback in Chromium against the real server: the pass organisation builds a survey, a resident
 * answers it anonymously through its QR link, the results show per wijk with the rule of 10; a
 * holder rates an offer they used; a panel survey goes out to a sample. Zero axe violations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/http/app-types.ts';
import { hashSecret, newSecret } from '../../src/shared/tokens.ts';
import { createTestDatabase } from '../support/test-app.ts';
import { createOffer, createPass, createProvider, createTenant, createUser, TENANT } from '../support/fixtures.ts';
import { BrowserHarness, createAxeChecker, h1, logInAsStaff, WAIT } from '../support/browser.ts';

let app: App;
let baseURL = '';
let session = '';
let dropDatabase: () => Promise<void>;
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('feedback-');

beforeAll(async () => {
  const { database, drop } = await createTestDatabase();
  dropDatabase = drop;
  const db = database.db;
  await createTenant(db);
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  const provider = await createProvider(db, { name: 'Zwembad De Crommenije' });
  const offer = await createOffer(db, provider, { title: 'Zwemmen met korting' });
  const pass = await createPass(db, { email: 'lotte@voorbeeld.test' });
  const user = await createUser(db, { role: 'resident', email: 'lotte@voorbeeld.test', holderId: pass.holderId });
  await db
    .insertInto('redemptions')
    .values({
      tenant_id: TENANT,
      offer_id: offer.id,
      pass_id: pass.id,
      provider_id: provider.id,
      price_cents: 500,
      channel: 'seed',
    })
    .execute();
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
  // Twelve panel members with an e-mail address.
  for (let i = 0; i < 12; i++) {
    const member = await createPass(db, { email: `panel${i}@voorbeeld.test` });
    await db
      .insertInto('panel_members')
      .values({ tenant_id: TENANT, holder_id: member.holderId, consent_version: 1 })
      .execute();
  }
  ({ app, baseURL } = await harness.start(database));
});

afterAll(async () => {
  await harness.close();
  await dropDatabase?.();
  summary();
});

describe('feedback', () => {
  it('builds a survey, takes an anonymous answer by its QR link, and shows results per wijk with the rule of 10', async () => {
    const staff = await harness.newPage();
    await logInAsStaff(staff, 'beheer@test.demo', 'geheim-wachtwoord');
    await staff.goto('/beheer/vragenlijsten');
    await h1(staff, 'Vragenlijsten');
    await staff.getByLabel('Titel').fill('Behoeftescan Poelenburg');
    await staff.getByRole('button', { name: 'Vragenlijst maken' }).click();
    await h1(staff, 'Behoeftescan Poelenburg');
    await staff.getByLabel('Soort vraag').selectOption('wijk');
    await staff.getByLabel('Vraag', { exact: true }).fill('In welke wijk woont u?');
    await staff.getByRole('button', { name: 'Vraag toevoegen' }).click();
    await staff.getByText('In welke wijk woont u?').waitFor(WAIT);
    await staff.getByLabel('Soort vraag').selectOption('single');
    await staff.getByLabel('Vraag', { exact: true }).fill('Sport u?');
    await staff.getByLabel('Keuzes').fill('Ja\nNee');
    await staff.getByLabel('Verplicht').check();
    await staff.getByRole('button', { name: 'Vraag toevoegen' }).click();
    await staff.getByText('Sport u?').waitFor(WAIT);
    await expectAccessible(staff, 'vragenlijst bouwen');
    await staff.getByRole('button', { name: 'Openen' }).click();
    await staff.getByRole('heading', { level: 2, name: 'Verspreiden per wijk' }).waitFor(WAIT);
    const surveyId = staff.url().split('/').pop()!;

    // Twelve neighbours answered before (through the API), then a resident by the poster's QR link.
    const survey = (await app.inject({ url: `/api/v1/surveys/${surveyId}` })).json() as {
      questions: { id: string; kind: string }[];
    };
    const [wijkQ, sportQ] = [survey.questions[0]!.id, survey.questions[1]!.id];
    for (let i = 0; i < 12; i++)
      expect(
        (
          await app.inject({
            method: 'POST',
            url: `/api/v1/surveys/${surveyId}/responses`,
            payload: { answers: { [wijkQ]: 'WK047912', [sportQ]: 'Ja' }, guard: `neighbour-${i}-0123456789` },
          })
        ).statusCode,
      ).toBe(204);
    const resident = await harness.newPage();
    await resident.goto(`/vragenlijst/${surveyId}?wijk=WK047901&via=qr`);
    await h1(resident, 'Behoeftescan Poelenburg');
    expect(await resident.getByLabel(/In welke wijk woont u/).inputValue()).toBe('WK047901');
    await resident.getByLabel('Nee').check();
    // Willing to be interviewed: the contact is kept apart from the answers.
    await resident.getByLabel('Ja, u mag mij bellen of mailen voor een gesprek').check();
    await resident.getByLabel('Uw naam').fill('Fatima');
    await resident.getByLabel('Uw e-mailadres of telefoonnummer').fill('fatima@voorbeeld.test');
    await expectAccessible(resident, 'vragenlijst invullen');
    await resident.getByRole('button', { name: 'Antwoorden versturen' }).click();
    await resident.getByText('Dank u wel! Uw antwoorden zijn opgeslagen.').waitFor(WAIT);
    await expectAccessible(resident, 'vragenlijst verstuurd');

    await staff.reload();
    const respondents = staff.getByRole('table', { name: 'Aantal mensen dat antwoordde' });
    await respondents.waitFor(WAIT);
    await expect
      .poll(() => respondents.getByRole('row', { name: /Zaandam-Zuid/ }).textContent(), WAIT)
      .toContain('minder dan 10');
    // 12 in Poelenburg and 13 in all would reveal the 1 in Zaandam-Zuid: never both are shown.
    const table = (await respondents.textContent()) ?? '';
    expect(table.includes('12') && table.includes('13')).toBe(false);
    // What is hidden to protect the 1 reads "verborgen", not "minder dan 10", with a short explanation.
    const protector = table.includes('13') ? /Poelenburg/ : /Totaal/;
    expect(await respondents.getByRole('row', { name: protector }).textContent()).toContain('verborgen');
    await staff.getByText(/"Verborgen" betekent/).waitFor(WAIT);
    await staff.getByRole('heading', { level: 2, name: 'Aangemeld voor een gesprek' }).waitFor(WAIT);
    await staff.getByText(/Fatima · fatima@voorbeeld\.test/).waitFor(WAIT);
    await expectAccessible(staff, 'resultaten per wijk');
  }, 180_000);

  it('puts a need of the groslijst on the recruitment board, once', async () => {
    const page = await harness.newPage();
    await logInAsStaff(page, 'beheer@test.demo', 'geheim-wachtwoord');
    await page.goto('/beheer/behoeften');
    await h1(page, 'Behoeften');
    await page.getByLabel('Behoefte', { exact: true }).fill('Zwemles voor volwassenen');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Zwemles voor volwassenen' }).waitFor(WAIT);
    await page.getByRole('button', { name: 'Op het wervingsbord zetten: Zwemles voor volwassenen' }).click();
    await page.getByText('Deze behoefte staat op het wervingsbord.').waitFor(WAIT);
    // The button is gone: a second lead cannot be made from the page (the API gives back the first one).
    expect(await page.getByRole('button', { name: /Op het wervingsbord zetten/ }).count()).toBe(0);
    await expectAccessible(page, 'behoefte op het wervingsbord');
    await page.getByRole('link', { name: 'Naar het wervingsbord' }).click();
    await h1(page, 'Werving van aanbieders');
    const lead = page.getByRole('article', { name: 'Aanbod voor: Zwemles voor volwassenen' });
    await lead.waitFor(WAIT);
    expect(await lead.textContent()).toContain('Behoefte: Zwemles voor volwassenen');
  }, 120_000);

  it('lets a holder rate an offer they used', async () => {
    const page = await harness.newPage();
    await page.context().addCookies([{ name: 'stadspas_session', value: session, url: baseURL }]);
    await page.goto('/beoordelen');
    await h1(page, 'Beoordelen');
    await page.getByRole('heading', { level: 2, name: 'Zwemmen met korting' }).waitFor(WAIT);
    await page.getByLabel('4 van 5 sterren').check();
    await page.getByLabel(/Wat wilt u erover zeggen/).fill('Schoon en vriendelijk.');
    await expectAccessible(page, 'beoordelen');
    await page.getByRole('button', { name: 'Beoordeling versturen' }).click();
    await page.getByText('U gaf 4 van 5 sterren.').waitFor(WAIT);
    await expectAccessible(page, 'beoordeeld');
  });

  it('sends a panel survey to a sample of the panel', async () => {
    const staff = await harness.newPage();
    await logInAsStaff(staff, 'beheer@test.demo', 'geheim-wachtwoord');
    await staff.goto('/beheer/vragenlijsten');
    await h1(staff, 'Vragenlijsten');
    await staff.getByLabel('Titel').fill('Panel: gebruiksgemak');
    await staff.getByLabel('Voor wie').selectOption('panel');
    await staff.getByRole('button', { name: 'Vragenlijst maken' }).click();
    await h1(staff, 'Panel: gebruiksgemak');
    await staff.getByLabel('Soort vraag').selectOption('scale');
    await staff.getByLabel('Vraag', { exact: true }).fill('Hoe makkelijk is de pas?');
    await staff.getByRole('button', { name: 'Vraag toevoegen' }).click();
    await staff.getByText('Hoe makkelijk is de pas?').waitFor(WAIT);
    await staff.getByRole('button', { name: 'Openen' }).click();
    await staff.getByLabel('Grootte van de steekproef').fill('10');
    await staff.getByRole('button', { name: 'Steekproef trekken en uitnodigen' }).click();
    await staff.getByText('10 panelleden uitgenodigd per e-mail.').waitFor(WAIT);
    await expectAccessible(staff, 'panel uitnodigen');
    const outbox = (await app.inject({ url: '/api/v1/outbox-messages' })).json() as { items: { body: string }[] };
    expect(outbox.items.filter((m) => m.body.includes('uitnodiging=')).length).toBe(10);
  });
});
