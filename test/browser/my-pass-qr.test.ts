/**
 * Issue 14 (part A) in the browser: "Mijn pas" computes the rotating QR codes on the device (the
 * holder's own and their child's), they keep changing without a connection and the till takes
 * them; a lost phone is removed from the pass, and its codes stop working. Apple Wallet: with a
 * (self-made) certificate the button downloads a signed .pkpass, without one there is no button.
 * Checked with axe.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Db } from '../../src/db/database.ts';
import type { App } from '../../src/http/app-types.ts';
import { makeQrToken } from '../../src/modules/passes/pass-identifier.ts';
import { formatPassNumber, makePassNumber } from '../../src/modules/passes/pass-number.ts';
import { createTestDatabase } from '../support/test-app.ts';
import {
  createApiToken,
  createPass,
  createProvider,
  createTenant,
  createUser,
  TENANT,
  type TestPass,
} from '../support/fixtures.ts';
import { WAIT, createAxeChecker, h1, settled, BrowserHarness } from '../support/browser.ts';
import { makeTestWalletConfig, unzip } from '../support/wallet.ts';

const RESIDENT_EMAIL = 'fatima@voorbeeld.test';

let app: App;
let db: Db;
let dropDatabase: () => Promise<void>;
let fatima: TestPass;
let childNumber: string;
let tillToken: string;
let resident: Page;
const harness = new BrowserHarness();
const { expectAccessible, summary } = createAxeChecker('my-pass-qr-');

/** What the till answers for a scanned code: the pass number, or the problem type. */
async function atTill(code: string) {
  const response = await app.inject({
    url: `/api/v1/till/passes/${encodeURIComponent(code)}/offers`,
    headers: { authorization: `Bearer ${tillToken}` },
  });
  const body = response.json() as { pass?: { number: string }; type?: string };
  return body.pass?.number ?? body.type?.split('/').pop();
}

const tokenOf = (page: Page, alt: string | RegExp) =>
  page.getByRole('img', { name: alt }).getAttribute('data-qr-token');

beforeAll(async () => {
  const { database, drop } = await createTestDatabase();
  dropDatabase = drop;
  db = database.db;
  await createTenant(db);
  fatima = await createPass(db, { category: 'low_income', email: RESIDENT_EMAIL });
  await db.updateTable('holders').set({ name: 'Fatima Yilmaz' }).where('id', '=', fatima.holderId).execute();
  await createUser(db, { role: 'resident', email: RESIDENT_EMAIL, holderId: fatima.holderId });
  const childHolder = await db
    .insertInto('holders')
    .values({ tenant_id: TENANT, name: 'Yusuf Yilmaz', wijk_code: 'WK047912' })
    .returning('id')
    .executeTakeFirstOrThrow();
  childNumber = makePassNumber('0479', 700_101);
  await db
    .insertInto('passes')
    .values({
      tenant_id: TENANT,
      number: childNumber,
      holder_id: childHolder.id,
      category: 'child',
      parent_pass_id: fatima.id,
      valid_from: '2020-01-01',
      valid_until: '2099-12-31',
    })
    .execute();
  const bakery = await createProvider(db, { name: 'Bakkerij Kaaskop' });
  tillToken = await createApiToken(db, bakery.id);
  ({ app } = await harness.start(database));
});

afterAll(async () => {
  summary();
  await harness.close();
  await dropDatabase();
});

describe('Mijn pas: QR codes from the device', () => {
  it("shows my QR code and my child's, computed here, which the till takes", async () => {
    resident = await harness.newPage();
    // A fake clock from now on: later the test moves time on while the page is offline.
    await resident.clock.install();
    await app.inject({ method: 'POST', url: '/api/v1/login-links', payload: { email: RESIDENT_EMAIL } });
    const outbox = await db
      .selectFrom('outbox_messages')
      .select('body_text')
      .where('to_address', '=', RESIDENT_EMAIL)
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    await resident.goto(/(\/inloggen\/link\?token=\S+)/.exec(outbox.body_text)![1]!);
    await resident.waitForURL('**/mijn-pas', WAIT);
    await h1(resident, 'Mijn pas');
    await settled(resident);

    const own = await tokenOf(resident, 'QR-code van uw pas. Laat deze zien bij de kassa.');
    expect(own).toMatch(/^SP2\./);
    expect(own).not.toContain(fatima.number);
    expect(await atTill(own!)).toBe(formatPassNumber(fatima.number));
    await resident.getByRole('heading', { level: 3, name: 'QR-code van Yusuf Yilmaz' }).waitFor(WAIT);
    const child = await tokenOf(resident, 'QR-code van de pas van Yusuf Yilmaz. Laat deze zien bij de kassa.');
    expect(await atTill(child!)).toBe(formatPassNumber(childNumber));

    const devices = resident.locator('section', {
      has: resident.getByRole('heading', { level: 2, name: 'Apparaten met uw pas' }),
    });
    await devices.getByText('(dit apparaat)').waitFor(WAIT);
    await expectAccessible(resident, 'my pass with QR codes and devices');
  });

  it('keeps making new codes without a connection, and the till takes them', async () => {
    const before = await tokenOf(resident, 'QR-code van uw pas. Laat deze zien bij de kassa.');
    await resident.context().setOffline(true);
    await resident.clock.fastForward(31_000);
    await expect
      .poll(() => tokenOf(resident, 'QR-code van uw pas. Laat deze zien bij de kassa.'), WAIT)
      .not.toBe(before);
    const after = await tokenOf(resident, 'QR-code van uw pas. Laat deze zien bij de kassa.');
    await resident.context().setOffline(false);
    expect(await atTill(after!)).toBe(formatPassNumber(fatima.number));
  });

  it('removes a lost phone: its codes stop working at the till at once', async () => {
    // The lost phone: another device of Fatima's, added while she still had it.
    const cookie = (await resident.context().cookies()).find((c) => c.name === 'stadspas_session')!;
    const lost = await app.inject({
      method: 'POST',
      url: '/api/v1/me/pass/devices',
      headers: { cookie: `stadspas_session=${cookie.value}` },
      payload: { label: 'Oude telefoon' },
    });
    const lostKey = (lost.json() as { keys: { keyId: string; own: boolean }[] }).keys.find((k) => k.own)!.keyId;
    const code = () => makeQrToken(harness.app.deps.config.qrSecret, lostKey).token;
    expect(await atTill(code())).toBe(formatPassNumber(fatima.number));

    await resident.reload();
    await h1(resident, 'Mijn pas');
    await resident.getByRole('button', { name: 'Oude telefoon weghalen' }).click();
    await resident.getByRole('heading', { level: 3, name: 'Oude telefoon weghalen?' }).waitFor(WAIT);
    await expectAccessible(resident, 'my pass, removing a device');
    await resident.getByRole('button', { name: 'Ja, weghalen' }).click();
    await expect.poll(() => resident.getByRole('button', { name: 'Oude telefoon weghalen' }).count(), WAIT).toBe(0);
    expect(await atTill(code())).toBe('qr-code-revoked');
    // This device still shows its own code.
    expect(await tokenOf(resident, 'QR-code van uw pas. Laat deze zien bij de kassa.')).toMatch(/^SP2\./);
  });

  it('blocks my lost card and gives a new number; the old one is refused, the new QR code works', async () => {
    const replace = resident.locator('section', {
      has: resident.getByRole('heading', { level: 2, name: 'Pas kwijt, gestolen of kapot?' }),
    });
    await replace.getByRole('button', { name: 'Verder' }).click();
    await replace.getByText('Kies wat er is gebeurd.').waitFor(WAIT);
    await replace.getByLabel('De pas is kwijt').check();
    await replace.getByRole('button', { name: 'Verder' }).click();
    await replace.getByRole('heading', { level: 3, name: 'De pas van Fatima Yilmaz blokkeren?' }).waitFor(WAIT);
    await expectAccessible(resident, 'my pass, confirming a replacement');
    await replace.getByRole('button', { name: 'Ja, blokkeer en geef een nieuwe pas' }).click();
    const done = replace.getByRole('status');
    await done.waitFor(WAIT);
    const newNumber = /Het nieuwe pasnummer is ([\d ]+)\./.exec((await done.textContent()) ?? '')![1]!;
    expect(newNumber).not.toBe(formatPassNumber(fatima.number));
    await resident.getByText(newNumber, { exact: true }).first().waitFor(WAIT);
    await expectAccessible(resident, 'my pass after a replacement');

    expect(await atTill(fatima.number)).toBe('pass-replaced');
    await expect
      .poll(async () => atTill((await tokenOf(resident, 'QR-code van uw pas. Laat deze zien bij de kassa.'))!), WAIT)
      .toBe(newNumber);
  });

  it('offers Apple Wallet only with a certificate: the button downloads a signed .pkpass', async () => {
    // Without a certificate (this server as started): "Mijn pas" has no button, and nothing is broken.
    await resident.goto('/mijn-pas');
    await h1(resident, 'Mijn pas');
    await settled(resident);
    await resident.getByRole('img', { name: 'QR-code van uw pas. Laat deze zien bij de kassa.' }).waitFor(WAIT);
    expect(await resident.getByRole('link', { name: 'Zet mijn pas in Apple Wallet' }).count()).toBe(0);

    // The operator configures a (here self-made) signing certificate: the server reads it per request.
    const wallet = makeTestWalletConfig();
    harness.app.deps.config.appleWallet = wallet.config;
    try {
      await resident.reload();
      await h1(resident, 'Mijn pas');
      const button = resident.getByRole('link', { name: 'Zet mijn pas in Apple Wallet' });
      await button.waitFor(WAIT);
      const [download] = await Promise.all([resident.waitForEvent('download', WAIT), button.click()]);
      const bytes = await readFile((await download.path())!);
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\x03\x04');
      const files = unzip(bytes);
      expect([...files.keys()]).toEqual(expect.arrayContaining(['pass.json', 'manifest.json', 'signature']));
      expect(files.get('signature')!.length).toBeGreaterThan(100);
      const current = await db
        .selectFrom('passes')
        .select('number')
        .where('holder_id', '=', fatima.holderId)
        .where('status', '=', 'active')
        .executeTakeFirstOrThrow();
      const passJson = JSON.parse(files.get('pass.json')!.toString('utf8')) as { barcodes: { message: string }[] };
      expect(passJson.barcodes[0]!.message).toBe(current.number);
      expect(download.suggestedFilename()).toBe(`pas-${current.number}.pkpass`);
      await expectAccessible(resident, 'my pass with the Apple Wallet button, after the download');
    } finally {
      harness.app.deps.config.appleWallet = null;
      wallet.remove();
    }
  });
});
