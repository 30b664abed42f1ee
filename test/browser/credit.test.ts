/**
 * Credit (tegoed) in the browser, in Dutch, against the real server with the built web app: the
 * pass organisation creates a scheme, adds budget, loads credit on one pass, checks a CSV file
 * (the dry run lists the bad row and books nothing), fixes it and books it with a progress bar,
 * lets an ended scheme expire and downloads the books; the resident then sees the credit, its
 * history and the 30-day warning in Mijn pas; last, the pass organisation lets the scheme's fund pay
 * an offer's discount. Every page is checked with axe (WCAG 2.1 A + AA).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Db } from '../../src/db/database.ts';
import type { App } from '../../src/http/app-types.ts';
import { CreditRepository } from '../../src/modules/credit/credit.repository.ts';
import { fundSchemeTx, loadCreditTx } from '../../src/modules/credit/credit.service.ts';
import { todayInNetherlands } from '../../src/modules/offers/catalogue-date.ts';
import { formatPassNumber, makePassNumber } from '../../src/modules/passes/pass-number.ts';
import { createTestDatabase } from '../support/test-app.ts';
import {
  createOffer,
  createPass,
  createProvider,
  createTenant,
  createUser,
  TENANT,
  type TestPass,
} from '../support/fixtures.ts';
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
const TILL_EMAIL = 'kassa@zwembaddezaanstroom.test';
const TILL_PASSWORD = 'Kassa-test-wachtwoord';
const RESIDENT_EMAIL = 'fatima@voorbeeld.test';
const SCHEME = 'Meedoen Zaanstad';
const ENDED_SCHEME = 'Winterpas 2020';

let app: App;
let db: Db;
let dropDatabase: () => Promise<void>;
let fatima: TestPass;
let child: { id: string; number: string };
let jan: TestPass;
let kees: TestPass;
let swimming: { id: string };
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('credit-');

/** Money as the page shows it: "€ 7,50", with any kind of space after the euro sign. */
const money = (text: string) => new RegExp(text.replace('€ ', '€\\s').replace('.', '\\.'));
const daysFromToday = (days: number) =>
  new Date(Date.parse(`${todayInNetherlands()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** A pass number with a wrong check digit: a typo. */
const withWrongCheckDigit = (number: string) => number.slice(0, -1) + String((Number(number.at(-1)) + 1) % 10);

const newPage = () => harness.newPage();

async function balance(passId: string, schemeName: string) {
  const row = await db
    .selectFrom('ledger_accounts as a')
    .innerJoin('credit_schemes as s', (join) =>
      join.onRef('s.tenant_id', '=', 'a.tenant_id').onRef('s.id', '=', 'a.scheme_id'),
    )
    .select('a.balance_cents')
    .where('a.type', '=', 'pass_credit')
    .where('a.pass_id', '=', passId)
    .where('s.name', '=', schemeName)
    .executeTakeFirst();
  return row?.balance_cents ?? 0;
}

const loadEntries = async () =>
  Number(
    (
      await db
        .selectFrom('journal_entries')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('kind', '=', 'credit_load')
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  const { database, drop } = await createTestDatabase();
  dropDatabase = drop;
  db = database.db;
  await createTenant(db);
  await createUser(db, { role: 'org_admin', email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
  fatima = await createPass(db, { category: 'low_income', email: RESIDENT_EMAIL });
  await db.updateTable('holders').set({ name: 'Fatima Yilmaz' }).where('id', '=', fatima.holderId).execute();
  await createUser(db, { role: 'resident', email: RESIDENT_EMAIL, holderId: fatima.holderId });
  const childHolder = await db
    .insertInto('holders')
    .values({ tenant_id: TENANT, name: 'Yusuf Yilmaz', wijk_code: 'WK047912' })
    .returning('id')
    .executeTakeFirstOrThrow();
  child = await db
    .insertInto('passes')
    .values({
      tenant_id: TENANT,
      number: makePassNumber('0479', 700_001),
      holder_id: childHolder.id,
      category: 'child',
      parent_pass_id: fatima.id,
      valid_from: '2020-01-01',
      valid_until: '2099-12-31',
    })
    .returning(['id', 'number'])
    .executeTakeFirstOrThrow();
  jan = await createPass(db);
  kees = await createPass(db);

  const pool = await createProvider(db, { name: 'Zwembad De Zaanstroom' });
  swimming = await createOffer(db, pool, {
    title: 'Zwemles',
    regular_price_cents: 1200,
    discount_percent: 50,
    categories: ['sport'],
  });
  await createUser(db, { role: 'till_staff', email: TILL_EMAIL, password: TILL_PASSWORD, providerId: pool.id });

  // A scheme that ended long ago, with credit still on Fatima's pass: the admin lets it expire.
  const repo = new CreditRepository(db);
  const { id } = await repo.insertScheme(TENANT, {
    name: ENDED_SCHEME,
    description: '',
    amountPerPassCents: 1000,
    eligiblePassCategories: [],
    spendableOfferCategories: [],
    validUntil: '2020-03-31',
  });
  const ended = (await repo.findScheme(TENANT, id))!;
  await db.transaction().execute(async (tx) => {
    await fundSchemeTx(tx, { tenantId: TENANT, scheme: ended, amountCents: 1000, reference: 'budget' });
    await loadCreditTx(tx, {
      tenantId: TENANT,
      scheme: ended,
      pass: fatima,
      amountCents: 500,
      loadReference: 'winter',
    });
  });

  ({ app } = await harness.start(database));
});

afterAll(async () => {
  await harness.close();
  await dropDatabase?.();
  summary();
});

describe('credit in the browser', () => {
  let admin: Page;
  let resident: Page;
  const validUntil = daysFromToday(20);

  it('the pass organisation creates a scheme, with clear messages for what is missing', async () => {
    admin = await newPage();
    await admin.goto('/medewerkers/inloggen');
    await h1(admin, 'Inloggen voor medewerkers');
    await admin.getByLabel('E-mailadres').fill(ADMIN_EMAIL);
    await admin.getByLabel('Wachtwoord').fill(ADMIN_PASSWORD);
    await admin.getByRole('button', { name: 'Inloggen', exact: true }).click();
    const nav = admin.getByRole('navigation', { name: 'Hoofdmenu' });
    await openFromBeheer(admin, 'Tegoed');
    await admin.waitForURL('**/beheer/tegoed', WAIT);
    await h1(admin, 'Tegoed');
    // The parts of Beheer are not in the main menu of the pass organisation: "Beheer" is current.
    expect(await nav.getByRole('link', { name: 'Tegoed' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Beheer' }).getAttribute('aria-current')).toBe('page');
    const list = admin.locator('section', { has: admin.getByRole('heading', { level: 2, name: 'Regelingen' }) });
    await list.getByRole('row', { name: new RegExp(ENDED_SCHEME) }).waitFor(WAIT);
    await expectAccessible(admin, 'Tegoed: schemes');

    // Nothing filled in: a message at each field, the focus on the first, nothing sent.
    let posts = 0;
    admin.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/credit-schemes') posts++;
    });
    await admin.getByRole('button', { name: 'Regeling maken' }).click();
    await admin.getByText('Vul een naam in van minstens 2 tekens.').waitFor(WAIT);
    await admin.getByText('Vul een bedrag in.').waitFor(WAIT);
    await admin.getByText('Kies een datum.').waitFor(WAIT);
    const name = admin.getByLabel('Naam van de regeling');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => name.evaluate((el) => el === document.activeElement), WAIT).toBe(true);
    expect(posts).toBe(0);
    await expectAccessible(admin, 'Tegoed: new scheme with errors');

    // A fraction of a cent is refused in the form, before anything is sent.
    await admin.getByLabel('Bedrag per pas').fill('50,001');
    await admin.getByRole('button', { name: 'Regeling maken' }).click();
    await admin.getByText('Gebruik hoogstens 2 cijfers achter de komma.').waitFor(WAIT);
    expect(posts).toBe(0);

    await name.fill(SCHEME);
    await admin.getByLabel('Uitleg voor pashouders (mag leeg blijven)').fill('Voor sport en cultuur.');
    await admin.getByLabel('Bedrag per pas').fill('50,00');
    await admin.getByRole('group', { name: 'Waar kan het tegoed gebruikt worden?' }).getByLabel('Sport').check();
    await admin.getByLabel('Laatste dag').fill(validUntil);
    await admin.getByLabel('Budget om mee te beginnen (mag leeg blijven)').fill('60');
    await admin.getByRole('button', { name: 'Regeling maken' }).click();
    await h1(admin, `Regeling: ${SCHEME}`);
    expect(posts).toBe(1);
    await admin.getByText(`De regeling ${SCHEME} is gemaakt.`, { exact: false }).waitFor(WAIT);
    const details = admin.locator('section', { has: admin.getByRole('heading', { level: 2, name: 'Gegevens' }) });
    const detailText = (await details.textContent()) ?? '';
    expect(detailText).toMatch(money('€ 50,00'));
    expect(detailText).toMatch(money('€ 60,00'));
    expect(detailText).toContain('Sport');
    await expectAccessible(admin, 'Tegoed: new scheme');
  });

  it('adds budget and loads credit on one pass', async () => {
    const fund = admin.locator('section', { has: admin.getByRole('heading', { level: 2, name: 'Budget toevoegen' }) });
    await fund.getByLabel('Bedrag').fill('100,00');
    await fund.getByLabel('Kenmerk (mag leeg blijven)').fill('raadsbesluit 12');
    await fund.getByRole('button', { name: 'Budget toevoegen' }).click();
    await fund.getByText('Gebruik alleen letters, cijfers en . _ : - (geen spaties).').waitFor(WAIT);
    await fund.getByLabel('Kenmerk (mag leeg blijven)').fill('raadsbesluit-12');
    await fund.getByRole('button', { name: 'Budget toevoegen' }).click();
    await expect.poll(() => fund.getByRole('status').textContent(), WAIT).toMatch(money('Het budget is nu € 160,00'));
    await expectAccessible(admin, 'Tegoed: budget added');

    const one = admin.locator('section', {
      has: admin.getByRole('heading', { level: 2, name: 'Tegoed op één pas zetten' }),
    });
    await one.getByLabel('Pasnummer').fill(formatPassNumber(kees.number));
    await one.getByLabel('Bedrag (mag leeg blijven)').fill('10');
    await one.getByRole('button', { name: 'Tegoed op de pas zetten' }).click();
    await expect
      .poll(() => one.getByRole('status').textContent(), WAIT)
      .toMatch(money(`€ 10,00 staat nu op pas ${formatPassNumber(kees.number)}`));
    expect(await balance(kees.id, SCHEME)).toBe(1000);
    const details = admin.locator('section', { has: admin.getByRole('heading', { level: 2, name: 'Gegevens' }) });
    await expect.poll(() => details.textContent(), WAIT).toMatch(money('€ 150,00'));
  });

  it('checks a CSV file first, lists the bad row and books nothing; the fixed file is booked with progress', async () => {
    const bulk = admin.locator('section', { has: admin.getByRole('heading', { level: 2, name: /veel passen/ }) });
    const bad = [
      'pasnummer;bedrag',
      `${formatPassNumber(fatima.number)};25,00`,
      `${child.number};`,
      `${withWrongCheckDigit(jan.number)};50,00`,
    ].join('\n');
    await bulk
      .getByLabel('CSV-bestand')
      .setInputFiles({ name: 'tegoed.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await bulk.getByRole('button', { name: 'Bestand controleren' }).click();
    const errors = bulk.getByRole('table', { name: 'Fouten in het bestand' });
    await errors.waitFor(WAIT);
    const rows = errors.locator('tbody tr');
    expect(await rows.count()).toBe(1);
    const cells = await rows.first().locator('td').allTextContents();
    expect(cells).toEqual([
      '4',
      'Pasnummer',
      'Het laatste cijfer van het pasnummer klopt niet. Misschien is er een typfout.',
    ]);
    await expect
      .poll(() => bulk.getByRole('status').first().textContent(), WAIT)
      .toContain('Controle klaar: er is 1 fout gevonden. Er is niets geboekt.');
    expect(await bulk.getByRole('button', { name: 'Nu boeken' }).count()).toBe(0);
    expect(await loadEntries()).toBe(2); // the ended scheme's load and the one pass above
    await expectAccessible(admin, 'Tegoed: dry run with a bad row');

    const fixed = [
      'pasnummer;bedrag',
      `${formatPassNumber(fatima.number)};25,00`,
      `${child.number};`,
      `${jan.number};50,00`,
    ].join('\n');
    await bulk
      .getByLabel('CSV-bestand')
      .setInputFiles({ name: 'tegoed-verbeterd.csv', mimeType: 'text/csv', buffer: Buffer.from(fixed) });
    expect(await errors.count()).toBe(0);
    await bulk.getByRole('button', { name: 'Bestand controleren' }).click();
    await bulk.getByText('Het bestand is goed: 3 passen krijgen samen', { exact: false }).waitFor(WAIT);
    expect(await bulk.textContent()).toMatch(money('samen € 125,00'));
    expect(await loadEntries()).toBe(2);
    await expectAccessible(admin, 'Tegoed: dry run without problems');

    await bulk.getByRole('button', { name: 'Nu boeken' }).click();
    await expect
      .poll(() => bulk.getByRole('status').first().textContent(), WAIT)
      .toContain('Klaar. 3 passen hebben tegoed gekregen.');
    const progress = bulk.getByRole('progressbar', { name: 'Voortgang van het boeken' });
    expect(await progress.evaluate((el: HTMLProgressElement) => [el.value, el.max])).toEqual([1, 1]);
    // The button is gone; the focus is on the outcome, not lost.
    const outcome = bulk.getByText('Klaar. 3 passen hebben tegoed gekregen.', { exact: false }).last();
    await expect.poll(() => outcome.evaluate((el) => el === document.activeElement), WAIT).toBe(true);
    expect(await bulk.getByRole('button', { name: 'Nu boeken' }).count()).toBe(0);
    expect(await balance(fatima.id, SCHEME)).toBe(2500);
    expect(await balance(child.id, SCHEME)).toBe(5000);
    expect(await balance(jan.id, SCHEME)).toBe(5000);
    expect(await loadEntries()).toBe(5);
    await expectAccessible(admin, 'Tegoed: booked');

    // The same file again: the check says it was booked before, and nothing can be booked twice.
    await bulk
      .getByLabel('CSV-bestand')
      .setInputFiles({ name: 'tegoed-verbeterd.csv', mimeType: 'text/csv', buffer: Buffer.from(fixed) });
    await bulk.getByRole('button', { name: 'Bestand controleren' }).click();
    await bulk.getByText('3 regels zijn al eerder geboekt.', { exact: false }).waitFor(WAIT);
    expect(await bulk.getByRole('button', { name: 'Nu boeken' }).count()).toBe(0);
  });

  it('lets an ended scheme expire, and downloads the books as CSV and JSON', async () => {
    await admin.getByRole('link', { name: 'Terug naar alle regelingen' }).click();
    await h1(admin, 'Tegoed');
    const list = admin.locator('section', { has: admin.getByRole('heading', { level: 2, name: 'Regelingen' }) });
    const current = list.getByRole('row', { name: new RegExp(SCHEME) });
    // The list may first show what it had cached before the loads, then what it fetched anew.
    await expect.poll(() => current.textContent(), WAIT).toMatch(money('€ 135,00 op 4 passen'));
    expect(await current.getByRole('button').count()).toBe(0);
    const ended = list.getByRole('row', { name: new RegExp(ENDED_SCHEME) });
    await ended.getByRole('button', { name: `Tegoed laten vervallen: ${ENDED_SCHEME}` }).click();
    await admin.getByText('Er staat nog', { exact: false }).waitFor(WAIT);
    await expectAccessible(admin, 'Tegoed: confirm expiry');
    await ended.getByRole('button', { name: 'Ja, laten vervallen' }).click();
    const live = admin.locator('main [role="status"][aria-live="polite"]').first();
    await expect
      .poll(() => live.textContent(), WAIT)
      .toMatch(money(`Het tegoed van ${ENDED_SCHEME} is vervallen: € 5,00 van 1 pas is terug in het budget.`));
    expect(await balance(fatima.id, ENDED_SCHEME)).toBe(0);
    await expect.poll(() => ended.getByRole('button').count(), WAIT).toBe(0);
    const listHeading = admin.getByRole('heading', { level: 2, name: 'Regelingen' });
    await expect.poll(() => listHeading.evaluate((el) => el === document.activeElement), WAIT).toBe(true);
    await expectAccessible(admin, 'Tegoed: after expiry');

    const csvHref = await admin.getByRole('link', { name: 'Download de boekhouding als CSV' }).getAttribute('href');
    const jsonHref = await admin.getByRole('link', { name: 'Download de boekhouding als JSON' }).getAttribute('href');
    const csv = await admin.context().request.get(csvHref!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect((await csv.text()).split('\r\n')[0]).toContain('format_version');
    const json = (await (await admin.context().request.get(jsonHref!)).json()) as {
      formatVersion: string;
      entries: { kind: string }[];
    };
    expect(json.formatVersion).toBe('1.1');
    expect(json.entries.filter((e) => e.kind === 'credit_load').length).toBe(5);
    expect(json.entries.filter((e) => e.kind === 'credit_expiry').length).toBe(1);
  });

  it('the resident sees the credit per scheme, its history and the warning in Mijn pas', async () => {
    resident = await newPage();
    const request = await app.inject({
      method: 'POST',
      url: '/api/v1/login-links',
      payload: { email: RESIDENT_EMAIL },
    });
    expect(request.statusCode).toBe(202);
    const outbox = await db
      .selectFrom('outbox_messages')
      .select('body_text')
      .where('to_address', '=', RESIDENT_EMAIL)
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    const link = /(\/inloggen\/link\?token=\S+)/.exec(outbox.body_text)![1]!;
    await resident.goto(link);
    await resident.waitForURL('**/mijn-pas', WAIT);
    await h1(resident, 'Mijn pas');
    await settled(resident);

    const warning = resident.locator('.utrecht-alert', {
      has: resident.getByRole('heading', { name: 'Let op: uw tegoed stopt bijna' }),
    });
    await warning.waitFor(WAIT);
    const warningText = (await warning.textContent()) ?? '';
    expect(warningText).toMatch(money(`Fatima Yilmaz heeft nog € 25,00 tegoed van ${SCHEME}.`));
    expect(warningText).toMatch(money(`Yusuf Yilmaz heeft nog € 50,00 tegoed van ${SCHEME}.`));
    expect(warningText).not.toContain(ENDED_SCHEME);

    const credit = resident.locator('section', { has: resident.getByRole('heading', { level: 2, name: 'Tegoed' }) });
    const own = credit.locator('section', {
      has: resident.getByRole('heading', { level: 3, name: `${SCHEME} voor Fatima Yilmaz` }),
    });
    await own.waitFor(WAIT);
    const ownText = (await own.textContent()) ?? '';
    expect(ownText).toMatch(money('€ 25,00'));
    expect(ownText).toContain('Sport');
    expect(ownText).toContain('Voor sport en cultuur.');
    expect(await own.getByRole('table').locator('tbody tr').allTextContents()).toEqual([
      expect.stringMatching(/Tegoed erbij\+\s€\s25,00/),
    ]);
    const ofChild = credit.locator('section', {
      has: resident.getByRole('heading', { level: 3, name: `${SCHEME} voor Yusuf Yilmaz` }),
    });
    expect(await ofChild.textContent()).toMatch(money('€ 50,00'));
    const endedItem = credit.locator('section', {
      has: resident.getByRole('heading', { level: 3, name: `${ENDED_SCHEME} voor Fatima Yilmaz` }),
    });
    const endedText = (await endedItem.textContent()) ?? '';
    expect(endedText).toContain('(verlopen)');
    expect(await endedItem.getByRole('table').locator('tbody tr').allTextContents()).toEqual([
      expect.stringMatching(/Vervallen−\s€\s5,00/),
      expect.stringMatching(/Tegoed erbij\+\s€\s5,00/),
    ]);
    // Nothing of the admin's view: no budget, no other holders.
    const mainText = (await resident.locator('main').textContent()) ?? '';
    expect(mainText).not.toContain('Budget');
    expect(mainText).not.toContain(jan.number);
    await expectAccessible(resident, 'Mijn pas with credit');

    await resident.getByRole('button', { name: 'English' }).click();
    await h1(resident, 'My pass');
    await resident.getByRole('heading', { name: 'Please note: your credit stops soon' }).waitFor(WAIT);
    await expectAccessible(resident, 'Mijn pas with credit in English');
    await resident.getByRole('button', { name: 'Nederlands' }).click();
  });

  it("the pass organisation lets the scheme's fund pay an offer's discount, and credit pay there", async () => {
    await admin.goto('/beheer/aanbod');
    await h1(admin, 'Beheer');
    const row = admin.getByRole('row', { name: /Zwemles/ });
    await row.waitFor(WAIT);
    expect(await row.textContent()).toContain('De aanbieder zelf, zonder tegoed');
    await expectAccessible(admin, 'Beheer: offers with payment');
    await row.getByRole('link', { name: /Wijzigen/ }).click();
    await admin.waitForURL(`**/beheer/aanbod/${swimming.id}/betaling`, WAIT);
    await h1(admin, 'Betaling van Zwemles');
    await expectAccessible(admin, 'Betaling: as it was');

    await admin.getByLabel('Het potje van een regeling').check();
    await admin.getByRole('button', { name: 'Opslaan' }).click();
    await admin.getByText('Kies de regeling die de korting betaalt.').waitFor(WAIT);
    const select = admin.getByLabel('Welke regeling?');
    expect(await select.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => select.evaluate((el) => el === document.activeElement), WAIT).toBe(true);
    await expectAccessible(admin, 'Betaling: no scheme chosen');

    await select.selectOption({ label: SCHEME });
    await admin.getByLabel('Pashouders mogen hier met tegoed betalen').check();
    await admin.getByRole('button', { name: 'Opslaan' }).click();
    await admin.getByText('De betaling is opgeslagen.').waitFor(WAIT);
    const scheme = await db
      .selectFrom('credit_schemes')
      .select('id')
      .where('name', '=', SCHEME)
      .executeTakeFirstOrThrow();
    expect(
      await db
        .selectFrom('offers')
        .select(['payable_from_credit', 'discount_borne_by', 'discount_scheme_id'])
        .where('id', '=', swimming.id)
        .executeTakeFirstOrThrow(),
    ).toEqual({ payable_from_credit: true, discount_borne_by: 'scheme', discount_scheme_id: scheme.id });
    await expectAccessible(admin, 'Betaling: saved');

    await admin.getByRole('link', { name: 'Terug naar het aanbod' }).click();
    await expect
      .poll(() => admin.getByRole('row', { name: /Zwemles/ }).textContent(), WAIT)
      .toContain(`${SCHEME}, met tegoed`);
  });

  it("till staff book part of the price from the pass's credit; the holder sees where it was paid", async () => {
    const till = await newPage();
    await logInAsStaff(till, TILL_EMAIL, TILL_PASSWORD);
    await h1(till, 'Kassa');
    await till.getByLabel('Pasnummer').fill(formatPassNumber(fatima.number));
    await till.getByRole('button', { name: 'Pas zoeken' }).click();
    const offer = till.locator('.sp-till-offers li', { hasText: 'Zwemles' });
    await offer.waitFor(WAIT);
    // The price to charge, and how much of it the credit can pay here (all of it: € 25,00 is on the pass).
    expect(await offer.textContent()).toMatch(money('Te betalen: € 6,00'));
    expect(await offer.textContent()).toMatch(money('Tegoed op de pas dat hier kan: € 6,00.'));
    await offer.getByLabel('Betalen met tegoed').check();
    const amount = offer.getByLabel('Bedrag van het tegoed');
    expect(await amount.inputValue()).toBe('6,00');
    await expectAccessible(till, 'Kassa: paying with credit');

    // More than the credit may pay here: said at the field, nothing sent.
    let posts = 0;
    till.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/redemptions') posts++;
    });
    await amount.fill('9');
    await offer.getByRole('button', { name: 'Verzilveren' }).click();
    await offer.getByText('Dat is meer dan het tegoed dat hier kan.', { exact: false }).waitFor(WAIT);
    expect(await amount.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => amount.evaluate((el) => el === document.activeElement), WAIT).toBe(true);
    expect(posts).toBe(0);
    await expectAccessible(till, 'Kassa: too much credit');

    // Part of the price from credit: the rest is paid at the till.
    await amount.fill('4,00');
    expect(await offer.textContent()).toMatch(money('Daarna nog te betalen: € 2,00'));
    await offer.getByRole('button', { name: 'Verzilveren' }).click();
    const confirmation = till.locator('.sp-confirmation');
    await confirmation.getByRole('heading', { name: 'Verzilverd' }).waitFor(WAIT);
    const confirmed = (await confirmation.textContent()) ?? '';
    expect(confirmed).toMatch(money('Prijs: € 6,00'));
    expect(confirmed).toMatch(money('Betaald met tegoed: € 4,00'));
    expect(confirmed).toMatch(money('Nog te betalen: € 2,00'));
    expect(posts).toBe(1);
    expect(await balance(fatima.id, SCHEME)).toBe(2100);
    const payment = await db
      .selectFrom('journal_entries')
      .select('kind')
      .where('kind', '=', 'redemption_credit_payment')
      .execute();
    expect(payment).toHaveLength(1);
    // The list is read again: € 21,00 is left, still enough for the whole price.
    await expect.poll(() => offer.textContent(), WAIT).toMatch(money('Tegoed op de pas dat hier kan: € 6,00.'));
    // The next sale starts without credit: nothing is taken from a pass unless the till chooses it again.
    expect(await offer.getByLabel('Betalen met tegoed').isChecked()).toBe(false);
    expect(await offer.getByLabel('Bedrag van het tegoed').count()).toBe(0);
    await expectAccessible(till, 'Kassa: paid partly with credit');

    await resident.reload();
    await h1(resident, 'Mijn pas');
    const credit = resident.locator('section', { has: resident.getByRole('heading', { level: 2, name: 'Tegoed' }) });
    const own = credit.locator('section', {
      has: resident.getByRole('heading', { level: 3, name: `${SCHEME} voor Fatima Yilmaz` }),
    });
    await expect.poll(() => own.textContent(), WAIT).toMatch(money('€ 21,00'));
    const rows = await own.getByRole('table').locator('tbody tr').allTextContents();
    expect(rows[0]).toMatch(/Betaald met tegoed bij Zwembad De Zaanstroom−\s€\s4,00/);
    expect(rows.join(' ')).not.toContain('Correctie');
    await expectAccessible(resident, 'Mijn pas after paying with credit');
  });
});
