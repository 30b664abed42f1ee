/**
 * The holder's file in Beheer, in Chromium: from the holder list (found by address) to one
 * holder's file with passes, household, redemptions and messages; a note added and the details
 * corrected, which shows up in the audit. Zero axe violations (WCAG 2.1 A + AA).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueMessage } from '../../src/modules/notifications/notifications.service.ts';
import { createTestDatabase } from '../support/test-app.ts';
import { createOffer, createPass, createProvider, createTenant, createUser, TENANT } from '../support/fixtures.ts';
import { WAIT, createAxeChecker, h1, logInAsStaff, BrowserHarness } from '../support/browser.ts';

let dropDatabase: () => Promise<void>;
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('holder-file-');

beforeAll(async () => {
  const { database, drop } = await createTestDatabase();
  dropDatabase = drop;
  const db = database.db;
  await createTenant(db);
  const provider = await createProvider(db, { name: 'Bibliotheek Zaanstad' });
  const offer = await createOffer(db, provider, { title: 'Boeken lenen' });
  const pass = await createPass(db, { email: 'ayse@voorbeeld.test' });
  await db.updateTable('holders').set({ name: 'Ayşe Yılmaz' }).where('id', '=', pass.holderId).execute();
  await db
    .insertInto('holder_addresses')
    .values({
      tenant_id: TENANT,
      holder_id: pass.holderId,
      street: 'Rosmolenstraat',
      house_number: '7',
      postcode: '1502 AC',
      city: 'Zaandam',
    })
    .execute();
  await db
    .insertInto('redemptions')
    .values({
      tenant_id: TENANT,
      offer_id: offer.id,
      pass_id: pass.id,
      provider_id: provider.id,
      price_cents: 0,
      channel: 'seed',
    })
    .execute();
  await enqueueMessage(db, {
    tenantId: TENANT,
    to: 'ayse@voorbeeld.test',
    subject: 'Uw Zaanse Pas is betaald',
    bodyText: '…',
  });
  await createPass(db, { email: 'ander@voorbeeld.test' });
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  await harness.start(database);
});
afterAll(async () => {
  summary();
  await harness.close();
  await dropDatabase();
});

describe('the holder file in Beheer', () => {
  it('is found by address, shows the holder, and keeps notes and audited corrections', async () => {
    const page = await harness.newPage();
    await logInAsStaff(page, 'beheer@test.demo', 'geheim-wachtwoord');
    await page.goto('/beheer/pashouders');
    await page.getByRole('searchbox', { name: 'Zoek een pashouder' }).fill('Rosmolenstraat');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('link', { name: 'Ayşe Yılmaz' }).click();
    await h1(page, 'Dossier van Ayşe Yılmaz');
    await page.getByRole('cell', { name: 'Boeken lenen' }).waitFor(WAIT);
    await expect.poll(() => page.getByRole('cell', { name: 'Uw Zaanse Pas is betaald' }).count(), WAIT).toBe(1);
    expect(await page.getByText('Rosmolenstraat 7, 1502 AC Zaandam').count()).toBe(1);
    await expectAccessible(page, 'holder file');

    await page.getByLabel('Nieuwe notitie').fill('Belde over de bibliotheekpas.');
    await page.getByRole('button', { name: 'Notitie opslaan' }).click();
    await page.getByRole('cell', { name: 'Belde over de bibliotheekpas.' }).waitFor(WAIT);

    await page.getByLabel('Huisnummer').fill('9');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De gegevens zijn opgeslagen.' }).waitFor(WAIT);
    await page
      .getByRole('cell', { name: /Rosmolenstraat 7, 1502 AC Zaandam → Rosmolenstraat 9, 1502 AC Zaandam/ })
      .waitFor(WAIT);

    // A correction the server refuses names the field and changes nothing.
    await page.getByLabel('E-mailadres').fill('ander@voorbeeld.test');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page
      .getByText(/another holder has this e-mail address|e-mailadres/i)
      .first()
      .waitFor(WAIT);
    await expectAccessible(page, 'holder file after corrections');
  });
});
