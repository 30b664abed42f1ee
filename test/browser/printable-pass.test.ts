/**
 * "Pas afdrukken" in Chromium: a logged-in resident opens the page (Dutch, and Ukrainian) and
 * downloads the PDF of their pass. Zero axe violations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/test-app.ts';
import { createPass, createTenant, createUser, TENANT } from '../support/fixtures.ts';
import { WAIT, createAxeChecker, h1, BrowserHarness } from '../support/browser.ts';
import { hashSecret, newSecret } from '../../src/shared/tokens.ts';

let dropDatabase: () => Promise<void>;
let baseURL = '';
let session = '';
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('printable-pass-');

beforeAll(async () => {
  const { database, drop } = await createTestDatabase();
  dropDatabase = drop;
  const db = database.db;
  await createTenant(db);
  const pass = await createPass(db, { email: 'lotte@voorbeeld.test' });
  const user = await createUser(db, { role: 'resident', email: 'lotte@voorbeeld.test', holderId: pass.holderId });
  session = newSecret();
  await db
    .insertInto('sessions')
    .values({
      tenant_id: TENANT,
      token_hash: hashSecret(session),
      user_id: user.id,
      expires_at: new Date(Date.now() + 3_600_000),
    })
    .execute();
  ({ baseURL } = await harness.start(database));
});
afterAll(async () => {
  await harness.close();
  await dropDatabase();
  summary();
});

describe('pas afdrukken', () => {
  it('downloads the pass as a PDF, in Dutch and in Ukrainian', async () => {
    const page = await harness.newPage({ acceptDownloads: true });
    await page.context().addCookies([{ name: 'stadspas_session', value: session, url: baseURL }]);
    await page.goto('/mijn-pas/afdrukken');
    await h1(page, 'Pas afdrukken');
    await expectAccessible(page, 'Pas afdrukken');
    const [download] = await Promise.all([
      page.waitForEvent('download', WAIT),
      page.getByRole('link', { name: 'Pas downloaden (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('pas-om-af-te-drukken.pdf');
    await page.getByRole('button', { name: 'Pas van plastic aanvragen' }).click();
    await page.getByText('Uw aanvraag is ontvangen. U krijgt de pas per post.').waitFor(WAIT);
    await expectAccessible(page, 'Pas van plastic aangevraagd');

    const uk = await harness.newPage();
    await uk.context().addCookies([{ name: 'stadspas_session', value: session, url: baseURL }]);
    await uk.addInitScript(() => localStorage.setItem('stadspas.language', 'uk'));
    await uk.goto('/mijn-pas/afdrukken');
    await h1(uk, 'Надрукувати картку');
    expect(await uk.getByRole('link', { name: 'Завантажити картку (PDF)' }).getAttribute('href')).toContain(
      'language=uk',
    );
    await expectAccessible(uk, 'Pas afdrukken (uk)');
  });
});
