/**
 * Issue 2, steps 1 to 5, as people do them: in Dutch, in Chromium, against the real server with
 * the built web app. Every page visited is checked with axe for WCAG 2.1 A and AA.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { formatPassNumber } from '../../src/modules/passes/pass-number.ts';
import { createTestDatabase } from '../support/test-app.ts';
import {
  createOffer,
  createPass,
  createProvider,
  createTenant,
  createUser,
  linkOfferToRoute,
} from '../support/fixtures.ts';
import { WAIT, createAxeChecker, h1, BrowserHarness } from '../support/browser.ts';

const RESIDENT_EMAIL = 'fatima@voorbeeld.demo';
const TILL_EMAIL = 'kassa@bakkerijvanderzaan.demo';
const TILL_PASSWORD = 'Kassa-test-wachtwoord';
const ADMIN_EMAIL = 'beheer@zaansepas.demo';
const ADMIN_PASSWORD = 'Beheer-test-wachtwoord';

let dropDatabase: () => Promise<void>;
let passNumber: string;
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker();

/** Money as the page shows it: "€ 7,50", with any kind of space after the euro sign. */
const money = (text: string) => new RegExp(text.replace('€ ', '€\\s').replace('.', '\\.'));

/** Visitors and residents use a phone; till staff and administrators a larger screen. */
const PHONE = { width: 390, height: 844 };

const newPage = (viewport?: { width: number; height: number }) => harness.newPage(viewport ? { viewport } : {});

const headingsIn = (scope: Locator, level: number) => scope.getByRole('heading', { level }).allTextContents();

beforeAll(async () => {
  const { database, drop } = await createTestDatabase();
  dropDatabase = drop;
  const db = database.db;

  // Explicit data: two providers, four published offers and a draft, one resident, two staff accounts.
  await createTenant(db);
  const bakery = await createProvider(db, { name: 'Bakkerij Van der Zaan', wijkCode: 'WK047901' });
  const pool = await createProvider(db, { name: 'Zwembad De Zaanstroom', wijkCode: 'WK047912' });
  const appeltaart = await createOffer(db, bakery, {
    title: 'Appeltaart met 25% korting',
    summary: 'Een hele appeltaart, vers uit de oven.',
    conditions: 'Bestel een dag van tevoren.',
    price_type: 'percentage_discount',
    regular_price_cents: 1500,
    discount_percent: 25,
    reduced_price_cents: 750,
    categories: ['eten-en-drinken'],
  });
  await linkOfferToRoute(db, appeltaart.id, 'verwen-route');
  await createOffer(db, bakery, {
    title: 'Kwarktaart voor vijf euro',
    price_type: 'fixed_price',
    regular_price_cents: 1200,
    discount_percent: null,
    fixed_price_cents: 500,
    categories: ['eten-en-drinken'],
  });
  await createOffer(db, bakery, { title: 'Geheime taart', status: 'draft', categories: ['eten-en-drinken'] });
  const banen = await createOffer(db, pool, {
    title: 'Banenzwemmen',
    price_type: 'percentage_discount',
    regular_price_cents: 600,
    discount_percent: 50,
    categories: ['sport'],
  });
  await linkOfferToRoute(db, banen.id, 'route-sport-en-bewegen');
  await createOffer(db, pool, {
    title: 'Zwemmen voor het hele gezin',
    price_type: 'free',
    regular_price_cents: 1200,
    discount_percent: null,
    categories: ['sport'],
  });

  const pass = await createPass(db, { category: 'low_income', email: RESIDENT_EMAIL });
  passNumber = formatPassNumber(pass.number);
  await createUser(db, { role: 'resident', email: RESIDENT_EMAIL, holderId: pass.holderId });
  await createUser(db, { role: 'till_staff', email: TILL_EMAIL, password: TILL_PASSWORD, providerId: bakery.id });
  await createUser(db, { role: 'org_admin', email: ADMIN_EMAIL, password: ADMIN_PASSWORD });

  await harness.start(database);
});

afterAll(async () => {
  await harness.close();
  await dropDatabase?.();
  summary();
});

describe('Zaanse Pas in the browser (issue 2, steps 1-5)', () => {
  let resident: Page;

  it('step 1: a visitor searches, filters and opens an offer', async () => {
    const page = await newPage(PHONE);
    await page.goto('/');
    await h1(page, 'Aanbod met de Zaanse Pas');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    const status = page.locator('.sp-results [role="status"]').first();
    await expect.poll(() => status.textContent(), WAIT).toBe('4 aanbiedingen gevonden');
    await expectAccessible(page, 'catalogue');

    const results = page.locator('.sp-offer-list');
    const search = async (words: string) => {
      await page.getByRole('searchbox', { name: 'Zoeken' }).fill(words);
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.waitForURL((url) => url.searchParams.get('q') === words, WAIT);
    };

    await search('zwemmen');
    // The previous results stay on screen until the new ones arrive: wait for exactly these.
    await expect
      .poll(async () => (await headingsIn(results, 2)).sort(), WAIT)
      .toEqual(['Banenzwemmen', 'Zwemmen voor het hele gezin']);

    await search('taart');
    await expect
      .poll(async () => (await headingsIn(results, 2)).sort(), WAIT)
      .toEqual(['Appeltaart met 25% korting', 'Kwarktaart voor vijf euro']);
    await expectAccessible(page, 'catalogue search results');

    await page.getByRole('searchbox', { name: 'Zoeken' }).fill('');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect.poll(() => status.textContent(), WAIT).toBe('4 aanbiedingen gevonden');

    // Each choice says how many offers it leaves (facet counts).
    await page.getByLabel('Route').selectOption({ label: 'Verwen Route (1)' });
    await expect.poll(() => headingsIn(results, 2), WAIT).toEqual(['Appeltaart met 25% korting']);
    await page.getByLabel('Route').selectOption({ label: 'Alle routes' });

    await page.getByLabel('Wijk').selectOption({ label: 'Poelenburg (2)' });
    await expect
      .poll(async () => (await headingsIn(results, 2)).sort(), WAIT)
      .toEqual(['Banenzwemmen', 'Zwemmen voor het hele gezin']);
    await page.getByLabel('Wijk').selectOption({ label: 'Alle wijken' });

    await page.getByLabel('Soort aanbod').selectOption({ label: 'Eten en drinken (2)' });
    await expect
      .poll(async () => (await headingsIn(results, 2)).sort(), WAIT)
      .toEqual(['Appeltaart met 25% korting', 'Kwarktaart voor vijf euro']);
    await page.getByLabel('Wijk').selectOption({ label: 'Poelenburg (0)' });
    await expect.poll(() => status.textContent(), WAIT).toBe('0 aanbiedingen gevonden');
    await page.getByText('We vonden niets').waitFor(WAIT);
    await expectAccessible(page, 'catalogue with filters');

    await page.getByLabel('Wijk').selectOption({ label: 'Alle wijken' });
    await page.getByRole('link', { name: 'Appeltaart met 25% korting' }).click();
    await h1(page, 'Appeltaart met 25% korting');
    const main = page.locator('main');
    await main.getByText('Bakkerij Van der Zaan').first().waitFor(WAIT);
    const text = (await main.textContent()) ?? '';
    expect(text).toContain('Gedempte Gracht 1');
    expect(text).toContain('Zaandam-Zuid');
    expect(text).toContain('Verwen Route');
    expect(text).toContain('Bestel een dag van tevoren.');
    expect(text).toMatch(/Normale prijs\s*€\s15,00/);
    expect(text).toMatch(money('€ 11,25'));
    // The kansentarief is never public.
    expect(text).not.toMatch(/7,50/);
    await expectAccessible(page, 'offer detail');

    // English second: the switch changes the text and the lang attribute.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Provider' }).waitFor(WAIT);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expectAccessible(page, 'offer detail in English');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 2, name: 'Aanbieder' }).waitFor(WAIT);
  });

  it('step 2: a resident logs in with the e-mail link and sees Mijn pas', async () => {
    resident = await newPage(PHONE);
    await resident.goto('/inloggen');
    await h1(resident, 'Inloggen met e-mail');
    await expectAccessible(resident, 'resident login');
    await resident.getByLabel('E-mailadres').fill(RESIDENT_EMAIL);
    await resident.getByRole('button', { name: 'Stuur mij een link' }).click();
    await resident.getByRole('heading', { name: 'Kijk in uw e-mail' }).waitFor(WAIT);
    await expectAccessible(resident, 'resident login, link sent');

    await resident.getByRole('main').getByRole('link', { name: 'Postvak (alleen voor ontwikkeling)' }).click();
    await h1(resident, 'Postvak');
    await resident
      .getByText('Alleen voor ontwikkeling: hier komen e-mails die niet echt verstuurd zijn.')
      .waitFor(WAIT);
    const mail = resident.locator('.sp-mail', { hasText: `Aan: ${RESIDENT_EMAIL}` }).first();
    await mail.waitFor(WAIT);
    await expectAccessible(resident, 'development outbox');

    await mail.getByRole('link', { name: /\/inloggen\/link\?token=/ }).click();
    await resident.waitForURL('**/mijn-pas', WAIT);
    await h1(resident, 'Mijn pas');
    await resident.getByText(passNumber, { exact: true }).waitFor(WAIT);
    const qr = resident.getByRole('img', { name: /QR-code van uw pas/ });
    await qr.waitFor(WAIT);
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    await expect
      .poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), WAIT)
      .toBe(true);
    expect(await resident.locator('main').textContent()).toContain('tot en met 31 december 2099');
    await resident.getByText('U heeft uw pas nog niet gebruikt.').waitFor(WAIT);
    await expectAccessible(resident, 'Mijn pas');
  });

  it('step 3: till staff see only their own offers with prices, redeem, and cancel a mistake', async () => {
    const till = await newPage();
    await till.goto('/medewerkers/inloggen');
    await h1(till, 'Inloggen voor medewerkers');
    await expectAccessible(till, 'staff login');
    await till.getByLabel('E-mailadres').fill(TILL_EMAIL);
    await till.getByLabel('Wachtwoord').fill(TILL_PASSWORD);
    await till.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await till.waitForURL('**/kassa', WAIT);
    await h1(till, 'Kassa');
    await expectAccessible(till, 'till');

    // Typed from the card, with spaces.
    await till.getByLabel('Pasnummer').fill(passNumber);
    await till.getByRole('button', { name: 'Pas zoeken' }).click();
    await till.getByRole('heading', { level: 2, name: `Pas ${passNumber}` }).waitFor(WAIT);
    const offers = till.locator('.sp-till-offers');
    expect((await headingsIn(offers, 3)).sort()).toEqual(['Appeltaart met 25% korting', 'Kwarktaart voor vijf euro']);
    const appeltaart = offers.locator('li', { hasText: 'Appeltaart met 25% korting' });
    const kwarktaart = offers.locator('li', { hasText: 'Kwarktaart voor vijf euro' });
    // Low-income holder: the till gets the price to charge (kansentarief), never the reason.
    expect(await appeltaart.textContent()).toMatch(money('Te betalen: € 7,50'));
    expect(await kwarktaart.textContent()).toMatch(money('Te betalen: € 5,00'));
    const tillText = (await till.locator('main').textContent()) ?? '';
    expect(tillText).not.toMatch(/laag inkomen|kansentarief|low.income/i);
    await expectAccessible(till, 'till with pass offers');

    const idempotencyKeys: string[] = [];
    const languages = new Set<string>();
    till.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/v1/'))
        languages.add(request.headers()['accept-language'] ?? '');
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/redemptions') {
        idempotencyKeys.push(request.headers()['idempotency-key'] ?? '');
      }
    });

    await appeltaart.getByRole('button', { name: 'Verzilveren' }).click();
    const confirmation = till.locator('.sp-confirmation');
    await confirmation.getByRole('heading', { name: 'Verzilverd' }).waitFor(WAIT);
    expect(await confirmation.textContent()).toMatch(money('Te betalen: € 7,50'));
    expect(idempotencyKeys).toHaveLength(1);
    expect(idempotencyKeys[0]).toMatch(/^[0-9a-f-]{36}$/);
    await expectAccessible(till, 'till confirmation');

    await confirmation.getByRole('button', { name: 'Ongedaan maken' }).click();
    await confirmation.getByRole('heading', { name: 'Ongedaan gemaakt' }).waitFor(WAIT);
    await expectAccessible(till, 'till after cancel');

    // The pass shown as a QR code works too: the till pastes the code "Mijn pas" shows.
    const token = await resident
      .getByRole('img', { name: 'QR-code van uw pas. Laat deze zien bij de kassa.' })
      .getAttribute('data-qr-token');
    expect(token).toMatch(/^SP2\./);
    await till.getByLabel('Pasnummer').fill(token!);
    await till.getByRole('button', { name: 'Pas zoeken' }).click();
    await till.getByRole('heading', { level: 2, name: `Pas ${passNumber}` }).waitFor(WAIT);
    await expect.poll(() => till.locator('.sp-confirmation').count(), WAIT).toBe(0);
    await kwarktaart.getByRole('button', { name: 'Verzilveren' }).click();
    await confirmation.getByRole('heading', { name: 'Verzilverd' }).waitFor(WAIT);
    expect(await confirmation.textContent()).toMatch(money('Te betalen: € 5,00'));
    expect(new Set(idempotencyKeys).size).toBe(2);
    // Every call says which language the person reads, so the server can answer problems in it.
    expect([...languages]).toEqual(['nl']);

    // A pass number with a right check digit that no pass has: our own Dutch words, not the server's title.
    await till.getByLabel('Pasnummer').fill('0479 9999 9999 4');
    await till.getByRole('button', { name: 'Pas zoeken' }).click();
    const alert = till.getByRole('alert');
    await alert.getByText('Deze pas kennen we niet.').waitFor(WAIT);
    expect(await alert.textContent()).not.toContain('Pass not found');
    await till.getByLabel('Pasnummer').fill(passNumber);
    await till.getByRole('button', { name: 'Pas zoeken' }).click();
    await till.getByRole('heading', { level: 2, name: `Pas ${passNumber}` }).waitFor(WAIT);

    // Step 4, provider side: the provider's list shows the redemption and the cancelled one.
    const recent = till.locator('section', { has: till.getByRole('heading', { name: 'Laatste verzilveringen' }) });
    const kwarkRow = recent.getByRole('row', { name: /Kwarktaart voor vijf euro/ });
    await kwarkRow.waitFor(WAIT);
    expect(await kwarkRow.textContent()).toContain('Verzilverd');
    expect(await kwarkRow.textContent()).toContain(passNumber);
    const appelRow = recent.getByRole('row', { name: /Appeltaart met 25% korting/ });
    await expect.poll(() => appelRow.textContent(), WAIT).toContain('Ongedaan gemaakt');
    await expectAccessible(till, 'till with recent redemptions');
  });

  it('step 4: the resident history shows the redemption', async () => {
    await resident.reload();
    await h1(resident, 'Mijn pas');
    const history = resident.locator('section', {
      has: resident.getByRole('heading', { name: 'Wat u heeft gebruikt' }),
    });
    const row = history.getByRole('row', { name: /Kwarktaart voor vijf euro/ });
    await row.waitFor(WAIT);
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Bakkerij Van der Zaan');
    expect(text).toMatch(money('€ 5,00'));
    expect(text).toContain('Verzilverd');
    expect(await history.getByRole('row', { name: /Appeltaart met 25% korting/ }).textContent()).toContain(
      'Ongedaan gemaakt',
    );
    await expectAccessible(resident, 'Mijn pas with history');

    // A wider taste, only after opting in: sport is suggested because only food was used.
    const taste = resident.locator('section', { has: resident.getByRole('heading', { name: 'Iets nieuws proberen' }) });
    expect(await taste.getByRole('link', { name: 'Banenzwemmen' }).count()).toBe(0);
    await taste.getByLabel('Ja, geef mij tips').check();
    await taste.getByRole('heading', { name: 'Sport' }).waitFor(WAIT);
    await taste.getByRole('link', { name: 'Banenzwemmen' }).waitFor(WAIT);
    expect(await taste.getByRole('heading', { name: /Eten/ }).count()).toBe(0);
    await expectAccessible(resident, 'Mijn pas with taste suggestions');

    // The newsletter as a holder: by e-mail, for one wijk, and stopped again.
    const newsletter = resident.locator('section', { has: resident.getByRole('heading', { name: 'Nieuwsbrief' }) });
    await newsletter.getByLabel('Per e-mail').check();
    await newsletter.getByLabel('Poelenburg').check();
    await newsletter.getByRole('button', { name: 'Ja, stuur mij de nieuwsbrief' }).click();
    await newsletter.getByText('U krijgt de nieuwsbrief per e-mail.').waitFor(WAIT);
    expect(await newsletter.getByLabel('Poelenburg').isChecked()).toBe(true);
    await newsletter.getByRole('button', { name: 'Stop de nieuwsbrief' }).click();
    await newsletter.getByRole('button', { name: 'Ja, stuur mij de nieuwsbrief' }).waitFor(WAIT);
  });

  it('step 5: the pass organisation sees holders, providers, offers and redemptions', async () => {
    const admin = await newPage();
    await admin.goto('/medewerkers/inloggen');
    await admin.getByLabel('E-mailadres').fill(ADMIN_EMAIL);
    await admin.getByLabel('Wachtwoord').fill(ADMIN_PASSWORD);
    await admin.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await admin.waitForURL('**/beheer', WAIT);
    await h1(admin, 'Beheer');
    const nav = admin.getByRole('navigation', { name: 'Onderdelen van beheer' });

    const table = admin.locator('main table');
    await table.getByRole('row', { name: new RegExp(passNumber) }).waitFor(WAIT);
    await expectAccessible(admin, 'admin: holders');

    await nav.getByRole('link', { name: 'Aanbieders' }).click();
    await table.getByRole('row', { name: /Zwembad De Zaanstroom/ }).waitFor(WAIT);
    expect(await table.textContent()).toContain('Bakkerij Van der Zaan');
    await expectAccessible(admin, 'admin: providers');

    await nav.getByRole('link', { name: 'Aanbod', exact: true }).click();
    await table.getByRole('row', { name: /Geheime taart/ }).waitFor(WAIT);
    expect(await table.getByRole('row', { name: /Geheime taart/ }).textContent()).toContain('Concept');
    await expectAccessible(admin, 'admin: offers');

    await nav.getByRole('link', { name: 'Verzilveringen' }).click();
    await table.getByRole('row', { name: /Kwarktaart voor vijf euro/ }).waitFor(WAIT);
    await expectAccessible(admin, 'admin: redemptions');

    // A part of Beheer that does not exist is "not found", never another list.
    await admin.goto('/beheer/bestaat-niet');
    await h1(admin, 'Deze pagina bestaat niet');
    expect(await admin.locator('main table').count()).toBe(0);
    await expectAccessible(admin, 'admin: unknown section');
  });
});
