/**
 * Payouts in the browser, in Dutch, against the real server with the built web app: the
 * provider's admin enters a wrong IBAN (the server's check-digit error shows at the field), then
 * a right one; the pass organisation settles last month, downloads the SEPA file (it pays that
 * IBAN), confirms the payment by hand after a confirmation step; the provider then sees the
 * settlement as paid, with its PDF statement. Every page is checked with axe (WCAG 2.1 A + AA).
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Db } from '../../src/db/database.ts';
import { ensureAccount, postEntry } from '../../src/modules/ledger/ledger.service.ts';
import { todayInNetherlands } from '../../src/modules/offers/catalogue-date.ts';
import { ibanCheckDigits } from '../../src/modules/payouts/iban.ts';
import { previousMonth } from '../../src/modules/payouts/payouts.service.ts';
import { createTestDatabase } from '../support/test-app.ts';
import { createProvider, createTenant, createUser, TENANT } from '../support/fixtures.ts';
import {
  WAIT,
  createAxeChecker,
  h1,
  openFromBeheer,
  logInAsStaff,
  settled,
  BrowserHarness,
} from '../support/browser.ts';

const ADMIN_EMAIL = 'beheer@zaansepas.test';
const ADMIN_PASSWORD = 'Beheer-test-wachtwoord';
const OWNER_EMAIL = 'eigenaar@bakkerijvanderzaan.test';
const OWNER_PASSWORD = 'Aanbieder-test-wachtwoord';
const PROVIDER = 'Bakkerij Van der Zaan';
const BBAN = 'INGB0001234567';
const IBAN = `NL${ibanCheckDigits('NL', BBAN)}${BBAN}`;
/** The same IBAN with its last digit changed: a typo the mod-97 check catches. */
const TYPO = IBAN.slice(0, -1) + String((Number(IBAN.at(-1)) + 1) % 10);
const grouped = (iban: string) => iban.replace(/(.{4})(?=.)/g, '$1 ');
const CLAIMS = [1_250, 375, 800];
const TOTAL = CLAIMS.reduce((t, c) => t + c, 0);

let db: Db;
let dropDatabase: () => Promise<void>;
let bakeryId: string;
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('payouts-');
const period = previousMonth(todayInNetherlands());

/** Money as the page shows it: "€ 24,25", with any kind of space after the euro sign. */
const money = (cents: number) => new RegExp(`€\\s${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`);

const newPage = () => harness.newPage({ acceptDownloads: true });

beforeAll(async () => {
  const { database, drop } = await createTestDatabase();
  dropDatabase = drop;
  db = database.db;
  await createTenant(db);
  await db
    .updateTable('tenants')
    .set({
      payout_iban: `NL${ibanCheckDigits('NL', 'BNGH0285170019')}BNGH0285170019`,
      payout_bic: 'BNGHNL2G',
      payout_account_name: 'Gemeente Zaanstad',
    })
    .where('id', '=', TENANT)
    .execute();
  const bakery = await createProvider(db, { name: PROVIDER });
  bakeryId = bakery.id;
  await createUser(db, { role: 'org_admin', email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
  await createUser(db, { role: 'provider_admin', email: OWNER_EMAIL, password: OWNER_PASSWORD, providerId: bakery.id });

  // What the municipality owes the bakery for last month: discounts reimbursed from the actiebudget.
  for (const [i, cents] of CLAIMS.entries()) {
    const at = new Date(`${period.periodStart.slice(0, 8)}${String(3 + i * 5).padStart(2, '0')}T12:00:00Z`);
    await db.transaction().execute(async (tx) => {
      const budget = await ensureAccount(tx, TENANT, 'action_budget', {}, 'Actiebudget');
      const payable = await ensureAccount(
        tx,
        TENANT,
        'provider_payable',
        { providerId: bakery.id },
        `Payable to ${PROVIDER}`,
      );
      await postEntry(tx, {
        tenantId: TENANT,
        kind: 'discount_reimbursement',
        reference: `browser-claim-${i}`,
        occurredAt: at,
        description: 'Discount reimbursed',
        lines: [
          { accountId: budget.id, amountCents: -cents },
          { accountId: payable.id, amountCents: cents },
        ],
      });
    });
  }

  await harness.start(database);
});

afterAll(async () => {
  await harness.close();
  await dropDatabase?.();
  summary();
});

describe('payouts in the browser', () => {
  let owner: Page;
  let admin: Page;

  it("the provider's admin sees the server's IBAN error at the field, then saves a right IBAN", async () => {
    owner = await newPage();
    await logInAsStaff(owner, OWNER_EMAIL, OWNER_PASSWORD);
    await owner.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn organisatie' }).click();
    await owner.waitForURL('**/aanbieder', WAIT);
    await h1(owner, 'Mijn organisatie');
    await owner.getByRole('heading', { level: 2, name: 'Bankrekening' }).waitFor(WAIT);
    await owner.getByText('U heeft nog geen bankrekening ingevuld.', { exact: false }).waitFor(WAIT);
    await owner.getByText('Er zijn nog geen uitbetalingen.').waitFor(WAIT);
    await expectAccessible(owner, 'Mijn organisatie: no bank account');

    const iban = owner.getByLabel('IBAN');
    await iban.fill(grouped(TYPO));
    await owner.getByLabel('Naam van de rekeninghouder').fill('Bakkerij Van der Zaan B.V.');
    await owner.getByRole('button', { name: 'Bankrekening opslaan' }).click();
    const error = owner.getByText('Dit IBAN klopt niet. Kijk of u alle cijfers en letters goed heeft overgenomen.');
    await error.waitFor(WAIT);
    expect(await iban.getAttribute('aria-invalid')).toBe('true');
    expect(await iban.getAttribute('aria-describedby')).toContain('bank-iban-error');
    await expect.poll(() => iban.evaluate((el) => el === document.activeElement), WAIT).toBe(true);
    expect(
      (await db.selectFrom('providers').select('iban').where('id', '=', bakeryId).executeTakeFirstOrThrow()).iban,
    ).toBeNull();
    await expectAccessible(owner, 'Mijn organisatie: wrong IBAN');

    await iban.fill(IBAN.toLowerCase());
    await owner.getByRole('button', { name: 'Bankrekening opslaan' }).click();
    await owner.getByText('De bankrekening is opgeslagen.').waitFor(WAIT);
    await expect.poll(() => iban.inputValue(), WAIT).toBe(grouped(IBAN));
    expect(await error.count()).toBe(0);
    expect(
      (await db.selectFrom('providers').select('iban').where('id', '=', bakeryId).executeTakeFirstOrThrow()).iban,
    ).toBe(IBAN);
    await expectAccessible(owner, 'Mijn organisatie: IBAN saved');
  });

  it('the pass organisation settles last month, downloads the SEPA file and confirms the payment by hand', async () => {
    admin = await newPage();
    await logInAsStaff(admin, ADMIN_EMAIL, ADMIN_PASSWORD);
    await openFromBeheer(admin, 'Uitbetalingen');
    await admin.waitForURL('**/beheer/uitbetalingen', WAIT);
    await h1(admin, 'Uitbetalingen');
    await admin.getByText('Er zijn nog geen afrekeningen.').waitFor(WAIT);
    await expectAccessible(admin, 'Uitbetalingen: no runs');

    // A period that is not over yet: a clear message, nothing made.
    const today = todayInNetherlands();
    await admin.getByLabel('Eerste dag').fill(`${today.slice(0, 8)}01`);
    await admin.getByLabel('Laatste dag').fill(today);
    await admin.getByRole('button', { name: 'Afrekening maken voor deze periode' }).click();
    await admin.getByText('Deze periode is nog niet voorbij.').waitFor(WAIT);
    expect((await db.selectFrom('settlement_runs').select('id').execute()).length).toBe(0);
    await expectAccessible(admin, 'Uitbetalingen: period not over');

    await admin.getByRole('button', { name: 'Afrekening maken voor vorige maand' }).click();
    await admin.waitForURL('**/beheer/uitbetalingen/*', WAIT);
    await h1(admin, /^Afrekening /);
    const row = admin.getByRole('row', { name: new RegExp(PROVIDER) });
    await row.waitFor(WAIT);
    await row.getByText(money(TOTAL)).waitFor(WAIT);
    await row.getByText('Nog niet betaald').waitFor(WAIT);
    await expectAccessible(admin, 'Afrekening: pending');

    // The SEPA file pays the bakery's IBAN the total.
    const [download] = await Promise.all([
      admin.waitForEvent('download', WAIT),
      admin.getByRole('link', { name: /Download het betaalbestand/ }).click(),
    ]);
    const xml = await readFile(await download.path(), 'utf8');
    expect(xml).toContain('pain.001.001.09');
    expect(xml).toContain(`<IBAN>${IBAN}</IBAN>`);
    expect(xml).toContain(`>${(TOTAL / 100).toFixed(2)}</InstdAmt>`);

    // The PDF statement link answers with a PDF.
    const pdfHref = await row.getByRole('link', { name: `Overzicht (pdf) van ${PROVIDER}` }).getAttribute('href');
    const pdf = await admin.context().request.get(pdfHref!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');

    // Confirming by hand asks first; "Nee, terug" changes nothing.
    await row.getByRole('button', { name: `Betaling van ${PROVIDER} bevestigen` }).click();
    await admin.getByText(/Heeft de bank .* aan Bakkerij Van der Zaan betaald\?/).waitFor(WAIT);
    await expectAccessible(admin, 'Afrekening: confirm step');
    await admin.getByRole('button', { name: 'Nee, terug' }).click();
    expect((await db.selectFrom('settlements').select('status').executeTakeFirstOrThrow()).status).toBe('pending');
    await row.getByRole('button', { name: `Betaling van ${PROVIDER} bevestigen` }).click();
    await admin.getByLabel('Kenmerk van de bank (mag leeg blijven)').fill('BANK-2026-001');
    await admin.getByRole('button', { name: 'Ja, de bank heeft betaald' }).click();
    await admin.getByText(/staat nu op betaald/).waitFor(WAIT);
    await row.getByText(/met de hand bevestigd/).waitFor(WAIT);
    const settlement = await db
      .selectFrom('settlements')
      .select(['status', 'payment_source', 'payment_reference'])
      .executeTakeFirstOrThrow();
    expect(settlement).toEqual({ status: 'paid', payment_source: 'manual', payment_reference: 'BANK-2026-001' });
    await expectAccessible(admin, 'Afrekening: paid');

    // The run is listed; the same period again is refused with a clear message.
    await admin.getByRole('link', { name: 'Terug naar alle afrekeningen' }).click();
    await h1(admin, 'Uitbetalingen');
    await admin.getByRole('table').getByRole('link').first().waitFor(WAIT);
    await admin.getByLabel('Eerste dag').fill(period.periodStart);
    await admin.getByLabel('Laatste dag').fill(period.periodEnd.replace(/-\d\d$/, '-15'));
    await admin.getByRole('button', { name: 'Afrekening maken voor deze periode' }).click();
    await admin.getByText('Deze periode overlapt met een eerdere afrekening.').waitFor(WAIT);
    await expectAccessible(admin, 'Uitbetalingen: overlap');
  });

  it('the provider sees the settlement as paid, with its statement', async () => {
    await owner.reload();
    await h1(owner, 'Mijn organisatie');
    await settled(owner);
    const section = owner.locator('section', { has: owner.getByRole('heading', { level: 2, name: 'Uitbetalingen' }) });
    const row = section.getByRole('row', { name: money(TOTAL) });
    await row.waitFor(WAIT);
    await row.getByText(/^Betaald op /).waitFor(WAIT);
    await row.getByText(grouped(IBAN)).waitFor(WAIT);
    const href = await row.getByRole('link', { name: /Overzicht \(pdf\)/ }).getAttribute('href');
    const pdf = await owner.context().request.get(href!);
    expect(pdf.status()).toBe(200);
    await expectAccessible(owner, 'Mijn organisatie: settlement paid');
  });
});
