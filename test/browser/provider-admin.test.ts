/**
 * The provider's own pages, in Dutch, in Chromium, against the real server with the built web
 * app: "Mijn organisatie" (profile, locations, redemptions with paging) and "Koppelingen met
 * kassasystemen" (make an API key, see its secret once, use it, revoke it). Every page visited is
 * checked with axe for WCAG 2.1 A and AA.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { App } from '../../src/http/app-types.ts';
import { createTestDatabase } from '../support/test-app.ts';
import {
  createApiToken,
  createOffer,
  createPass,
  createProvider,
  createTenant,
  createUser,
} from '../support/fixtures.ts';
import { WAIT, createAxeChecker, h1, logInAsStaff, BrowserHarness } from '../support/browser.ts';

const OWNER_EMAIL = 'eigenaar@bakkerijvanderzaan.demo';
const OWNER_PASSWORD = 'Aanbieder-test-wachtwoord';
const TILL_EMAIL = 'kassa@bakkerijvanderzaan.demo';
const TILL_PASSWORD = 'Kassa-test-wachtwoord';
const WARNING = 'Kopieer deze sleutel nu. U ziet hem maar één keer.';
const KEY_NAME = 'Kassa bij de ingang';
/** More than one page of ten, so the list has to page. */
const BAKERY_REDEMPTIONS = 12;

let app: App;
let dropDatabase: () => Promise<void>;
let baseURL: string;
let bakeryId: string;
let fixtureToken: string;
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('provider-');

const newPage = () => harness.newPage();

/** Who the server thinks is calling, with `secret` as a till system's Bearer token. */
async function currentSessionWith(secret: string) {
  const response = await fetch(`${baseURL}/api/v1/sessions/current`, {
    headers: { Authorization: `Bearer ${secret}` },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  const { database, drop } = await createTestDatabase();
  dropDatabase = drop;
  const db = database.db;

  await createTenant(db);
  const bakery = await createProvider(db, { name: 'Bakkerij Van der Zaan', wijkCode: 'WK047901' });
  bakeryId = bakery.id;
  await db
    .updateTable('providers')
    .set({
      description: 'Brood en taart uit de Zaanstreek.',
      website: 'https://bakkerij.example',
      email: 'info@bakkerij.example',
      phone: '075 123 45 67',
    })
    .where('id', '=', bakery.id)
    .execute();
  const pool = await createProvider(db, { name: 'Zwembad De Zaanstroom', wijkCode: 'WK047912' });
  const appeltaart = await createOffer(db, bakery, {
    title: 'Appeltaart met 25% korting',
    categories: ['eten-en-drinken'],
  });
  const banen = await createOffer(db, pool, { title: 'Banenzwemmen', categories: ['sport'] });
  const pass = await createPass(db, { category: 'low_income' });

  await createUser(db, { role: 'provider_admin', email: OWNER_EMAIL, password: OWNER_PASSWORD, providerId: bakery.id });
  await createUser(db, { role: 'till_staff', email: TILL_EMAIL, password: TILL_PASSWORD, providerId: bakery.id });

  ({ app, baseURL } = await harness.start(database));

  // Redemptions through the API, as till systems make them: twelve at the bakery, one at the pool.
  fixtureToken = await createApiToken(db, bakery.id);
  const poolToken = await createApiToken(db, pool.id);
  const redeem = async (token: string, offerId: string) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/redemptions',
      headers: { authorization: `Bearer ${token}` },
      payload: { passIdentifier: pass.number, offerId },
    });
    expect(response.statusCode, response.body).toBe(201);
  };
  for (let i = 0; i < BAKERY_REDEMPTIONS; i++) await redeem(fixtureToken, appeltaart.id);
  await redeem(poolToken, banen.id);
});

afterAll(async () => {
  await harness.close();
  await dropDatabase?.();
  summary();
});

describe('the provider admin in the browser', () => {
  let owner: Page;

  it('sees Mijn organisatie: profile, locations with wijk, and own redemptions page by page', async () => {
    owner = await newPage();
    await logInAsStaff(owner, OWNER_EMAIL, OWNER_PASSWORD);
    await owner.waitForURL('**/kassa', WAIT);
    const nav = owner.getByRole('navigation', { name: 'Hoofdmenu' });
    await nav.getByRole('link', { name: 'Mijn organisatie' }).click();
    await owner.waitForURL('**/aanbieder', WAIT);
    await h1(owner, 'Mijn organisatie');
    expect(await nav.getByRole('link', { name: 'Mijn organisatie' }).getAttribute('aria-current')).toBe('page');

    const details = owner.locator('section', { has: owner.getByRole('heading', { level: 2, name: 'Gegevens' }) });
    await details.getByText('Brood en taart uit de Zaanstreek.').waitFor(WAIT);
    const detailsText = (await details.textContent()) ?? '';
    expect(detailsText).toContain('Bakkerij Van der Zaan');
    expect(detailsText).toContain('bedrijf');
    expect(await details.getByRole('link', { name: 'info@bakkerij.example' }).getAttribute('href')).toBe(
      'mailto:info@bakkerij.example',
    );
    expect(
      await details
        .getByRole('link', { name: /bakkerij\.example/ })
        .first()
        .getAttribute('href'),
    ).toBe('https://bakkerij.example');

    const locations = owner.locator('section', { has: owner.getByRole('heading', { level: 2, name: 'Locaties' }) });
    const locationText = (await locations.textContent()) ?? '';
    expect(locationText).toContain('Gedempte Gracht 1');
    expect(locationText).toContain('1506 CA Zaandam');
    expect(locationText).toContain('Wijk: Zaandam-Zuid');

    const redemptions = owner.locator('section', {
      has: owner.getByRole('heading', { level: 2, name: 'Verzilveringen' }),
    });
    const rows = redemptions.locator('tbody tr');
    await expect.poll(() => rows.count(), WAIT).toBe(10);
    expect(await rows.filter({ hasText: 'Appeltaart met 25% korting' }).count()).toBe(10);
    await redemptions.getByText('Pagina 1 van 2').waitFor(WAIT);
    // Only the bakery's own redemptions, and nothing about the holder's income.
    const mainText = (await owner.locator('main').textContent()) ?? '';
    expect(mainText).not.toContain('Banenzwemmen');
    expect(mainText).not.toMatch(/laag inkomen|kansentarief|low.income/i);
    await expectAccessible(owner, 'Mijn organisatie');

    await redemptions.getByRole('button', { name: 'Volgende' }).click();
    await redemptions.getByText('Pagina 2 van 2').waitFor(WAIT);
    await expect.poll(() => rows.count(), WAIT).toBe(BAKERY_REDEMPTIONS - 10);
    await expectAccessible(owner, 'Mijn organisatie, page 2 of redemptions');
  });

  it('makes a key for a till system, sees the secret once, and the key works', async () => {
    const nav = owner.getByRole('navigation', { name: 'Hoofdmenu' });
    await nav.getByRole('link', { name: 'Koppelingen' }).click();
    await owner.waitForURL('**/aanbieder/koppelingen', WAIT);
    await h1(owner, 'Koppelingen met kassasystemen');
    expect(await nav.getByRole('link', { name: 'Koppelingen' }).getAttribute('aria-current')).toBe('page');
    expect(await nav.getByRole('link', { name: 'Mijn organisatie' }).getAttribute('aria-current')).toBeNull();
    const list = owner.locator('section', { has: owner.getByRole('heading', { level: 2, name: 'Uw sleutels' }) });
    await list
      .getByRole('row', { name: /Kassa test/ })
      .first()
      .waitFor(WAIT);
    await expectAccessible(owner, 'Koppelingen');

    // No name: a clear message at the field, nothing is made.
    let posts = 0;
    owner.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/api-tokens')) posts++;
    });
    await owner.getByRole('button', { name: 'Sleutel maken' }).click();
    await owner.getByText('Vul een naam in.').waitFor(WAIT);
    const nameField = owner.getByLabel('Naam van de koppeling');
    expect(await nameField.getAttribute('aria-invalid')).toBe('true');
    expect(await nameField.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(posts).toBe(0);
    await expectAccessible(owner, 'Koppelingen, name missing');

    await nameField.fill(KEY_NAME);
    await owner.getByRole('button', { name: 'Sleutel maken' }).click();
    const panel = owner.getByRole('region', { name: `Nieuwe sleutel voor ${KEY_NAME}` });
    await panel.waitFor(WAIT);
    expect(posts).toBe(1);
    expect(await panel.textContent()).toContain(WARNING);
    // Focus moves to the new key; the live region says what happened.
    expect(await panel.getByRole('heading', { level: 2 }).evaluate((el) => el === document.activeElement)).toBe(true);
    const live = owner.locator('main [role="status"][aria-live="polite"]');
    await expect.poll(() => live.textContent(), WAIT).toContain(WARNING);
    const secret = await panel.getByLabel('Sleutel', { exact: true }).inputValue();
    expect(secret).toMatch(/^sp_\S{20,}$/);
    expect(await panel.getByLabel('Sleutel', { exact: true }).getAttribute('readonly')).not.toBeNull();
    await expectAccessible(owner, 'Koppelingen, new secret');

    await owner.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await panel.getByRole('button', { name: 'Kopieer de sleutel' }).click();
    await panel.getByText('De sleutel is gekopieerd.').waitFor(WAIT);
    expect(await owner.evaluate(() => navigator.clipboard.readText())).toBe(secret);

    // The secret works as a till system's Bearer token, for this provider.
    const asTill = await currentSessionWith(secret);
    expect(asTill.status).toBe(200);
    expect(asTill.body).toMatchObject({ kind: 'till_system', providerId: bakeryId });

    // Once: after "Klaar", or on coming back, the secret is nowhere on the page.
    await panel.getByRole('button', { name: 'Klaar, ik heb de sleutel bewaard' }).click();
    await expect.poll(() => panel.count(), WAIT).toBe(0);
    expect(await owner.content()).not.toContain(secret);
    await owner.reload();
    await h1(owner, 'Koppelingen met kassasystemen');
    const row = list.getByRole('row', { name: new RegExp(KEY_NAME) });
    await row.waitFor(WAIT);
    expect(await row.textContent()).toContain('Actief');
    expect(await owner.content()).not.toContain(secret);
    expect(await owner.locator('main').textContent()).not.toContain(WARNING);
    await expectAccessible(owner, 'Koppelingen with the new key');

    // Revoking asks first; "Nee" changes nothing and puts the focus back.
    const revokeButton = row.getByRole('button', { name: `Intrekken: ${KEY_NAME}` });
    await revokeButton.click();
    const confirm = owner.getByRole('region', { name: `Sleutel ${KEY_NAME} intrekken?` });
    await confirm.waitFor(WAIT);
    expect(await confirm.getByRole('heading', { level: 3 }).evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(owner, 'Koppelingen, confirm revoking');
    await confirm.getByRole('button', { name: 'Nee, niet intrekken' }).click();
    await expect.poll(() => confirm.count(), WAIT).toBe(0);
    expect(await revokeButton.evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await currentSessionWith(secret)).status).toBe(200);

    await revokeButton.click();
    await confirm.getByRole('button', { name: 'Ja, intrekken' }).click();
    await expect.poll(() => row.textContent(), WAIT).toContain('Ingetrokken op');
    expect(await row.getByRole('button').count()).toBe(0);
    await expect.poll(() => live.textContent(), WAIT).toContain(`De sleutel ${KEY_NAME} is ingetrokken.`);
    await expectAccessible(owner, 'Koppelingen after revoking');

    // The revoked key is refused; the provider's other key still works.
    const refused = await currentSessionWith(secret);
    expect(refused.status).toBe(401);
    expect((await currentSessionWith(fixtureToken)).status).toBe(200);

    // English second.
    await owner.getByRole('button', { name: 'English' }).click();
    await h1(owner, 'Connections with till systems');
    await owner.getByRole('heading', { level: 2, name: 'Your keys' }).waitFor(WAIT);
    expect(await owner.getByRole('row', { name: new RegExp(KEY_NAME) }).textContent()).toContain('Revoked on');
    await expectAccessible(owner, 'Koppelingen in English');
    await owner.getByRole('button', { name: 'Nederlands' }).click();
    await h1(owner, 'Koppelingen met kassasystemen');
  });

  it('till staff see Mijn organisatie but not Koppelingen, and get "no access" there', async () => {
    const till = await newPage();
    await logInAsStaff(till, TILL_EMAIL, TILL_PASSWORD);
    await till.waitForURL('**/kassa', WAIT);
    const nav = till.getByRole('navigation', { name: 'Hoofdmenu' });
    await nav.getByRole('link', { name: 'Mijn organisatie' }).waitFor(WAIT);
    expect(await nav.getByRole('link', { name: 'Koppelingen' }).count()).toBe(0);

    await nav.getByRole('link', { name: 'Mijn organisatie' }).click();
    await h1(till, 'Mijn organisatie');
    await till.getByText('Wijk: Zaandam-Zuid').waitFor(WAIT);
    expect(await till.getByRole('link', { name: 'Naar de koppelingen met kassasystemen' }).count()).toBe(0);
    await expectAccessible(till, 'Mijn organisatie for till staff');

    await till.goto('/aanbieder/koppelingen');
    await h1(till, 'Geen toegang');
    await till.getByText('Deze pagina is niet voor uw account. Log in met een ander account.').waitFor(WAIT);
    expect(await till.getByLabel('Naam van de koppeling').count()).toBe(0);
    await expectAccessible(till, 'Koppelingen for till staff (no access)');

    // The server says no as well.
    const tokens = await till.context().request.get(`/api/v1/providers/${bakeryId}/api-tokens`);
    expect(tokens.status()).toBe(403);
  });
});
