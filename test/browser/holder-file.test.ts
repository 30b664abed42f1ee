/**
 * The holder's file in Beheer, in Chromium: from the holder list (found by address) to one
 * holder's file with passes, household, applications, redemptions and messages; a note added and the details
 * corrected, which shows up in the audit; a paid pass renewed from the file, paid at a sales
 * point, with its new validity, then blocked from the file and audited. Zero axe violations
 * (WCAG 2.1 A + AA).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueMessage } from '../../src/modules/notifications/notifications.service.ts';
import { addDays, passYearEnd } from '../../src/modules/passes/pass-year.ts';
import { createTestDatabase } from '../support/test-app.ts';
import { createOffer, createPass, createProvider, createTenant, createUser, TENANT } from '../support/fixtures.ts';
import { WAIT, createAxeChecker, h1, logInAsStaff, BrowserHarness } from '../support/browser.ts';

let dropDatabase: () => Promise<void>;
/** Ayşe's rejected application, listed in her file with a link to its review page. */
let applicationId: string;
/** A paid pass in its last days, to renew from the file. */
let renewHolderId: string;
const SOON = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
const dutchDate = (date: string) =>
  new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
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
  const applicant = await createUser(db, { role: 'resident', email: 'ayse@voorbeeld.test', holderId: pass.holderId });
  applicationId = (
    await db
      .insertInto('applications')
      .values({
        tenant_id: TENANT,
        holder_id: pass.holderId,
        applicant_user_id: applicant.id,
        ground: 'carer',
        status: 'rejected',
        decision_reason: 'Geen bewijs van de mantelzorg.',
        objection_info: 'Bezwaar binnen zes weken.',
        decided_by: 'Femke de Boer',
        decided_at: new Date('2026-03-02T10:00:00Z'),
        submitted_at: new Date('2026-02-20T10:00:00Z'),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  await db
    .insertInto('pass_prices')
    .values({ tenant_id: TENANT, pass_kind: 'adult', price_cents: 2500, action_budget_share_cents: 500 })
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db
    .insertInto('sales_points')
    .values({ tenant_id: TENANT, name: 'Stadhuis Zaandam', kind: 'city_office' })
    .execute();
  const renewing = await createPass(db, { validUntil: SOON });
  await db.updateTable('holders').set({ name: 'Kees de Vries' }).where('id', '=', renewing.holderId).execute();
  renewHolderId = renewing.holderId;
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
    // Her application, with the reviewer's decision and a link to its review page.
    const applications = page.getByRole('table', { name: 'Aanvragen gratis pas' });
    await applications.getByRole('cell', { name: 'Afgewezen', exact: true }).waitFor(WAIT);
    expect(
      await applications
        .getByRole('cell', { name: 'Femke de Boer op 2 maart 2026: Geen bewijs van de mantelzorg.' })
        .count(),
    ).toBe(1);
    expect(await applications.getByRole('link', { name: 'Aanvraag van 20 februari 2026' }).getAttribute('href')).toBe(
      `/beheer/aanvragen/${applicationId}`,
    );
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

  it('renews a paid pass from the file, paid in cash at a sales point, shows the new validity, then blocks it, audited', async () => {
    const page = await harness.newPage();
    await logInAsStaff(page, 'beheer@test.demo', 'geheim-wachtwoord');
    await page.goto(`/beheer/pashouders/${renewHolderId}`);
    await h1(page, 'Dossier van Kees de Vries');
    const next = passYearEnd('calendar_year', addDays(SOON, 1));
    await page.getByRole('cell', { name: /kan nu verlengd worden/ }).waitFor(WAIT);
    const renew = page.getByRole('form', { name: 'Pas verlengen' });
    await renew.getByLabel('Betaald bij verkooppunt').selectOption({ label: 'Stadhuis Zaandam' });
    await renew.getByLabel('Contant').check();
    await renew.getByRole('button', { name: 'Pas verlengen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `is verlengd tot en met ${dutchDate(next)}` })
      .waitFor(WAIT);
    // The passes table shows the new year, and the audit says who renewed it and how it was paid.
    await page
      .getByRole('cell', { name: dutchDate(next), exact: true })
      .first()
      .waitFor(WAIT);
    expect(await page.getByRole('cell', { name: dutchDate(SOON), exact: true }).count()).toBe(0);
    await page.getByRole('cell', { name: 'Pas verlengd' }).waitFor(WAIT);
    expect(await page.getByRole('cell', { name: /contant, Stadhuis Zaandam/ }).count()).toBe(1);
    // Renewed, it is no longer renewable: the form gives way to the rule.
    expect(await renew.count()).toBe(0);
    await expectAccessible(page, 'holder file after a renewal');

    // Blocked from the file, after a confirmation: the audit says so, with the reason.
    await page.getByRole('button', { name: 'Blokkeren', exact: true }).click();
    await page.getByRole('button', { name: 'Ja, doorgaan' }).click();
    await page.getByRole('status').filter({ hasText: 'is geblokkeerd.' }).waitFor(WAIT);
    await page.getByRole('cell', { name: 'Pas geblokkeerd' }).waitFor(WAIT);
    expect(await page.getByRole('cell', { name: /Status: Actief → Geblokkeerd; Reden: Pas kwijt/ }).count()).toBe(1);
  });
});
