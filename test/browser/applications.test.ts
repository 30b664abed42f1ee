/**
 * Applying for the free pass in Chromium, against the real server with the built web app: a new
 * resident asks for a login link on /gratis-pas/aanvragen, comes back through the link to the
 * form, applies for the household with a PDF as evidence and sees the status under "Mijn
 * aanvraag"; a reviewer finds it in the queue, opens it and approves it; the resident then sees
 * the free pass under "Mijn pas". Under a scheme with a reduced pass price, the approved resident
 * pays that price online from "Mijn aanvraag" and then holds the pass. Zero axe violations on
 * every page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { App } from '../../src/http/app-types.ts';
import type { Db } from '../../src/db/database.ts';
import { createTestDatabase } from '../support/test-app.ts';
import { createTenant, createUser } from '../support/fixtures.ts';
import { WAIT, createAxeChecker, h1, logInAsStaff, BrowserHarness } from '../support/browser.ts';

let app: App;
let db: Db;
let dropDatabase: () => Promise<void>;
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('applications-');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const childBirthDate = `${new Date().getFullYear() - 7}-03-15`;

beforeAll(async () => {
  const created = await createTestDatabase();
  dropDatabase = created.drop;
  db = created.database.db;
  await createTenant(created.database.db);
  await createUser(created.database.db, {
    role: 'org_admin',
    email: 'beheer@test.demo',
    password: 'geheim-wachtwoord',
  });
  ({ app } = await harness.start(created.database));
});

afterAll(async () => {
  await harness.close();
  await dropDatabase?.();
  summary();
});

/** The path of the newest login link e-mailed to `email`. */
async function loginLinkFor(email: string) {
  const outbox = (await app.inject({ url: '/api/v1/outbox-messages' })).json() as {
    items: { to: string; body: string }[];
  };
  const message = outbox.items.find((m) => m.to === email);
  const url = /(http\S+\/inloggen\/link\?token=\S+)/.exec(message?.body ?? '')?.[1];
  expect(url, 'a login link in the outbox').toBeDefined();
  return new URL(url!).pathname + new URL(url!).search;
}

describe('applying for the free pass', () => {
  let resident: Page;

  it('a new resident asks for a link, comes back to the form and applies for the household', async () => {
    resident = await harness.newPage();
    await resident.goto('/gratis-pas/aanvragen');
    await h1(resident, 'Gratis Zaanse Pas aanvragen');
    await expectAccessible(resident, 'apply: not logged in');
    await resident.getByLabel('Uw naam', { exact: true }).fill('Fatma Yilmaz');
    await resident.getByLabel('Uw e-mailadres', { exact: true }).fill('fatma@test.demo');
    await resident.getByRole('button', { name: 'Stuur mij de link' }).click();
    await resident.getByRole('heading', { name: 'Kijk in uw e-mail' }).waitFor(WAIT);

    await resident.goto(await loginLinkFor('fatma@test.demo'));
    await resident.waitForURL('**/gratis-pas/aanvragen', WAIT);
    await resident.getByRole('heading', { name: 'Uw aanvraag' }).waitFor(WAIT);
    await expectAccessible(resident, 'apply: form');

    await resident.getByLabel('Ik heb een laag inkomen (minimum)').check();
    await resident.getByLabel('Ook voor mijn partner').check();
    await resident.getByLabel('Naam van uw partner').fill('Mehmet Yilmaz');
    await resident.getByLabel('Geboortedatum van uw partner').fill('1984-02-10');
    await resident.getByRole('button', { name: 'Een kind toevoegen' }).click();
    await resident.getByLabel('Naam van kind 1').fill('Elif Yilmaz');
    await resident.getByLabel('Geboortedatum van kind 1').fill(childBirthDate);
    await resident
      .getByLabel('Bewijsstukken', { exact: true })
      .setInputFiles({ name: 'uitkering.pdf', mimeType: 'application/pdf', buffer: PDF });
    await resident.getByRole('button', { name: 'Aanvraag versturen' }).click();

    await resident.waitForURL('**/mijn-aanvraag', WAIT);
    await h1(resident, 'Mijn aanvraag');
    await resident.getByRole('heading', { name: 'Uw aanvraag is ontvangen' }).waitFor(WAIT);
    await resident.getByRole('link', { name: 'uitkering.pdf' }).waitFor(WAIT);
    expect(await resident.getByText('Mehmet Yilmaz (partner').count()).toBe(1);
    await expectAccessible(resident, 'my application: submitted');
  });

  it('a reviewer finds it in the queue, reads it and approves it; the resident sees the free pass', async () => {
    const reviewer = await harness.newPage();
    await logInAsStaff(reviewer, 'beheer@test.demo', 'geheim-wachtwoord');
    await reviewer.goto('/beheer/aanvragen');
    await h1(reviewer, 'Aanvragen gratis pas');
    await reviewer.getByRole('link', { name: 'Fatma Yilmaz' }).waitFor(WAIT);
    await expectAccessible(reviewer, 'review queue');
    await reviewer.getByRole('link', { name: 'Fatma Yilmaz' }).click();
    await h1(reviewer, 'Aanvraag van Fatma Yilmaz');
    await reviewer.getByRole('link', { name: /uitkering\.pdf/ }).waitFor(WAIT);
    await expectAccessible(reviewer, 'review: one application');
    await reviewer.getByRole('button', { name: 'Goedkeuren en passen maken' }).click();
    await reviewer.getByText(/Goedgekeurd door beheer op/).waitFor(WAIT);
    await expectAccessible(reviewer, 'review: approved');

    await resident.goto('/mijn-aanvraag');
    await resident.getByRole('heading', { name: 'Goedgekeurd' }).waitFor(WAIT);
    await resident.getByRole('link', { name: 'Naar Mijn pas' }).click();
    await h1(resident, 'Mijn pas');
    await resident.getByText('Fatma Yilmaz').first().waitFor(WAIT);
    await resident.getByText('Elif Yilmaz').first().waitFor(WAIT);
    await expectAccessible(resident, 'my pass after approval');
  });

  it('under a scheme with a reduced price, the approved resident pays that price and then holds the pass', async () => {
    await db
      .insertInto('schemes')
      .values({
        tenant_id: 'zaanstad',
        slug: 'zaanse-pas-met-korting',
        title: 'Zaanse Pas met korting',
        summary: 'De pas voor €5',
        apply_route: 'online_form',
        apply_url: '/gratis-pas/aanvragen',
        provider_kind: 'municipality',
        audience: 'residents',
        status: 'published',
        grants_pass: true,
        pass_price_cents: 500,
      })
      .execute();
    const anna = await harness.newPage();
    await anna.goto('/gratis-pas/aanvragen');
    await anna.getByLabel('Uw naam', { exact: true }).fill('Anna Kowalska');
    await anna.getByLabel('Uw e-mailadres', { exact: true }).fill('anna@test.demo');
    await anna.getByRole('button', { name: 'Stuur mij de link' }).click();
    await anna.getByRole('heading', { name: 'Kijk in uw e-mail' }).waitFor(WAIT);
    await anna.goto(await loginLinkFor('anna@test.demo'));
    await anna.getByRole('heading', { name: 'Uw aanvraag' }).waitFor(WAIT);
    await anna.getByLabel(/Zaanse Pas met korting: .*5,00 per pas/).check();
    await anna.getByLabel('Ik ben mantelzorger').check();
    await anna
      .getByLabel('Bewijsstukken', { exact: true })
      .setInputFiles({ name: 'mantelzorg.pdf', mimeType: 'application/pdf', buffer: PDF });
    await anna.getByRole('button', { name: 'Aanvraag versturen' }).click();
    await anna.waitForURL('**/mijn-aanvraag', WAIT);

    const reviewer = await harness.newPage();
    await logInAsStaff(reviewer, 'beheer@test.demo', 'geheim-wachtwoord');
    await reviewer.goto('/beheer/aanvragen');
    await reviewer.getByRole('link', { name: 'Anna Kowalska' }).click();
    await reviewer.getByRole('button', { name: 'Goedkeuren en passen maken' }).click();
    await reviewer.getByText(/Goedgekeurd door beheer op/).waitFor(WAIT);

    await anna.goto('/mijn-aanvraag');
    await anna.getByRole('heading', { name: 'Betalen' }).waitFor(WAIT);
    await anna.getByText(/U betaalt .*5,00\./).waitFor(WAIT);
    await expectAccessible(anna, 'my application: pay the reduced price');
    // No pass before the payment.
    expect(await anna.getByRole('link', { name: 'Naar Mijn pas' }).count()).toBe(0);
    await anna.getByRole('button', { name: 'Nu betalen' }).click();
    await anna.waitForURL(/\/testbetaling\//, WAIT);
    await anna.getByRole('button', { name: 'Betaald' }).click();
    await anna.waitForURL((url) => !url.pathname.startsWith('/testbetaling'), WAIT);

    await anna.goto('/mijn-aanvraag');
    await anna.getByRole('link', { name: 'Naar Mijn pas' }).click();
    await h1(anna, 'Mijn pas');
    await anna.getByText('Anna Kowalska').first().waitFor(WAIT);
    await expectAccessible(anna, 'my pass after paying the reduced price');
  });
});
