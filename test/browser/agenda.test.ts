/**
 * The agenda in Chromium against the real server: this weekend's events, filters, the subscribe
 * address of the same filters, a festival page gathering its events; Dutch and English, zero axe
 * violations. The events repeat every day, so "this weekend" always has some, whatever today is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, fromFloating } from '../../src/modules/agenda/occurrences.ts';
import { todayInNetherlands } from '../../src/modules/offers/catalogue-date.ts';
import { createTestDatabase } from '../support/test-app.ts';
import { createOffer, createProvider, createTenant, createUser, TENANT } from '../support/fixtures.ts';
import type { Db } from '../../src/db/database.ts';
import { WAIT, createAxeChecker, h1, openFromBeheer, logInAsStaff, BrowserHarness } from '../support/browser.ts';

let dropDatabase: () => Promise<void>;
let db: Db;
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('agenda-');
const at = (date: string, time: string) => fromFloating(new Date(`${date}T${time}:00Z`));

beforeAll(async () => {
  const { database, drop } = await createTestDatabase();
  dropDatabase = drop;
  db = database.db;
  await createTenant(db);
  const club = await createProvider(db, { name: 'Spelletjesclub De Poel' });
  await createOffer(db, club, { title: 'Spelletjesavond met korting' });
  await createUser(db, { role: 'org_admin', email: 'agenda@beheer.demo', password: 'Agenda-beheer-1' });
  const start = addDays(todayInNetherlands(), -7);
  const festivalDay = addDays(todayInNetherlands(), 3);
  const festival = await db
    .insertInto('festivals')
    .values({
      tenant_id: TENANT,
      slug: 'zaanse-uitmarkt',
      name: 'Zaanse Uitmarkt',
      description: 'Het nieuwe cultuurseizoen begint.',
      starts_on: festivalDay,
      ends_on: festivalDay,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('events')
    .values([
      {
        tenant_id: TENANT,
        title: 'Koffieochtend in Buurthuis De Poel',
        kind: 'wijk',
        starts_at: at(start, '10:00'),
        ends_at: at(start, '11:30'),
        rrule: 'FREQ=DAILY',
        wijk_code: 'WK047912',
        location_name: 'Buurthuis De Poel',
        address: 'Azijnmakerij 1, 1503 AB Zaandam',
        is_free: true,
      },
      {
        tenant_id: TENANT,
        title: 'Zwemmen met muziek',
        kind: 'sport',
        starts_at: at(start, '14:00'),
        ends_at: at(start, '16:00'),
        rrule: 'FREQ=DAILY',
        wijk_code: 'WK047901',
        is_free: false,
        price_cents: 250,
      },
      {
        tenant_id: TENANT,
        title: 'Proeflessen dans en muziek',
        kind: 'festival',
        starts_at: at(festivalDay, '11:00'),
        ends_at: at(festivalDay, '17:00'),
        last_on: festivalDay,
        festival_id: festival.id,
        is_free: true,
      },
    ])
    .execute();
  await harness.start(database);
});

afterAll(async () => {
  await harness.close();
  await dropDatabase?.();
  summary();
});

describe('agenda', () => {
  it("finds this weekend's events, filters them and offers them as a calendar feed", async () => {
    const page = await harness.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'Agenda', exact: true }).first().click();
    await h1(page, 'Agenda');
    await page.getByLabel('Wanneer').selectOption({ label: 'Dit weekend' });
    await page.getByRole('heading', { level: 2, name: 'Dit weekend' }).waitFor(WAIT);
    // Saturday and Sunday, or only Sunday when today is Sunday: two events a day.
    await expect
      .poll(async () => (await page.getByRole('status').textContent()) ?? '', WAIT)
      .toMatch(/^(2|4) activiteiten gevonden$/);
    await page
      .getByText('€ 2,50 met je pas')
      .first()
      .or(page.getByText('€\u00a02,50 met je pas').first())
      .waitFor(WAIT);
    await expectAccessible(page, 'agenda this weekend');

    await page.getByLabel('Prijs').selectOption({ label: 'Alleen gratis' });
    await expect.poll(() => page.getByText('Zwemmen met muziek').count(), WAIT).toBe(0);
    expect(await page.getByText('Koffieochtend in Buurthuis De Poel').count()).toBeGreaterThan(0);
    const feed = await page.getByLabel('Of kopieer dit adres in je agenda-app').inputValue();
    expect(feed).toContain('/api/v1/events/calendar.ics?');
    expect(feed).toContain('period=weekend');
    expect(feed).toContain('free=true');
    const ics = await page.request.get(feed);
    expect(ics.headers()['content-type']).toContain('text/calendar');
    expect(await ics.text()).toContain('SUMMARY:Koffieochtend in Buurthuis De Poel');
    expect(await ics.text()).not.toContain('Zwemmen met muziek');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor(WAIT);
    await expectAccessible(page, 'agenda in English');
  });

  it('shows a festival with its events', async () => {
    const page = await harness.newPage();
    await page.goto('/agenda');
    await h1(page, 'Agenda');
    await page.getByRole('link', { name: 'Zaanse Uitmarkt' }).first().click();
    await h1(page, 'Zaanse Uitmarkt');
    await page.getByText('Proeflessen dans en muziek').waitFor(WAIT);
    await expectAccessible(page, 'festival page');
  });

  it('lets the pass organisation add an event that then shows in the agenda', async () => {
    const page = await harness.newPage();
    await logInAsStaff(page, 'agenda@beheer.demo', 'Agenda-beheer-1');
    await openFromBeheer(page, 'Agenda beheren');
    await h1(page, 'Agenda beheren');
    await page.getByRole('link', { name: 'Koffieochtend in Buurthuis De Poel' }).waitFor(WAIT);
    await expectAccessible(page, 'agenda beheren');
    await page.getByRole('link', { name: 'Nieuwe activiteit toevoegen' }).click();
    await h1(page, 'Nieuwe activiteit');
    await page.getByLabel('Titel').fill('Spelletjesmiddag');
    await page.getByLabel('Datum (de eerste keer)').fill(addDays(todayInNetherlands(), 2));
    await page.getByLabel('Begintijd').fill('14:00');
    await page.getByLabel('Eindtijd').fill('13:00');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    // A mistake is shown at its field, which gets the focus.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), WAIT).toBe('event-end');
    await page.getByText('De eindtijd moet na de begintijd zijn.').waitFor(WAIT);
    await expectAccessible(page, 'nieuwe activiteit, with an error');
    // It ends the next day, at 13:00: a night of games, which the end date allows.
    const firstDay = addDays(todayInNetherlands(), 2);
    await page.getByLabel('Einddatum').fill(addDays(firstDay, 1));
    await page.getByLabel('Hoe vaak?').selectOption({ label: 'Elke week' });
    // The pass organisation finds the offer by a word of its name.
    await page.getByLabel('Zoek aanbod op een woord uit de naam').fill('spelletjes');
    await page.getByLabel('Zoek aanbod op een woord uit de naam').press('Enter');
    await page.getByText('1 aanbieding gevonden voor ‘spelletjes’.').waitFor(WAIT);
    await page
      .getByLabel('Bij welk aanbod hoort de activiteit?')
      .selectOption({ label: 'Spelletjesavond met korting' });
    await page.getByLabel('Naam van de plek').fill('Bibliotheek Zaandam');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De activiteit ‘Spelletjesmiddag’ is opgeslagen.').waitFor(WAIT);
    await page.getByRole('link', { name: 'Spelletjesmiddag' }).waitFor(WAIT);
    const saved = await db
      .selectFrom('events')
      .select(['starts_at', 'ends_at', 'offer_id'])
      .where('title', '=', 'Spelletjesmiddag')
      .executeTakeFirstOrThrow();
    expect(saved.offer_id).not.toBeNull();
    expect(new Date(saved.ends_at).getTime() - new Date(saved.starts_at).getTime()).toBe(23 * 3600_000);

    await page.goto('/agenda');
    await h1(page, 'Agenda');
    await page.getByText('Spelletjesmiddag').first().waitFor(WAIT);
    // A month of events comes a part at a time: each press shows more, and focuses the first day it added.
    const more = page.getByRole('button', { name: /^Meer activiteiten tonen/ });
    const shown = () => page.locator('.sp-agenda__item').count();
    while ((await more.count()) > 0) {
      const before = await shown();
      await more.click();
      await expect.poll(shown, WAIT).toBeGreaterThan(before);
      expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^day-\d{4}-\d{2}-\d{2}$/);
    }
    expect(await page.getByText('Spelletjesmiddag').count()).toBeGreaterThan(1);
  });
});
