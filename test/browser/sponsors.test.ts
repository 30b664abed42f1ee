/**
 * Sponsors in Chromium (issue 16, point 9), against the real server with the built web app: an
 * officer of the pass organisation adds a sponsor who agreed to publicity, confirms its bank
 * transfer, and the sponsor's name with a link to its website then shows on a public route page.
 * Then yearly pledges and an adopted initiative on the same beheer page, and the public
 * social-credit page with the mark on a provider's page.
 * Zero axe violations (WCAG 2.1 A + AA) on the beheer page and the route page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/http/app-types.ts';
import { createTestDatabase } from '../support/test-app.ts';
import { todayInNetherlands } from '../../src/modules/offers/catalogue-date.ts';
import { createOffer, createProvider, createTenant, createUser, loginStaff } from '../support/fixtures.ts';
import { WAIT, createAxeChecker, h1, logInAsStaff, settled, BrowserHarness } from '../support/browser.ts';

let app: App;
let sauna: { id: string };
let adminCookie: string;
let dropDatabase: () => Promise<void>;
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('sponsors-');

beforeAll(async () => {
  const { database, drop } = await createTestDatabase();
  dropDatabase = drop;
  await createTenant(database.db);
  await createUser(database.db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  ({ app } = await harness.start(database));
  expect(app).toBeDefined();
  // An approved buurthuis initiative a business can adopt, and a provider with a free offer.
  const admin = await loginStaff(app, 'beheer@test.demo', 'geheim-wachtwoord');
  adminCookie = admin;
  const signUp = await app.inject({
    method: 'POST',
    url: '/api/v1/partners',
    payload: {
      organisation: {
        name: 'Buurthuis De Vonk',
        kind: 'community_centre',
        wijkCode: 'WK047901',
        email: 'vonk@test.demo',
      },
      contact: { name: 'Kees', email: 'vonk@test.demo', password: 'geheim-wachtwoord' },
    },
  });
  const decided = await app.inject({
    method: 'POST',
    url: `/api/v1/partners/${signUp.json<{ id: string }>().id}/decision`,
    headers: { cookie: admin },
    payload: { approve: true },
  });
  expect(decided.statusCode, decided.body).toBe(200);
  const provider = await createProvider(database.db, { name: 'Sauna De Zaan' });
  await createOffer(database.db, provider, { title: 'Gratis proefbad', price_type: 'free', discount_percent: null });
  sauna = provider;
  // An explainer for businesses, as an editor publishes it (Beheer → Verhalen).
  await database.db
    .insertInto('stories')
    .values({
      tenant_id: 'zaanstad',
      slug: 'uitleg-voor-ondernemers',
      kind: 'explainer_business',
      title: 'De Zaanse Pas voor ondernemers',
      lead: 'Doe mee met de pas.',
      body_markdown:
        '## Een cadeau voor uw mensen\n\nGeef uw medewerkers een pas. [Bestel cadeaupassen](/cadeau/bestellen).',
      status: 'published',
      publish_at: new Date(Date.now() - 86_400_000),
      author_id: 'test',
      published_by: 'test',
    })
    .execute();
});

afterAll(async () => {
  await harness.close();
  await dropDatabase?.();
  summary();
});

describe('Sponsors', () => {
  it('an officer adds a sponsor with publicity, confirms the transfer, and the route page thanks it with a link', async () => {
    const page = await harness.newPage();
    await logInAsStaff(page, 'beheer@test.demo', 'geheim-wachtwoord');
    await page.goto('/beheer/sponsors');
    await h1(page, 'Sponsors');
    await settled(page);
    await expectAccessible(page, 'beheer sponsors empty');

    const form = page.getByRole('form', { name: 'Nieuwe sponsor of toezegging' });
    await form.getByLabel('Naam van de sponsor').fill('Zaanse Energie');
    await form.getByLabel('Website (begint met https://)').fill('https://zaanse-energie.example');
    await form.getByLabel('Bedrag in euro').fill('250,00');
    await form.getByLabel('Tekst voor de website').fill('Samen voor de buurt');
    await form.getByLabel('De sponsor wil met naam, logo en link op de website').check();
    await form.getByRole('button', { name: 'Toezegging opslaan' }).click();
    await page.getByRole('heading', { level: 3, name: 'Zaanse Energie' }).waitFor(WAIT);

    const receipt = page.getByRole('form', { name: 'Ontvangst boeken voor Zaanse Energie' });
    await receipt.getByLabel('Bedrag in euro').fill('250,00');
    await receipt.getByLabel('Kenmerk op het bankafschrift').fill('E2E-SPONSOR-1');
    await receipt.getByRole('button', { name: 'Ontvangst boeken' }).click();
    // Fully received: the receipt form goes, the totals say so.
    await receipt.waitFor({ state: 'detached', ...WAIT });
    const totals = (await page.locator('.sp-sponsors-admin__sponsor').textContent())?.replace(/[\u00a0\u202f]/g, ' ');
    expect(totals).toContain('Ontvangen: € 250,00.');
    await expectAccessible(page, 'beheer sponsors after receipt');

    await page.goto('/routes/verwen-route');
    const strip = page.getByRole('region', { name: 'Met steun van' });
    await strip.waitFor(WAIT);
    const link = strip.getByRole('link', { name: 'Zaanse Energie' });
    expect(await link.getAttribute('href')).toBe('https://zaanse-energie.example');
    expect(await strip.textContent()).toContain('Samen voor de buurt');
    await expectAccessible(page, 'route page with sponsors');
  });

  it('an officer records a yearly pledge adopting an initiative, renews this year once and stops it', async () => {
    const thisYear = Number(todayInNetherlands().slice(0, 4));
    const page = await harness.newPage();
    await logInAsStaff(page, 'beheer@test.demo', 'geheim-wachtwoord');
    await page.goto('/beheer/sponsors');
    await h1(page, 'Sponsors');
    const form = page.getByRole('form', { name: 'Nieuwe sponsor of toezegging' });
    await form.getByLabel('Naam van de sponsor').fill('Verkade Zaandam');
    await form.getByLabel('Bedrag in euro').fill('1000,00');
    await form.getByLabel('Verwacht op').fill(`${thisYear - 1}-11-01`);
    await form.getByLabel('Het bedrijf geeft elk jaar een bijdrage').check();
    await form
      .getByLabel('Het bedrijf adopteert een initiatief (niet verplicht)')
      .selectOption({ label: 'Buurthuis De Vonk' });
    await form.getByRole('button', { name: 'Toezegging opslaan' }).click();

    const renewals = page.getByRole('region', { name: 'Jaarlijkse bijdragen' });
    const confirm = renewals.getByRole('button', { name: `Bijdrage ${thisYear} van Verkade Zaandam bevestigen` });
    await confirm.waitFor(WAIT);
    await renewals
      .getByRole('button', { name: `Bijdrage ${thisYear + 1} van Verkade Zaandam bevestigen` })
      .waitFor(WAIT);
    const sponsor = page.getByRole('article', { name: 'Verkade Zaandam' });
    // Earmarked support is shown apart from support for the whole actiebudget.
    expect((await sponsor.textContent())?.replace(/[\u00a0\u202f]/g, ' ')).toContain(
      'Voor Buurthuis De Vonk: toegezegd € 1.000,00, ontvangen € 0,00.',
    );
    await settled(page);
    await expectAccessible(page, 'beheer sponsors yearly and adopted');

    await confirm.click();
    await confirm.waitFor({ state: 'detached', ...WAIT });
    await sponsor.getByText(`Elk jaar: ${thisYear - 1}, ${thisYear} (€`).waitFor(WAIT);
    await renewals.getByRole('button', { name: 'Verkade Zaandam stopt met de jaarlijkse bijdrage' }).click();
    await renewals.getByText('Er zijn geen jaarlijkse bijdragen om te bevestigen.').waitFor(WAIT);
    await sponsor.getByText('Jaarlijkse bijdrage gestopt.', { exact: false }).waitFor(WAIT);
  });

  it('the social-credit page explains the mark and lists who carries it; the provider page shows the mark', async () => {
    const page = await harness.newPage();
    await page.goto('/sociale-credits');
    await h1(page, 'Sociale credits');
    const link = page.getByRole('link', { name: 'Sauna De Zaan' });
    await link.waitFor(WAIT);
    expect(await page.locator('main').textContent()).toContain('Dat blijft geheim');
    await settled(page);
    await expectAccessible(page, 'social credits page');
    await link.click();
    await h1(page, 'Sauna De Zaan');
    expect(page.url()).toContain(`/aanbieders/${sauna.id}`);
    await page.getByRole('link', { name: 'Wat zijn sociale credits?' }).waitFor(WAIT);
    expect(await page.locator('.sp-social-credit').textContent()).toContain('Gratis of goedkoper aanbod met de pas.');
  });

  it("a co-owner lands on its own page: its members' sponsors, the campaign calendar and the game plan, read-only", async () => {
    const post = (url: string, payload: object, cookie?: string) =>
      app.inject({ method: 'POST', url: `/api/v1${url}`, payload, headers: cookie ? { cookie } : {} });
    const signUp = await post('/partners', {
      organisation: {
        name: 'Ondernemersvereniging Zaandam',
        kind: 'co_owner',
        wijkCode: 'WK047901',
        email: 'ovz@test.demo',
      },
      contact: { name: 'Marloes', email: 'ovz@test.demo', password: 'geheim-wachtwoord' },
    });
    const associationId = signUp.json<{ id: string }>().id;
    expect((await post(`/partners/${associationId}/decision`, { approve: true }, adminCookie)).statusCode).toBe(200);
    const member = await post(
      '/sponsor-pledges',
      {
        sponsorName: 'Slagerij Kramer',
        amountCents: 30_000,
        expectedOn: todayInNetherlands(),
        associationPartnerId: associationId,
      },
      adminCookie,
    );
    expect(member.statusCode, member.body).toBe(201);

    const page = await harness.newPage();
    await logInAsStaff(page, 'ovz@test.demo', 'geheim-wachtwoord');
    await h1(page, 'Mede-eigenaar van de pas');
    const sponsors = page.getByRole('region', { name: 'Sponsors van Ondernemersvereniging Zaandam' });
    await sponsors.getByText('Slagerij Kramer').waitFor(WAIT);
    await settled(page);
    // Only its own members: the sponsors of the first tests are not members.
    expect(await sponsors.textContent()).not.toContain('Zaanse Energie');
    await page.getByRole('region', { name: 'Campagnekalender' }).waitFor(WAIT);
    await page.getByRole('region', { name: 'Spelplan' }).waitFor(WAIT);
    await expectAccessible(page, 'co-owner page');
    // Deny by default: the pass organisation's sponsor screen is not for a co-owner.
    const pledges = await page.request.get('/api/v1/sponsor-pledges');
    expect(pledges.status()).toBe(403);
  });

  it('the explainer page shows explainers per audience; the one for businesses links to the gift-pass order', async () => {
    const page = await harness.newPage();
    await page.goto('/uitleg');
    await h1(page, 'Uitleg over de Zaanse Pas');
    const businesses = page.getByRole('region', { name: 'Voor ondernemers' });
    const link = businesses.getByRole('link', { name: 'De Zaanse Pas voor ondernemers' });
    await link.waitFor(WAIT);
    await page
      .getByRole('region', { name: 'Voor buurthuizen en initiatieven' })
      .getByText('Hier staat nog geen uitleg.')
      .waitFor(WAIT);
    await settled(page);
    await expectAccessible(page, 'explainers page');
    await link.click();
    await h1(page, 'De Zaanse Pas voor ondernemers');
    const gift = page.getByRole('link', { name: 'Bestel cadeaupassen' });
    await gift.waitFor(WAIT);
    expect(await gift.getAttribute('href')).toBe('/cadeau/bestellen');
  });
});
