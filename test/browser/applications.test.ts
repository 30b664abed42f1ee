/**
 * Applying for the free pass in Chromium, against the real server with the built web app: a new
 * resident asks for a login link on /gratis-pas/aanvragen, comes back through the link to the
 * form, applies for the household with a PDF as evidence and sees the status under "Mijn
 * aanvraag"; a reviewer finds it in the queue, opens it and approves it; the resident then sees
 * the free pass under "Mijn pas". Zero axe violations on every page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { App } from '../../src/http/app-types.ts';
import { createTestDatabase } from '../support/test-app.ts';
import { createTenant, createUser } from '../support/fixtures.ts';
import { WAIT, createAxeChecker, h1, logInAsStaff, BrowserHarness } from '../support/browser.ts';

let app: App;
let dropDatabase: () => Promise<void>;
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('applications-');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const childBirthDate = `${new Date().getFullYear() - 7}-03-15`;

beforeAll(async () => {
  const created = await createTestDatabase();
  dropDatabase = created.drop;
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
});
