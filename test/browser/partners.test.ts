/**
 * Partners in Chromium, along the "Done when": a buurthuis signs up at /partner-worden,
 * the pass organisation approves it at /beheer/partners, the buurthuis applies at /partner, the
 * pass organisation scores and grants less than asked; a holder then pays the lower price at the
 * till and the actiebudget pays the difference. Zero axe violations on every page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/http/app-types.ts';
import { todayInNetherlands } from '../../src/modules/offers/catalogue-date.ts';
import { createTestDatabase } from '../support/test-app.ts';
import { createApiToken, createPass, createTenant, createUser, loginStaff } from '../support/fixtures.ts';
import { WAIT, createAxeChecker, h1, logInAsStaff, BrowserHarness } from '../support/browser.ts';
import type { Database } from '../../src/db/database.ts';

const TODAY = todayInNetherlands();
const PASSWORD = 'een-lang-wachtwoord';
let app: App;
let database: Database;
let dropDatabase: () => Promise<void>;
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('partners-');

beforeAll(async () => {
  const created = await createTestDatabase();
  database = created.database;
  dropDatabase = created.drop;
  await createTenant(database.db);
  await createUser(database.db, { role: 'org_admin', email: 'beheer@test.demo', password: PASSWORD });
  ({ app } = await harness.start(database));
  const admin = await loginStaff(app, 'beheer@test.demo', PASSWORD);
  const post = async (url: string, payload: object) => {
    const response = await app.inject({ method: 'POST', url: `/api/v1${url}`, payload, headers: { cookie: admin } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string };
  };
  const pledge = await post('/sponsor-pledges', { sponsorName: 'Rabobank', amountCents: 50_000, expectedOn: TODAY });
  await post(`/sponsor-pledges/${pledge.id}/receipts`, {
    amountCents: 50_000,
    receivedOn: TODAY,
    bankReference: 'E2E-P-1',
  });
  await post('/support-rounds', {
    name: 'Start cursusseizoen',
    eligibleCosts: 'Begeleiding, materiaal en zaalhuur.',
    maxAmountCents: 50_000,
    maxPerParticipantCents: 1_500,
    priorityWijkCodes: ['WK047912'],
    opensOn: TODAY,
  });
});

afterAll(async () => {
  await harness.close();
  await dropDatabase?.();
  summary();
});

describe('a buurthuis gets support from the actiebudget', () => {
  it('signs up, is approved, applies, is granted less than asked, and holders pay less', async () => {
    const visitor = await harness.newPage();
    await visitor.goto('/');
    await visitor.getByRole('contentinfo').getByRole('link', { name: 'Partner worden' }).click();
    await h1(visitor, 'Partner worden');
    await expectAccessible(visitor, 'partner worden');
    await visitor.getByLabel('Naam van de organisatie').fill('Buurthuis De Kolk');
    await visitor.getByLabel('Wijk', { exact: true }).selectOption({ label: 'Poelenburg' });
    await visitor.getByLabel('E-mailadres van de organisatie').fill('info@dekolk.demo');
    await visitor.getByLabel('Uw naam').fill('Fatma Yilmaz');
    await visitor.getByLabel('Uw e-mailadres').fill('fatma@dekolk.demo');
    await visitor.getByLabel('Wachtwoord').fill(PASSWORD);
    await visitor.getByRole('button', { name: 'Aanmelden' }).click();
    await visitor.getByText('Bedankt! We hebben Buurthuis De Kolk aangemeld.').waitFor(WAIT);
    await expectAccessible(visitor, 'partner worden: aangemeld');
    // In English too.
    await visitor.goto('/partner-worden');
    await visitor.getByRole('button', { name: 'English' }).click();
    await h1(visitor, 'Become a partner');
    await expectAccessible(visitor, 'partner worden in English');

    const admin = await harness.newPage();
    await logInAsStaff(admin, 'beheer@test.demo', PASSWORD);
    await admin.goto('/beheer/partners');
    await h1(admin, 'Partners en steun');
    await expectAccessible(admin, 'beheer partners');
    await admin.getByRole('button', { name: 'Buurthuis De Kolk goedkeuren' }).click();
    await admin.getByText('Goedgekeurde partners: Buurthuis De Kolk.').waitFor(WAIT);

    const partner = await harness.newPage();
    await logInAsStaff(partner, 'fatma@dekolk.demo', PASSWORD);
    await partner.goto('/partner');
    await h1(partner, 'Mijn organisatie');
    await partner.getByRole('heading', { name: 'Start cursusseizoen' }).waitFor(WAIT);
    await expectAccessible(partner, 'partner: mijn organisatie');
    await partner.getByLabel('Naam van de activiteit').fill('Kinderkookclub De Kolk');
    await partner.getByLabel('Wat gaat u doen?').fill('Elke woensdag koken kinderen samen een gezonde maaltijd.');
    await partner.getByLabel('Eerste dag').fill(TODAY);
    await partner.getByLabel('Laatste dag').fill(TODAY);
    await partner.getByLabel('In welke wijk?').selectOption({ label: 'Poelenburg' });
    await partner.getByLabel('Voor wie?').fill('kinderen');
    await partner.getByLabel('Hoeveel mensen verwacht u?').fill('20');
    await partner.getByLabel('Totale kosten (euro)').fill('400');
    await partner.getByLabel('Prijs per deelnemer zonder steun (euro)').fill('15');
    await partner.getByLabel('Steun per deelnemer (euro)').fill('10');
    await partner.getByRole('button', { name: 'Aanvraag indienen' }).click();
    await partner.getByText('Uw aanvraag is ingediend.').waitFor(WAIT);
    await partner.getByRole('heading', { level: 3, name: 'Kinderkookclub De Kolk' }).waitFor(WAIT);

    await admin.reload();
    await h1(admin, 'Partners en steun');
    const review = admin.getByRole('form', { name: 'Besluit over Kinderkookclub De Kolk' });
    await review.waitFor(WAIT);
    await expectAccessible(admin, 'beheer partners: aanvraag');
    await review.getByLabel('Bereik').selectOption('4');
    await review.getByLabel('Reden van het besluit').fill('Past goed bij de ronde; wijk met voorrang.');
    await review.getByLabel('Toegekend bedrag in totaal (euro)').fill('120');
    await review.getByRole('button', { name: 'Toekennen' }).click();
    await admin.getByRole('heading', { level: 2, name: 'Besloten aanvragen' }).waitFor(WAIT);
    await admin.getByText('€ 120,00').first().waitFor(WAIT);

    // A holder pays the lower price at the till; the actiebudget pays the difference.
    const application = await database.db
      .selectFrom('support_applications')
      .select(['offer_id'])
      .executeTakeFirstOrThrow();
    const provider = await database.db.selectFrom('partners').select('provider_id').executeTakeFirstOrThrow();
    const token = await createApiToken(database.db, provider.provider_id!);
    const pass = await createPass(database.db);
    const redeemed = await app.inject({
      method: 'POST',
      url: '/api/v1/redemptions',
      headers: { authorization: `Bearer ${token}` },
      payload: { passIdentifier: pass.number, offerId: application.offer_id },
    });
    expect(redeemed.json()).toMatchObject({ priceCents: 500 });

    // The ledger shows the actiebudget paying the difference, with the activity and its wijk.
    await admin.goto('/beheer/actiebudget');
    await h1(admin, 'Actiebudget beheren');
    const row = admin.getByRole('row', { name: /Kinderkookclub De Kolk/ });
    await row.waitFor(WAIT);
    expect((await row.textContent())?.replace(/\s/g, ' ')).toMatch(/Poelenburg.*€ 10,00/);
    await expectAccessible(admin, 'beheer actiebudget');
    const visitorBudget = await harness.newPage();
    await visitorBudget.goto('/actiebudget');
    await visitorBudget.getByRole('heading', { level: 2, name: 'Activiteiten per wijk' }).waitFor(WAIT);
    await visitorBudget.getByText('Kinderkookclub De Kolk: € 10,00').waitFor(WAIT);
    await expectAccessible(visitorBudget, 'actiebudget: activiteiten per wijk');

    // A pact with the buurthuis: its evaluation today shows the figures the platform knows.
    const adminCookie = await loginStaff(app, 'beheer@test.demo', PASSWORD);
    const partnerRow = await database.db.selectFrom('partners').select('id').executeTakeFirstOrThrow();
    const yearLater = `${Number(TODAY.slice(0, 4)) + 1}${TODAY.slice(4, 8)}28`;
    const pact = await app.inject({
      method: 'POST',
      url: '/api/v1/pacts',
      headers: { cookie: adminCookie },
      payload: {
        partnerId: partnerRow.id,
        startsOn: `${TODAY.slice(0, 8)}01`,
        endsOn: yearLater,
        organisationCommitments: 'Steun uit het actiebudget en promotie in de nieuwsbrief.',
        partnerCommitments: 'Elk kwartaal drie activiteiten voor pashouders.',
        activitiesPerQuarter: 3,
        expectedReach: 100,
        supportCents: 250_000,
        evaluationMoments: [TODAY],
      },
    });
    expect(pact.statusCode, pact.body).toBe(201);
    await admin.goto('/beheer/partners');
    const evaluation = admin.getByRole('table', { name: 'Evaluatiemomenten van het pact met Buurthuis De Kolk' });
    await evaluation.waitFor(WAIT);
    const cells = await evaluation.getByRole('row').nth(1).getByRole('cell').allTextContents();
    expect(cells).toEqual(['1', 'minder dan 10', 'minder dan 10']);
    await expectAccessible(admin, 'beheer partners: pact');

    await partner.reload();
    await h1(partner, 'Mijn organisatie');
    const card = partner.getByRole('article', { name: 'Kinderkookclub De Kolk' });
    await card.getByText('minder dan 10').first().waitFor(WAIT);
    await expectAccessible(partner, 'partner: toegekend');
  });

  it('a volunteer activates an appreciation pass from a code the buurthuis handed out', async () => {
    const adminCookie = await loginStaff(app, 'beheer@test.demo', PASSWORD);
    const partnerRow = await database.db.selectFrom('partners').select('id').executeTakeFirstOrThrow();
    const quota = await app.inject({
      method: 'POST',
      url: '/api/v1/appreciation-quotas',
      headers: { cookie: adminCookie },
      payload: {
        partnerId: partnerRow.id,
        passes: 5,
        pricePerPassCents: 2_500,
        fundedBy: 'sponsor',
        funderName: 'Rabobank',
      },
    });
    expect(quota.statusCode, quota.body).toBe(201);

    const partner = await harness.newPage();
    await logInAsStaff(partner, 'fatma@dekolk.demo', PASSWORD);
    await partner.goto('/partner');
    await h1(partner, 'Mijn organisatie');
    const form = partner.getByRole('form', { name: 'Code maken (passen van Rabobank)' });
    await form.getByLabel('Voor wie? (niet verplicht)').fill('Henk');
    await form.getByRole('button', { name: 'Code maken' }).click();
    const made = form.getByText(/^Nieuwe code: VRIJ-/);
    await made.waitFor(WAIT);
    const code = /VRIJ-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec((await made.textContent()) ?? '')![0];
    await partner.getByText(/5 passen, 1 codes uitgedeeld, 0 gebruikt/).waitFor(WAIT);
    await expectAccessible(partner, 'partner: passen voor vrijwilligers');

    const volunteer = await harness.newPage();
    await volunteer.goto('/');
    await volunteer.getByRole('contentinfo').getByRole('link', { name: 'Vrijwilligerspas' }).click();
    await h1(volunteer, 'Vrijwilligerspas');
    await expectAccessible(volunteer, 'vrijwilligerspas');
    await volunteer.getByLabel('Uw code').fill(code);
    await volunteer.getByLabel('Uw naam').fill('Henk Visser');
    await volunteer.getByLabel('Uw e-mailadres').fill('henk@voorbeeld.demo');
    await volunteer.getByLabel('Wijk').selectOption({ label: 'Zaandam-Zuid' });
    await volunteer.getByRole('button', { name: 'Pas aanvragen' }).click();
    await volunteer.getByText(/Gelukt! Uw pasnummer is 0479/).waitFor(WAIT);
    await expectAccessible(volunteer, 'vrijwilligerspas: gelukt');

    await partner.reload();
    await partner.getByText(/5 passen, 1 codes uitgedeeld, 1 gebruikt/).waitFor(WAIT);
  });

  it('the top 30 page ranks real activities', async () => {
    const adminCookie = await loginStaff(app, 'beheer@test.demo', PASSWORD);
    const partnerCookie = await loginStaff(app, 'fatma@dekolk.demo', PASSWORD);
    const application = await database.db
      .selectFrom('support_applications')
      .select('offer_id')
      .executeTakeFirstOrThrow();
    const call = (method: 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
      app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });
    const onPass = await call('POST', '/top30/nominations', partnerCookie, {
      title: 'Kinderkookclub De Kolk',
      description: 'Elke woensdag koken kinderen samen.',
      wijkCode: 'WK047912',
      offerId: application.offer_id,
    });
    expect(onPass.statusCode, onPass.body).toBe(201);
    const notYet = await call('POST', '/top30/nominations', partnerCookie, {
      title: 'Taalcafé De Kolk',
      description: 'Nederlands oefenen met vrijwilligers.',
      wijkCode: 'WK047912',
    });
    await call('PUT', `/top30/nominations/${notYet.json().id}/score`, adminCookie, { score: 4 });
    await call('PUT', `/top30/nominations/${onPass.json().id}/score`, adminCookie, { score: 8 });
    expect((await call('POST', '/top30/recomputation', adminCookie)).statusCode).toBe(200);

    const page = await harness.newPage();
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Top 30 vrijwilligersactiviteiten' }).click();
    await h1(page, 'Top 30 van vrijwilligersactiviteiten');
    const items = page.getByRole('listitem').getByRole('heading', { level: 2 });
    await items.first().waitFor(WAIT);
    expect(await items.allTextContents()).toEqual(['Kinderkookclub De Kolk', 'Taalcafé De Kolk']);
    await page
      .getByText(/Bereik: minder dan 10 pashouders/)
      .first()
      .waitFor(WAIT);
    await expectAccessible(page, 'top 30');
  });
});
