/**
 * The public page "Waar gaat het actiebudget naartoe?" in Chromium, against the real server with
 * the built web app, without logging in: the text summary, the monthly chart (an SVG with a name),
 * the table with the same figures, the tables per wijk and per activity, sponsors only by name
 * when they agreed, in Dutch and in English, with zero axe violations (WCAG 2.1 A + AA).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/http/app-types.ts';
import { actionBudgetAccount, occurredOn } from '../../src/modules/action-budget/action-budget.service.ts';
import { ensureAccount, postEntry } from '../../src/modules/ledger/ledger.service.ts';
import { todayInNetherlands } from '../../src/modules/offers/catalogue-date.ts';
import { createTestDatabase } from '../support/test-app.ts';
import { createProvider, createTenant, createUser, loginStaff, TENANT } from '../support/fixtures.ts';
import { WAIT, createAxeChecker, h1, BrowserHarness } from '../support/browser.ts';

/** Last year, so every date in it is in the past. */
const YEAR = Number(todayInNetherlands().slice(0, 4)) - 1;
const day = (month: number, d: number) => `${YEAR}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

let app: App;
let dropDatabase: () => Promise<void>;
const harness = new BrowserHarness();
/** Money is formatted with a no-break space after the euro sign; compare with plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const plainAll = (texts: string[]) => texts.map(plain);
const { expectAccessible, summary } = createAxeChecker('action-budget-');

const newPage = () => harness.newPage();

beforeAll(async () => {
  const { database, drop } = await createTestDatabase();
  dropDatabase = drop;
  const db = database.db;
  await createTenant(db);
  const centre = await createProvider(db, { name: 'Buurthuis De Kolk' });
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  ({ app } = await harness.start(database));
  const admin = await loginStaff(app, 'beheer@test.demo', 'geheim-wachtwoord');
  const post = async (url: string, payload: object) => {
    const response = await app.inject({ method: 'POST', url: `/api/v1${url}`, payload, headers: { cookie: admin } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string };
  };

  const named = await post('/sponsor-pledges', {
    sponsorName: 'Zaanse Schans Tours',
    amountCents: 50_000,
    expectedOn: day(2, 1),
    publicityAgreed: true,
    publicityText: 'Wij steunen de buurt!',
  });
  await post(`/sponsor-pledges/${named.id}/receipts`, {
    amountCents: 50_000,
    receivedOn: day(2, 10),
    bankReference: 'E2E-NAMED-1',
  });
  const silent = await post('/sponsor-pledges', {
    sponsorName: 'Stille Gever BV',
    contactName: 'Jan Jansen',
    amountCents: 12_345,
    expectedOn: day(3, 1),
  });
  await post(`/sponsor-pledges/${silent.id}/receipts`, {
    amountCents: 12_345,
    receivedOn: day(3, 5),
    bankReference: 'E2E-SILENT-1',
  });
  // A pass sale's share for the actiebudget, as the pass-sales module books it.
  await db.transaction().execute(async (tx) => {
    const budget = await actionBudgetAccount(tx, TENANT);
    const income = await ensureAccount(tx, TENANT, 'pass_sale_income', {}, 'Pass sales');
    await postEntry(tx, {
      tenantId: TENANT,
      kind: 'pass_sale',
      reference: 'browser-order-1',
      occurredAt: occurredOn(day(3, 20)),
      lines: [
        { accountId: income.id, amountCents: -1_500 },
        { accountId: budget.id, amountCents: 1_500 },
      ],
    });
  });
  await post('/action-budget/grants', {
    activityName: 'Buurtfeest Poelenburg',
    wijkCode: 'WK047912',
    amountCents: 20_000,
    grantedOn: day(4, 12),
    communityCentreProviderId: centre.id,
  });
  await post('/action-budget/grants', {
    activityName: 'Zwemles voor kinderen',
    wijkCode: 'WK047901',
    amountCents: 7_500,
    grantedOn: day(6, 3),
  });
});

afterAll(async () => {
  await harness.close();
  await dropDatabase?.();
  summary();
});

describe('Waar gaat het actiebudget naartoe?', () => {
  it('is reachable from the footer without logging in', async () => {
    const page = await newPage();
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Waar gaat het actiebudget naartoe?' }).click();
    await page.waitForURL('**/actiebudget', WAIT);
    await h1(page, 'Waar gaat het actiebudget naartoe?');
    await expectAccessible(page, 'actiebudget this year');
  });

  it('shows the text summary, the chart, the table beside it and where the money went, without personal data', async () => {
    const page = await newPage();
    await page.goto(`/actiebudget?jaar=${YEAR}`);
    await h1(page, 'Waar gaat het actiebudget naartoe?');
    await page.getByRole('heading', { level: 2, name: `Het actiebudget in ${YEAR}` }).waitFor(WAIT);

    const text = plain(await page.locator('.sp-budget__text').textContent());
    expect(text).toContain(
      `In ${YEAR} kwam er € 638,45 binnen: € 15,00 uit verkochte passen en € 623,45 van sponsors.`,
    );
    expect(text).toContain('Er ging € 275,00 uit.');
    expect(text).toContain('Aan het eind was er € 363,45 over.');

    const chart = page.getByRole('img', { name: `Actiebudget per maand in ${YEAR}` });
    await chart.waitFor(WAIT);
    expect(await chart.locator('rect').count()).toBe(24);
    const heights = await chart
      .locator('rect')
      .evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('height'))));
    // Bars with money: in for February and March, out for April and June.
    expect(heights.filter((h) => h > 0)).toHaveLength(4);

    const table = page.getByRole('table', { name: `Actiebudget per maand in ${YEAR}, in euro` });
    expect(await table.getByRole('row').count()).toBe(1 + 12 + 1);
    const march = table.getByRole('row', { name: /^maart/ });
    expect(plainAll(await march.getByRole('cell').allTextContents())).toEqual([
      '€ 15,00',
      '€ 123,45',
      '€ 138,45',
      '€ 0,00',
    ]);
    const year = table.getByRole('row', { name: /^Hele jaar/ });
    expect(plainAll(await year.getByRole('cell').allTextContents())).toEqual([
      '€ 15,00',
      '€ 623,45',
      '€ 638,45',
      '€ 275,00',
    ]);

    const byWijk = page.getByRole('table', { name: `Uitgegeven per wijk in ${YEAR}` });
    expect(plainAll(await byWijk.getByRole('row').allTextContents())).toEqual([
      'WijkBedrag',
      'Poelenburg€ 200,00',
      'Zaandam-Zuid€ 75,00',
    ]);
    const byActivity = page.getByRole('table', { name: `Uitgegeven per activiteit in ${YEAR}` });
    expect(plainAll(await byActivity.getByRole('row').allTextContents())).toEqual([
      'ActiviteitBedrag',
      'Buurtfeest Poelenburg€ 200,00',
      'Zwemles voor kinderen€ 75,00',
    ]);

    const body = plain(await page.locator('main').textContent());
    expect(body).toContain('Zaanse Schans Tours');
    expect(body).toContain('Wij steunen de buurt!');
    expect(body).toContain('1 sponsor gaf € 123,45 en wil niet met naam op deze pagina.');
    for (const hidden of ['Stille Gever', 'Jan Jansen', 'Buurthuis De Kolk']) expect(body).not.toContain(hidden);
    await expectAccessible(page, `actiebudget ${YEAR}`);

    // English second.
    await page.getByRole('button', { name: 'English' }).click();
    await h1(page, 'Where does the action budget go?');
    await page.getByRole('img', { name: `Action budget per month in ${YEAR}` }).waitFor(WAIT);
    await expectAccessible(page, `actiebudget ${YEAR} in English`);
  });
});
