/**
 * Issue 14, item 12: the resident downloads their data (JSON and PDF), asks for erasure, and the
 * pass organisation erases it; the ledger stays balanced and complete in amounts. The retention
 * job erases holders whose last pass ended long ago, and old messages.
 */
import { randomUUID } from 'node:crypto';
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

describe('erasure in every module that holds the person', () => {
  it('removes the application, import, gift, desk and order data; amounts and the ledger stay', async () => {
    const db = ctx.database.db;
    // A pass sold at a desk (booked in the ledger) to a new holder with an e-mail address.
    await db
      .insertInto('pass_prices')
      .values({ tenant_id: TENANT, pass_kind: 'adult', price_cents: 2500, action_budget_share_cents: 500 })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const point = await db
      .insertInto('sales_points')
      .values({ tenant_id: TENANT, name: 'Bibliotheek Zaandam', kind: 'library' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const deskUser = await createUser(db, {
      role: 'desk_staff',
      email: 'balie@test.demo',
      password: 'geheim-wachtwoord',
    });
    await db
      .insertInto('sales_point_staff')
      .values({ tenant_id: TENANT, user_id: deskUser.id, sales_point_id: point.id })
      .execute();
    const desk = await loginStaff(ctx.app, 'balie@test.demo', 'geheim-wachtwoord');
    const sold = await ctx.app.inject({
      method: 'POST',
      url: `${API}/desk/sales`,
      headers: { cookie: desk },
      payload: {
        saleId: randomUUID(),
        kind: 'new',
        paymentMethod: 'pin',
        holder: { name: 'Fatma Yilmaz', email: 'fatma@voorbeeld.test', wijkCode: 'WK047912' },
      },
    });
    expect(sold.statusCode, sold.body).toBe(201);
    const holder = await db
      .selectFrom('holders')
      .select('id')
      .where('email', '=', 'fatma@voorbeeld.test')
      .executeTakeFirstOrThrow();
    const holderPass = await db
      .selectFrom('passes')
      .select(['id', 'number'])
      .where('holder_id', '=', holder.id)
      .executeTakeFirstOrThrow();
    const user = await db.selectFrom('users').select('id').where('holder_id', '=', holder.id).executeTakeFirstOrThrow();

    // An application with a household member, evidence and history.
    const application = await db
      .insertInto('applications')
      .values({
        tenant_id: TENANT,
        holder_id: holder.id,
        applicant_user_id: user.id,
        ground: 'minimum',
        applicant_birth_date: '1980-04-02',
        explanation: 'Ik werk parttime in de zorg',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('application_members')
      .values({
        tenant_id: TENANT,
        application_id: application.id,
        position: 1,
        relation: 'child',
        name: 'Elif Yilmaz',
        birth_date: '2015-06-01',
      })
      .execute();
    await db
      .insertInto('application_evidence')
      .values({
        tenant_id: TENANT,
        application_id: application.id,
        file_name: 'loonstrook-fatma.pdf',
        media_type: 'application/pdf',
        size_bytes: 4,
        content: new Uint8Array([37, 80, 68, 70]),
      })
      .execute();
    await db
      .insertInto('application_events')
      .values({
        tenant_id: TENANT,
        application_id: application.id,
        kind: 'submitted',
        actor: `user:${user.id}`,
        actor_name: 'Fatma Yilmaz',
        message: 'Mijn loonstrook zit erbij',
      })
      .execute();
    // The municipality's import: her client row, and her welcome letter next to someone else's.
    await db
      .insertInto('income_clients')
      .values({
        tenant_id: TENANT,
        client_number: 'K-4711',
        holder_id: holder.id,
        pass_id: holderPass.id,
        category: 'minimum',
        address: 'Rozengracht 9, 1506SB Zaandam',
        row_hash: 'x',
        last_run_id: randomUUID(),
      })
      .execute();
    const run = await db
      .insertInto('income_import_runs')
      .values({
        tenant_id: TENANT,
        file_name: 'klanten.csv',
        dry_run: false,
        status: 'done',
        problems: '[]',
        created_by: 'test',
        letters_pdf: new Uint8Array([37, 80, 68, 70]),
        letters_count: 2,
        letter_entries: JSON.stringify([
          { head: 'K-4711', name: 'Fatma Yilmaz', address: 'Rozengracht 9', number: holderPass.number },
          { head: 'K-0001', name: 'Piet Jansen', address: 'Dam 1', number: '0479000000001' },
        ]),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // A gift code (on invoice) that made her pass.
    const order = await db
      .insertInto('gift_orders')
      .values({
        tenant_id: TENANT,
        company_name: 'Werkgever BV',
        contact_name: 'Mark',
        contact_email: 'mark@werkgever.test',
        quantity: 1,
        unit_price_cents: 2500,
        amount_cents: 2500,
        action_budget_share_cents: 500,
        payment_method: 'invoice',
        status: 'invoiced',
        access_token_hash: 'x',
        created_by: 'test',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('gift_codes')
      .values({
        tenant_id: TENANT,
        code: 'ABCD2345EFGH',
        order_id: order.id,
        item_no: 1,
        expires_on: '2099-12-31',
        redeemed_at: new Date(),
        pass_id: holderPass.id,
      })
      .execute();
    // An online order with the names typed for its passes.
    const passOrder = await db
      .insertInto('pass_orders')
      .values({
        tenant_id: TENANT,
        holder_id: holder.id,
        amount_cents: 1000,
        action_budget_share_cents: 500,
        payment_provider: 'test',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('pass_order_items')
      .values({
        tenant_id: TENANT,
        order_id: passOrder.id,
        item_no: 1,
        pass_kind: 'child',
        holder_name: 'Elif Yilmaz',
        birth_date: '2015-06-01',
        price_cents: 1000,
        action_budget_share_cents: 500,
      })
      .execute();

    // She sees all of it in her own download.
    const fatma = await loginResident(ctx.app, 'fatma@voorbeeld.test');
    const mine = (await call('GET', '/me/data', fatma)).json() as Record<string, unknown[]>;
    expect(mine.applications).toHaveLength(1);
    expect(mine.municipalityRecords).toMatchObject([{ clientNumber: 'K-4711' }]);
    expect(mine.giftCodes).toHaveLength(1);
    expect(mine.deskSales).toMatchObject([{ salesPoint: 'Bibliotheek Zaandam', amountCents: 2500 }]);

    const before = await checkLedger(db, TENANT);
    expect(before.ok).toBe(true);
    const erased = await call('POST', `/holder-files/${holder.id}/erasure`, admin);
    expect(erased.statusCode, erased.body).toBe(200);

    const app = await db
      .selectFrom('applications')
      .selectAll()
      .where('id', '=', application.id)
      .executeTakeFirstOrThrow();
    expect(app).toMatchObject({ explanation: '', applicant_birth_date: null, ground: 'minimum' });
    expect(
      await db.selectFrom('application_members').selectAll().where('application_id', '=', application.id).execute(),
    ).toEqual([]);
    const evidence = await db
      .selectFrom('application_evidence')
      .selectAll()
      .where('application_id', '=', application.id)
      .executeTakeFirstOrThrow();
    expect(evidence).toMatchObject({ content: null, file_name: 'Gewist' });
    expect(evidence.deleted_at).not.toBeNull();
    const events = await db
      .selectFrom('application_events')
      .select(['actor_name', 'message'])
      .where('application_id', '=', application.id)
      .execute();
    expect(events).toEqual([{ actor_name: 'Gewist', message: '' }]);

    expect(await db.selectFrom('income_clients').selectAll().where('holder_id', '=', holder.id).execute()).toEqual([]);
    const runAfter = await db
      .selectFrom('income_import_runs')
      .select(['letter_entries', 'letters_pdf'])
      .where('id', '=', run.id)
      .executeTakeFirstOrThrow();
    expect(runAfter.letter_entries.map((e) => e.name)).toEqual(['Piet Jansen']);
    expect(runAfter.letters_pdf).toBeNull();

    const code = await db
      .selectFrom('gift_codes')
      .selectAll()
      .where('code', '=', 'ABCD2345EFGH')
      .executeTakeFirstOrThrow();
    expect(code.pass_id).toBeNull();
    expect(code.redeemed_at).not.toBeNull(); // still used: it can never make a second pass

    const deskSales = await db
      .selectFrom('desk_sales')
      .select(['pass_id', 'amount_cents'])
      .where('sales_point_id', '=', point.id)
      .execute();
    expect(deskSales).toEqual([{ pass_id: null, amount_cents: 2500 }]);
    const today = (
      await ctx.app.inject({ method: 'GET', url: `${API}/desk/today`, headers: { cookie: desk } })
    ).json() as {
      sales: { passNumber: string }[];
      totals: { pinCents: number };
    };
    expect(today.sales.map((s) => s.passNumber)).toEqual(['Gewist']);
    expect(today.totals.pinCents).toBe(2500);

    const items = await db
      .selectFrom('pass_order_items')
      .select(['holder_name', 'birth_date'])
      .where('order_id', '=', passOrder.id)
      .execute();
    expect(items).toEqual([{ holder_name: 'Gewist', birth_date: null }]);

    const after = await checkLedger(db, TENANT);
    expect(after.violations).toEqual([]);
    expect(after.trialBalances).toEqual(before.trialBalances);
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
