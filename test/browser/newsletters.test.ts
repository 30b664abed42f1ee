/**
 * Newsletters and the supportgroep in Chromium: a resident subscribes for one wijk, confirms with
 * the link from the outbox, receives the next edition with only that wijk's news, and unsubscribes
 * in one click; a supportgroep member's lead shows on the recruitment board. Zero axe violations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { createTenant, createUser, TENANT } from '../support/fixtures.ts';
import { createTestDatabase } from '../support/test-app.ts';
import { BrowserHarness, createAxeChecker, h1, logInAsStaff, WAIT } from '../support/browser.ts';

let database: Database;
let dropDatabase: () => Promise<void>;
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('newsletters-');
const RESIDENT = 'bewoner@example.nl';

const mailsTo = (email: string) =>
  database.db
    .selectFrom('outbox_messages')
    .select(['subject', 'body_text', 'headers'])
    .where('to_address', '=', email)
    .orderBy('created_at')
    .execute();
const linkIn = (text: string, path: string) => new RegExp(`https?://\\S+${path}\\?token=\\S+`).exec(text)?.[0] ?? '';

async function publishStory(slug: string, title: string, wijk: string) {
  const { id } = await database.db
    .insertInto('stories')
    .values({
      tenant_id: TENANT,
      slug,
      kind: 'wijk_event',
      title,
      lead: 'Kom ook!',
      status: 'published',
      publish_at: new Date(Date.now() - 3_600_000),
      author_id: 'user:test',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await database.db
    .insertInto('story_links')
    .values({ tenant_id: TENANT, story_id: id, kind: 'wijk', target: wijk })
    .execute();
}

beforeAll(async () => {
  const created = await createTestDatabase();
  database = created.database;
  dropDatabase = created.drop;
  await createTenant(database.db);
  await createUser(database.db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  const member = await createUser(database.db, {
    role: 'support_group',
    email: 'sanne@test.demo',
    password: 'geheim-wachtwoord',
  });
  const goal = await database.db
    .insertInto('policy_goals')
    .values({ tenant_id: TENANT, slug: 'participatie', name: 'Participatie' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await database.db
    .insertInto('support_group_members')
    .values({
      tenant_id: TENANT,
      user_id: member.id,
      name: 'Sanne de Vries',
      email: 'sanne@test.demo',
      kind: 'business',
      policy_goal_id: goal.id,
    })
    .execute();
  await publishStory('feest-in-poelenburg', 'Feest in Poelenburg', 'WK047912');
  await publishStory('markt-in-zaandam-zuid', 'Markt in Zaandam-Zuid', 'WK047901');
  await harness.start(database);
});

afterAll(async () => {
  await harness.close();
  await dropDatabase?.();
  summary();
});

describe('the newsletter', () => {
  it('takes a subscription for one wijk, confirmed with the link from the e-mail', async () => {
    const page = await harness.newPage();
    await page.goto('/nieuwsbrief');
    await h1(page, 'Nieuwsbrief');
    await page.getByLabel('Uw e-mailadres').fill(RESIDENT);
    await page.getByRole('group', { name: 'Wijken' }).getByLabel('Poelenburg').check();
    await expectAccessible(page, 'aanmelden');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByText('Kijk in uw mailbox').waitFor(WAIT);
    const [confirmation] = await mailsTo(RESIDENT);
    await page.goto(linkIn(confirmation!.body_text, '/nieuwsbrief/bevestigen'));
    await h1(page, 'Aanmelding bevestigen');
    await page.getByRole('button', { name: 'Ja, ik wil de nieuwsbrief' }).click();
    await page.getByText('U bent aangemeld voor de nieuwsbrief').waitFor(WAIT);
    await expectAccessible(page, 'bevestigd');
  });

  it('sends the next edition with only that wijk’s news, and unsubscribes in one click', async () => {
    const admin = await harness.newPage();
    await logInAsStaff(admin, 'beheer@test.demo', 'geheim-wachtwoord');
    await admin.goto('/beheer/nieuwsbrieven');
    await h1(admin, 'Nieuwsbrieven');
    await admin.getByLabel('Titel').fill('Nieuws van december');
    await admin.getByRole('button', { name: 'Samenstellen' }).click();
    await h1(admin, 'Nieuws van december');
    await admin.getByLabel('Lezer van de wijk').selectOption('WK047912');
    const preview = admin.getByRole('region', { name: 'Voorbeeld per lezer' });
    await preview.getByText('Feest in Poelenburg').waitFor(WAIT);
    expect(await preview.getByText('Markt in Zaandam-Zuid').count()).toBe(0);
    await expectAccessible(admin, 'nieuwsbrief met voorbeeld');
    await admin.getByRole('button', { name: 'Nu versturen' }).click();
    await admin.getByText('De nieuwsbrief wordt verstuurd.').waitFor(WAIT);
    // The background job finishes the sending; the page polls the figures while it runs.
    await expect
      .poll(
        async () =>
          (await database.db.selectFrom('newsletter_editions').select('status').executeTakeFirstOrThrow()).status,
        { timeout: 30_000, interval: 200 },
      )
      .toBe('sent');

    const mails = await mailsTo(RESIDENT);
    expect(mails).toHaveLength(2);
    const edition = mails[1]!;
    expect(edition.body_text).toContain('Feest in Poelenburg');
    expect(edition.body_text).not.toContain('Markt in Zaandam-Zuid');
    expect(edition.headers!['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');

    const resident = await harness.newPage();
    await resident.goto(linkIn(edition.body_text, '/nieuwsbrief/afmelden'));
    await h1(resident, 'Afmelden voor de nieuwsbrief');
    await resident.getByRole('button', { name: 'Afmelden' }).click();
    await resident.getByText('U bent afgemeld').waitFor(WAIT);
    await expectAccessible(resident, 'afgemeld');
    const subscriber = await database.db
      .selectFrom('newsletter_subscribers')
      .select('status')
      .where('email', '=', RESIDENT)
      .executeTakeFirstOrThrow();
    expect(subscriber.status).toBe('unsubscribed');
  });

  it('shows the addresses that bounced, and the soft bounces of an edition', async () => {
    await database.db
      .insertInto('newsletter_subscribers')
      .values({
        tenant_id: TENANT,
        audience: 'residents',
        email: 'oud-adres@example.org',
        status: 'bounced',
        bounced_at: new Date(),
        bounce_status: '5.1.1',
      })
      .execute();
    const admin = await harness.newPage();
    await logInAsStaff(admin, 'beheer@test.demo', 'geheim-wachtwoord');
    await admin.goto('/beheer/nieuwsbrieven');
    await h1(admin, 'Nieuwsbrieven');
    const bounces = admin.getByRole('region', { name: 'Adressen die niet werken' });
    const row = bounces.getByRole('row', { name: /oud-adres@example\.org/ });
    await row.waitFor(WAIT);
    await row.getByText('5.1.1').waitFor(WAIT);
    await expectAccessible(admin, 'adressen die niet werken');
    await admin.getByRole('link', { name: 'Nieuws van december' }).click();
    await h1(admin, 'Nieuws van december');
    await admin.getByText('Tijdelijk niet bezorgd').waitFor(WAIT);
  });
});

describe('the supportgroep', () => {
  it("puts a member's lead on the recruitment board with their name as the source", async () => {
    const member = await harness.newPage();
    await logInAsStaff(member, 'sanne@test.demo', 'geheim-wachtwoord');
    await member.goto('/supportgroep');
    await h1(member, 'Supportgroep');
    await member.getByLabel('Naam van het bedrijf of de organisatie').fill('Fietsenmaker Zaandam');
    await member.getByLabel('Wijk').selectOption('WK047912');
    await member.getByLabel('Uw tip').fill('Wil korting geven aan jongeren.');
    await member.getByRole('button', { name: 'Doorgeven' }).click();
    await member.getByText('Uw tip staat op het wervingsbord').waitFor(WAIT);
    await expectAccessible(member, 'supportgroep lid');

    const admin = await harness.newPage();
    await logInAsStaff(admin, 'beheer@test.demo', 'geheim-wachtwoord');
    await admin.goto('/beheer/werving');
    const card = admin.getByRole('article', { name: 'Fietsenmaker Zaandam' });
    await card.waitFor(WAIT);
    await card.getByText('bron: Sanne de Vries (supportgroep)', { exact: false }).waitFor(WAIT);
  });
});
