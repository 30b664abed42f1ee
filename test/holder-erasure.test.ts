/**
 * Issue 14, item 12: the resident downloads their data (JSON and PDF), asks for erasure, and the
 * pass organisation erases it; the ledger stays balanced and complete in amounts. The retention
 * job erases holders whose last pass ended long ago, and old messages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enforceRetention } from '../src/modules/holder-file/holder-erasure.ts';
import { checkLedger } from '../src/modules/ledger/ledger-check.ts';
import {
  accountBalance,
  createPass,
  createTenant,
  createUser,
  loadPassCredit,
  loginResident,
  loginStaff,
  TENANT,
  type TestPass,
} from './support/fixtures.ts';
import { pdfText } from './support/pdf-text.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

let ctx: TestContext;
let admin: string;
let pass: TestPass;
let resident: string;
let creditAccount: string;
const API = '/api/v1';
const call = (method: 'GET' | 'POST', url: string, cookie: string) =>
  ctx.app.inject({ method, url: `${API}${url}`, headers: { cookie } });

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  pass = await createPass(db, { email: 'anouk@voorbeeld.test' });
  await db
    .insertInto('holder_addresses')
    .values({
      tenant_id: TENANT,
      holder_id: pass.holderId,
      street: 'Rozengracht',
      house_number: '7',
      postcode: '1506SB',
      city: 'Zaandam',
    })
    .execute();
  await createUser(db, { role: 'resident', email: 'anouk@voorbeeld.test', holderId: pass.holderId });
  resident = await loginResident(ctx.app, 'anouk@voorbeeld.test');
  creditAccount = await loadPassCredit(db, pass, 5_000, '2099-12-31');
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  admin = await loginStaff(ctx.app, 'beheer@test.demo', 'geheim-wachtwoord');
});
afterAll(async () => {
  await ctx.close();
});

describe("the resident's data", () => {
  it('downloads as JSON and as a readable PDF', async () => {
    const json = await call('GET', '/me/data', resident);
    expect(json.statusCode, json.body).toBe(200);
    const data = json.json() as {
      person: { name: string; email: string };
      address: { street: string };
      passes: unknown[];
    };
    expect(data.person.email).toBe('anouk@voorbeeld.test');
    expect(data.address.street).toBe('Rozengracht');
    expect(data.passes).toHaveLength(1);
    const pdf = await call('GET', '/me/data.pdf', resident);
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('Uw gegevens');
    expect(text).toContain(`Naam: ${data.person.name}`);
    expect(text).toContain('Rozengracht 7');
    expect((await call('GET', '/me/data', admin)).statusCode).toBe(403);
  });

  it('is erased on request by the pass organisation; the ledger keeps every amount', async () => {
    const db = ctx.database.db;
    const asked = await call('POST', '/me/erasure-request', resident);
    expect(asked.statusCode, asked.body).toBe(200);
    await call('POST', '/me/erasure-request', resident);
    const confirmations = await db
      .selectFrom('outbox_messages')
      .selectAll()
      .where('to_address', '=', 'anouk@voorbeeld.test')
      .execute();
    expect(confirmations.filter((m) => m.subject === 'We hebben uw verzoek ontvangen')).toHaveLength(1);
    const before = await checkLedger(db, TENANT);
    expect(before.ok).toBe(true);

    expect((await call('POST', `/holder-files/${pass.holderId}/erasure`, resident)).statusCode).toBe(403);
    const erased = await call('POST', `/holder-files/${pass.holderId}/erasure`, admin);
    expect(erased.statusCode, erased.body).toBe(200);
    expect(erased.json()).toMatchObject({ blockedPasses: 1, accounts: 1 });

    const holder = await db.selectFrom('holders').selectAll().where('id', '=', pass.holderId).executeTakeFirstOrThrow();
    expect(holder).toMatchObject({ name: 'Gewist', email: null, birth_date: null });
    expect(
      await db.selectFrom('holder_addresses').selectAll().where('holder_id', '=', pass.holderId).execute(),
    ).toEqual([]);
    expect(
      await db.selectFrom('outbox_messages').selectAll().where('to_address', '=', 'anouk@voorbeeld.test').execute(),
    ).toEqual([]);
    expect((await call('GET', '/me/data', resident)).statusCode).toBe(401); // the session is gone
    const users = await db.selectFrom('users').select('email').where('holder_id', '=', pass.holderId).execute();
    expect(users[0]!.email).toMatch(/@gewist\.invalid$/);

    // The ledger: balanced, complete, the pass's credit still on its (nameless) account.
    const after = await checkLedger(db, TENANT);
    expect(after.violations).toEqual([]);
    expect(after.trialBalances).toEqual(before.trialBalances);
    expect(await accountBalance(db, creditAccount)).toBe(5_000);
  });
});

describe('retention', () => {
  it('erases holders whose last pass ended longer ago than the period, and no one else', async () => {
    const db = ctx.database.db;
    const lapsed = await createPass(db, { validUntil: '2020-12-31', email: 'oud@voorbeeld.test' });
    const current = await createPass(db, { email: 'nu@voorbeeld.test' });
    await db
      .insertInto('outbox_messages')
      .values({
        tenant_id: TENANT,
        to_address: 'nu@voorbeeld.test',
        subject: 'Oud',
        body_text: 'Oud bericht',
        sent_at: new Date('2021-01-01'),
      })
      .execute();
    await db
      .updateTable('outbox_messages')
      .set({ sent_at: new Date('2021-01-01') })
      .where('subject', '=', 'Oud')
      .execute();
    const old = await db
      .selectFrom('outbox_messages')
      .select('id')
      .where('subject', '=', 'Oud')
      .executeTakeFirstOrThrow();
    // created_at cannot be set on insert (CreatedAt); the job's clock runs ahead instead.
    const result = await enforceRetention(db, new Date(Date.now() + 400 * 86_400_000), {
      holderDays: 730,
      messageDays: 365,
    });
    expect(result.holders).toBeGreaterThanOrEqual(1);
    const names = await db
      .selectFrom('holders')
      .select(['id', 'name', 'email'])
      .where('id', 'in', [lapsed.holderId, current.holderId])
      .execute();
    expect(names.find((h) => h.id === lapsed.holderId)).toMatchObject({ name: 'Gewist', email: null });
    expect(names.find((h) => h.id === current.holderId)).toMatchObject({ email: 'nu@voorbeeld.test' });
    const message = await db
      .selectFrom('outbox_messages')
      .selectAll()
      .where('id', '=', old.id)
      .executeTakeFirstOrThrow();
    expect(message.to_address).toBe('(gewist)');
    expect((await checkLedger(db, TENANT)).ok).toBe(true);
  });
});
