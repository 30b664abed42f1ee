/**
 * The volunteers' platform in Chromium, along the issue's "Done when": a vacancy is matched. A
 * buurthuis posts a vacancy at /partner/vrijwilligers; a resident makes a volunteer profile at
 * /vrijwilligers/mijn-profiel, gets the vacancy suggested and responds; the buurthuis accepts;
 * contact details show only once both agreed to share them. Zero axe violations on every page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { App } from '../../src/http/app-types.ts';
import { hashSecret, newSecret } from '../../src/shared/tokens.ts';
import { createTestDatabase } from '../support/test-app.ts';
import { TENANT, createPass, createTenant, createUser, loginStaff } from '../support/fixtures.ts';
import { WAIT, createAxeChecker, h1, logInAsStaff, BrowserHarness } from '../support/browser.ts';

const PASSWORD = 'een-lang-wachtwoord';
let app: App;
let baseURL: string;
let residentSession: string;
let dropDatabase: () => Promise<void>;
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('volunteering-');

beforeAll(async () => {
  const created = await createTestDatabase();
  const { database } = created;
  dropDatabase = created.drop;
  const db = database.db;
  await createTenant(db);
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: PASSWORD });
  const pass = await createPass(db, { email: 'sanne@voorbeeld.test' });
  const user = await createUser(db, { role: 'resident', email: 'sanne@voorbeeld.test', holderId: pass.holderId });
  residentSession = newSecret();
  await db
    .insertInto('sessions')
    .values({
      tenant_id: TENANT,
      token_hash: hashSecret(residentSession),
      user_id: user.id,
      expires_at: new Date(Date.now() + 3_600_000),
    })
    .execute();
  ({ app, baseURL } = await harness.start(database));
  const admin = await loginStaff(app, 'beheer@test.demo', PASSWORD);
  const post = async (url: string, payload: object, cookie: string | null = admin) => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1${url}`,
      payload,
      headers: cookie ? { cookie } : {},
    });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.json() as { id: string };
  };
  const partner = await post(
    '/partners',
    {
      organisation: {
        name: 'Buurthuis De Kolk',
        kind: 'community_centre',
        wijkCode: 'WK047912',
        email: 'info@dekolk.demo',
      },
      contact: { name: 'Fatma Yilmaz', email: 'fatma@dekolk.demo', password: PASSWORD },
    },
    null,
  );
  await post(`/partners/${partner.id}/decision`, { approve: true });
  await post('/volunteer-info-pages', {
    slug: 'verzekering',
    topic: 'insurance',
    title: 'Verzekerd als vrijwilliger',
    summary: 'Via de gemeente bent u vaak verzekerd.',
    bodyMarkdown:
      'De gemeente heeft een **vrijwilligersverzekering**.\n\n## Wat moet u doen?\n\n- Meld schade bij uw organisatie.',
  });
});

afterAll(async () => {
  await harness.close();
  await dropDatabase?.();
  summary();
});

const match = (page: Page) => page.getByTestId('match').filter({ hasText: 'Kok voor de kookclub' });

describe('a vacancy is matched', () => {
  let partner: Page;
  let resident: Page;

  it('a buurthuis posts a vacancy for MBO students', async () => {
    partner = await harness.newPage();
    await logInAsStaff(partner, 'fatma@dekolk.demo', PASSWORD);
    await partner.goto('/partner/vrijwilligers');
    await h1(partner, 'Vrijwilligers en depot');
    await expectAccessible(partner, 'partner vrijwilligers');
    await partner.getByLabel('Titel', { exact: true }).first().fill('Kok voor de kookclub');
    await partner.getByLabel('Wat gaat de vrijwilliger doen?').fill('Kook op woensdag met kinderen uit Poelenburg.');
    await partner.locator('#vacancy-wijk').selectOption({ label: 'Poelenburg' });
    await partner.getByLabel('Interesses').fill('koken, kinderen');
    await partner.locator('#vacancy-times-weekday_daytime').check();
    await partner.locator('#vacancy-audiences-mbo').check();
    await partner.getByRole('button', { name: 'Vacature plaatsen' }).click();
    await partner.getByText('De vacature staat online.').waitFor(WAIT);
  });

  it('visitors read the information pages and find the vacancy by whom it is for', async () => {
    const visitor = await harness.newPage();
    await visitor.goto('/vrijwilligers');
    await h1(visitor, 'Vrijwilligers en initiatieven');
    await expect(
      visitor.getByRole('link', { name: 'Regelingen voor initiatieven' }).getAttribute('href'),
    ).resolves.toBe('/regelingen?voor=initiatives');
    await expectAccessible(visitor, 'vrijwilligers');
    await visitor.getByRole('link', { name: 'Verzekerd als vrijwilliger' }).click();
    await h1(visitor, 'Verzekerd als vrijwilliger');
    await visitor.getByRole('heading', { level: 2, name: 'Wat moet u doen?' }).waitFor(WAIT);
    await expectAccessible(visitor, 'informatiepagina');
    await visitor.goto('/vrijwilligers/vacatures?voor=mbo');
    await h1(visitor, 'Vacatures voor vrijwilligers');
    await visitor.getByRole('heading', { level: 3, name: 'Kok voor de kookclub' }).waitFor(WAIT);
    await visitor.getByLabel('Voor wie').selectOption('hbo');
    await visitor.getByText('Gevonden vacatures: 0').waitFor(WAIT);
    await expectAccessible(visitor, 'vacatures');
  });

  it('a resident makes a volunteer profile, gets the vacancy suggested and responds', async () => {
    resident = await harness.newPage();
    await resident.context().addCookies([{ name: 'stadspas_session', value: residentSession, url: baseURL }]);
    await resident.goto('/vrijwilligers/mijn-profiel');
    await h1(resident, 'Mijn vrijwilligersprofiel');
    await expectAccessible(resident, 'mijn profiel: nieuw');
    await resident.getByLabel('Uw naam voor anderen').fill('Sanne');
    await resident.getByLabel('Wat doet u graag?').fill('koken');
    await resident.getByLabel('Poelenburg').check();
    await resident.getByLabel('Doordeweeks overdag').check();
    await resident.getByRole('button', { name: 'Profiel opslaan' }).click();
    await resident.getByText('Uw profiel is opgeslagen.').waitFor(WAIT);
    await resident.getByRole('button', { name: 'Ik wil helpen: Kok voor de kookclub' }).click();
    await match(resident).getByText('Wacht op antwoord').waitFor(WAIT);
    await expectAccessible(resident, 'mijn profiel: gereageerd');
  });

  it('the buurthuis accepts; contact details show only once both agreed to share them', async () => {
    await partner.reload();
    await match(partner).getByText('met Sanne').waitFor(WAIT);
    await match(partner).getByRole('button', { name: 'Accepteren' }).click();
    await match(partner).getByRole('button', { name: 'Onze contactgegevens delen' }).click();
    await match(partner).getByText('We wachten op de vrijwilliger.').waitFor(WAIT);
    expect(await match(partner).getByText('sanne@voorbeeld.test').count()).toBe(0);

    await resident.reload();
    await match(resident).getByText('Geaccepteerd').waitFor(WAIT);
    await match(resident).getByRole('button', { name: 'Mijn contactgegevens delen' }).click();
    await match(resident).getByText('Contact: info@dekolk.demo').waitFor(WAIT);
    await expectAccessible(resident, 'mijn profiel: gematcht');
    await partner.reload();
    await match(partner).getByText('Contact: sanne@voorbeeld.test').waitFor(WAIT);
  });

  it('the pass organisation has its screen', async () => {
    const admin = await harness.newPage();
    await logInAsStaff(admin, 'beheer@test.demo', PASSWORD);
    await admin.goto('/beheer/vrijwilligers');
    await h1(admin, 'Vrijwilligersplatform');
    await expectAccessible(admin, 'beheer vrijwilligers');
  });
});
