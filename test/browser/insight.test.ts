/**
 * Beleid en inzicht in Chromium against the real server: a beleidsmedewerker sees the kansenkaart
 * of their opgave (map, reach per wijk and buurt, board) and the six dashboards, where a figure
 * hidden to protect a small one reads "verborgen"; the Jaarplan PDF is generated. Zero axe
 * violations. (Building a survey, answering it by QR, rating an offer and the panel are in
 * feedback.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rollForward } from '../../src/modules/dashboards/rollup.ts';
import type { Db } from '../../src/db/database.ts';
import { createTestDatabase } from '../support/test-app.ts';
import {
  createOffer,
  createPass,
  createPasses,
  createProvider,
  createTenant,
  createUser,
  loginStaff,
  TENANT,
} from '../support/fixtures.ts';
import { BrowserHarness, createAxeChecker, h1, logInAsStaff, WAIT } from '../support/browser.ts';

let dropDatabase: () => Promise<void>;
let goalId = '';
let db: Db;
let offerId = '';
let providerId = '';
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('insight-');
const year = new Date().getFullYear();

beforeAll(async () => {
  const { database, drop } = await createTestDatabase();
  dropDatabase = drop;
  db = database.db;
  await createTenant(db);
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  const officer = await createUser(db, {
    role: 'policy_officer',
    email: 'beleid@test.demo',
    password: 'geheim-wachtwoord',
  });
  const provider = await createProvider(db, { name: 'Zwembad De Zaanstroom' });
  const offer = await createOffer(db, provider, { title: 'Banenzwemmen' });
  offerId = offer.id;
  providerId = provider.id;
  // 14 low-income holders in Poelenburg and 3 in Zaandam-Zuid used the pass two hours ago.
  const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
  for (let i = 0; i < 17; i++) {
    const pass = await createPass(db, { category: 'low_income' });
    if (i >= 14)
      await db.updateTable('holders').set({ wijk_code: 'WK047901' }).where('id', '=', pass.holderId).execute();
    await db
      .insertInto('redemptions')
      .values({
        tenant_id: TENANT,
        offer_id: offer.id,
        pass_id: pass.id,
        provider_id: provider.id,
        price_cents: 300,
        channel: 'seed',
        created_at: twoHoursAgo,
      })
      .execute();
  }
  const { app } = await harness.start(database);
  const admin = await loginStaff(app, 'beheer@test.demo', 'geheim-wachtwoord');
  const api = async (method: 'POST' | 'PUT', url: string, payload: object) => {
    const response = await app.inject({ method, url: `/api/v1${url}`, headers: { cookie: admin }, payload });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.body ? (response.json() as { id: string }) : undefined;
  };
  goalId = (await api('POST', '/policy-goals', {
    slug: 'kansengelijkheid',
    name: 'Kansengelijkheid',
    description: 'Iedereen doet mee, ook met weinig geld.',
    targetGroup: 'low_income',
  }))!.id;
  await api('PUT', `/policy-goals/${goalId}/officers`, { userIds: [officer.id] });
  await api('POST', `/policy-goals/${goalId}/opportunities`, {
    title: 'Zwemles voor kinderen uit minimagezinnen',
    description: '',
    ownerName: 'Team Sport',
    status: 'running',
    links: [{ type: 'offer', id: offer.id }],
  });
  await api('PUT', `/annual-plans/${year}/entries/${goalId}`, {
    goals: 'Meer minima doen mee',
    onThePass: 'Zwemmen',
    scheme: 'Meedoenregeling',
    contribution: 'Iedereen zwemt',
    priorities: 'Poelenburg',
  });
});

afterAll(async () => {
  await harness.close();
  await dropDatabase?.();
  summary();
});

describe('beleid en inzicht', () => {
  it('shows a beleidsmedewerker the kansenkaart of their opgave and the six dashboards, and makes the Jaarplan PDF', async () => {
    const page = await harness.newPage({ acceptDownloads: true });
    await logInAsStaff(page, 'beleid@test.demo', 'geheim-wachtwoord');
    await page.goto('/beleid');
    await h1(page, 'Beleid en inzicht');
    await page.getByText('uw opgave').waitFor(WAIT);
    await expectAccessible(page, 'beleid en inzicht');

    // The Jaarplan as a PDF.
    const [download] = await Promise.all([
      page.waitForEvent('download', WAIT),
      page.getByRole('link', { name: `Jaarplan ${year} als PDF downloaden` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`jaarplan-opgaven-${year}.pdf`);
    const stream = await download.createReadStream();
    const head = await new Promise<string>((resolve) =>
      stream.once('data', (chunk) => resolve(String(chunk).slice(0, 5))),
    );
    stream.destroy();
    expect(head).toBe('%PDF-');

    // The six dashboards, one after the other through the menu of the page.
    const titles = [
      'Een rijk lokaal aanbod',
      'Gebruikt en gewaardeerd door inwoners met weinig geld',
      'Ondernemers omarmen de pas',
      'Veel inwoners hebben een pas, gebruiken die en geven feedback',
      'Buurthuizen ondersteund',
      'Ambtenaren gebruiken de pas',
    ];
    for (const title of titles) {
      await page.getByRole('link', { name: title }).click();
      await h1(page, title);
      await page.getByRole('table', { name: `Cijfers over ${year}` }).waitFor(WAIT);
      await page.getByRole('link', { name: 'Download als CSV' }).waitFor(WAIT);
      await page.getByRole('link', { name: 'Download als Excel (XLSX)' }).waitFor(WAIT);
      if (title.startsWith('Gebruikt')) {
        // 14 in Poelenburg next to 3 in Zaandam-Zuid and a total: the 3 is "minder dan 10", the 14 is hidden to protect it.
        const perWijk = page.getByRole('table', { name: /Per wijk/ });
        await expect
          .poll(() => perWijk.getByRole('row', { name: /Zaandam-Zuid/ }).textContent(), WAIT)
          .toContain('minder dan 10');
        expect(await perWijk.getByRole('row', { name: /Poelenburg/ }).textContent()).toContain('verborgen');
        await page.getByText(/"Verborgen" betekent/).waitFor(WAIT);
        await expectAccessible(page, 'dashboard gebruikt en gewaardeerd');
      }
      await page.getByRole('link', { name: 'Terug naar Beleid en inzicht' }).click();
      await h1(page, 'Beleid en inzicht');
    }

    // The kansenkaart of the opgave: map, reach per wijk with the rule of 10, buurten, the board.
    await page.getByRole('link', { name: 'Kansenkaart Kansengelijkheid' }).click();
    await h1(page, 'Kansenkaart Kansengelijkheid');
    const reach = page.getByRole('table', { name: `Bereik per wijk in ${year}` });
    await expect
      .poll(() => reach.getByRole('row', { name: /Zaandam-Zuid/ }).textContent(), WAIT)
      .toContain('minder dan 10');
    expect(await reach.getByRole('row', { name: /Poelenburg/ }).textContent()).toContain('verborgen');
    await page.getByRole('heading', { level: 3, name: 'Loopt (1)' }).waitFor(WAIT);
    await page.getByText('Zwemles voor kinderen uit minimagezinnen').waitFor(WAIT);
    await page.getByRole('button', { name: 'Per buurt in Zaandam-Zuid' }).click();
    await page.getByRole('heading', { level: 3, name: 'Bereik per buurt in Zaandam-Zuid' }).waitFor(WAIT);
    // Three people in the wijk: no buurt figure can be shown.
    await page.getByText(/Per buurt tonen wij hier niets/).waitFor(WAIT);
    await expectAccessible(page, 'kansenkaart');
  }, 180_000);

  it('drills a wijk of a dashboard down to its buurten, hiding a buurt under 10 and the one that would give it away', async () => {
    // Zaandam-Zuid gets 12 more low-income holders in the Burgemeestersbuurt and 11 in the
    // Rosariumbuurt (26 with the 3 from before, who have no buurt): its figure is shown now.
    await db
      .insertInto('buurten')
      .values(
        [
          ['BU04790101', 'Burgemeestersbuurt'],
          ['BU04790102', 'Rosariumbuurt'],
        ].map(([code, name]) => ({
          tenant_id: TENANT,
          code: code!,
          wijk_code: 'WK047901',
          name: name!,
          population: 1000,
          geometry: '{}',
        })),
      )
      .execute();
    const at = new Date(Date.now() + 100 * 60_000); // after the roll-ups' watermark
    for (const [buurt, count] of [
      ['BU04790101', 12],
      ['BU04790102', 11],
    ] as const) {
      const passes = await createPasses(db, count, { category: 'low_income' });
      await db
        .updateTable('holders')
        .set({ wijk_code: 'WK047901', buurt_code: buurt })
        .where(
          'id',
          'in',
          passes.map((p) => p.holderId),
        )
        .execute();
      await db
        .insertInto('redemptions')
        .values(
          passes.map((p) => ({
            tenant_id: TENANT,
            offer_id: offerId,
            pass_id: p.id,
            provider_id: providerId,
            price_cents: 300,
            channel: 'seed',
            created_at: at,
          })),
        )
        .execute();
    }
    await rollForward(db, TENANT, new Date(Date.now() + 4 * 3600_000));

    const page = await harness.newPage();
    await logInAsStaff(page, 'beleid@test.demo', 'geheim-wachtwoord');
    await page.goto('/beleid/dashboards/used-and-valued');
    await h1(page, 'Gebruikt en gewaardeerd door inwoners met weinig geld');
    await page.getByRole('button', { name: 'Per buurt in Zaandam-Zuid' }).click();
    await page.getByRole('heading', { level: 3, name: 'Zaandam-Zuid per buurt' }).waitFor(WAIT);
    const buurten = page.getByRole('table', { name: /Zaandam-Zuid per buurt/ });
    await expect
      .poll(() => buurten.getByRole('row', { name: /Burgemeestersbuurt/ }).textContent(), WAIT)
      .toContain('12');
    // The 3 without a buurt are fewer than 10; the Rosariumbuurt's 11 are hidden so that 26 - 12 does not give them away.
    expect(await buurten.getByRole('row', { name: /Buurt onbekend/ }).textContent()).toContain('minder dan 10');
    expect(await buurten.getByRole('row', { name: /Rosariumbuurt/ }).textContent()).toContain('verborgen');
    expect(await buurten.getByRole('row', { name: /Hele wijk/ }).textContent()).toContain('26');
    await expectAccessible(page, 'dashboard per buurt');
  }, 120_000);
});
