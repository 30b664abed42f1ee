import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLedger } from '../src/modules/ledger/ledger-check.ts';
import { enqueueMessage } from '../src/modules/notifications/notifications.service.ts';
import { makePassNumber } from '../src/modules/passes/pass-number.ts';
import {
  createOffer,
  createPass,
  createProvider,
  createTenant,
  createUser,
  loginResident,
  loginStaff,
  TENANT,
  type TestPass,
} from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * The holder's file in Beheer: one page with all a holder's data for the pass organisation,
 * notes, and corrections that are audited and applied all or nothing. Nobody else may see it.
 */
let ctx: TestContext;
let admin: string;
let till: string;
let pass: TestPass;
let child: TestPass;
const API = '/api/v1';

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  const provider = await createProvider(db, { name: 'Zwembad De Crommenije' });
  const offer = await createOffer(db, provider, { title: 'Baantjes zwemmen' });
  pass = await createPass(db, { email: 'sanne@voorbeeld.test', category: 'low_income' });
  // A child pass under Sanne's pass: a household of two.
  const childHolder = await db
    .insertInto('holders')
    .values({ tenant_id: TENANT, name: 'Daan Bakker', birth_date: '2016-05-01', wijk_code: 'WK047912' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const childPass = await db
    .insertInto('passes')
    .values({
      tenant_id: TENANT,
      // A real 13-digit number: an odd length would sort above every serial the app hands out.
      number: makePassNumber('0479', 900),
      holder_id: childHolder.id,
      category: 'child',
      parent_pass_id: pass.id,
      valid_from: '2020-01-01',
      valid_until: '2099-12-31',
    })
    .returning(['id', 'number'])
    .executeTakeFirstOrThrow();
  child = { ...childPass, holderId: childHolder.id };
  await db
    .insertInto('redemptions')
    .values({
      tenant_id: TENANT,
      offer_id: offer.id,
      pass_id: pass.id,
      provider_id: provider.id,
      price_cents: 250,
      channel: 'seed',
    })
    .execute();
  await enqueueMessage(db, { tenantId: TENANT, to: 'Sanne@voorbeeld.test', subject: 'Uw pas is klaar', bodyText: '…' });
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  await createUser(db, {
    role: 'till_staff',
    email: 'kassa@test.demo',
    password: 'geheim-wachtwoord',
    providerId: provider.id,
  });
  admin = await loginStaff(ctx.app, 'beheer@test.demo', 'geheim-wachtwoord');
  till = await loginStaff(ctx.app, 'kassa@test.demo', 'geheim-wachtwoord');
});
afterAll(async () => {
  await ctx.close();
});

const request = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, cookie: string | null, payload?: object) =>
  ctx.app.inject({ method, url: `${API}${url}`, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });
const invalidNames = (body: string) =>
  ((JSON.parse(body) as { invalidParams?: { name: string }[] }).invalidParams ?? []).map((p) => p.name).sort();

interface File {
  name: string;
  email: string | null;
  address: { street: string; houseNumber: string; postcode: string; city: string } | null;
  passes: { number: string; category: string }[];
  household: { name: string; relation: string }[];
  redemptions: { offerTitle: string; priceCents: number }[];
  messages: { subject: string }[];
  notes: { body: string; writtenBy: string }[];
  audit: { action: string; changes: { field: string; from: string | null; to: string | null }[] }[];
}

describe('the holder file', () => {
  it('shows passes, household, redemptions and messages sent, to the pass organisation', async () => {
    const response = await request('GET', `/holder-files/${pass.holderId}`, admin);
    expect(response.statusCode, response.body).toBe(200);
    const file = response.json() as File;
    expect(file.email).toBe('sanne@voorbeeld.test');
    expect(file.passes).toHaveLength(1);
    expect(file.passes[0]!.category).toBe('low_income');
    expect(file.household).toEqual([expect.objectContaining({ name: 'Daan Bakker', relation: 'child' })]);
    expect(file.redemptions).toEqual([expect.objectContaining({ offerTitle: 'Baantjes zwemmen', priceCents: 250 })]);
    expect(file.messages.map((m) => m.subject)).toEqual(['Uw pas is klaar']);

    const childFile = (await request('GET', `/holder-files/${child.holderId}`, admin)).json() as File;
    expect(childFile.household).toEqual([expect.objectContaining({ relation: 'parent' })]);
    expect(childFile.passes[0]!.category).toBe('child');
  });

  it('is refused to till staff and to anonymous callers, and says so for an unknown holder', async () => {
    expect((await request('GET', `/holder-files/${pass.holderId}`, till)).statusCode).toBe(403);
    expect((await request('GET', `/holder-files/${pass.holderId}`, null)).statusCode).toBe(401);
    expect((await request('PATCH', `/holder-files/${pass.holderId}`, till, { name: 'X Y' })).statusCode).toBe(403);
    expect((await request('POST', `/holder-files/${pass.holderId}/notes`, till, { body: 'x' })).statusCode).toBe(403);
    const missing = await request('GET', '/holder-files/00000000-0000-4000-8000-000000000000', admin);
    expect(missing.statusCode).toBe(404);
    expect((missing.json() as { type: string }).type).toMatch(/holder-not-found$/);
  });

  it("lists the holder's applications with the reviewer's decision, asked of the applications module", async () => {
    const applied = await request('POST', '/applicant-accounts', null, {
      name: 'Fatma Yilmaz',
      email: 'fatma@voorbeeld.test',
    });
    expect(applied.statusCode).toBe(202);
    const fatma = await loginResident(ctx.app, 'fatma@voorbeeld.test');
    const apply = () => request('POST', '/applications', fatma, { ground: 'minimum', household: [] });
    const first = await apply();
    expect(first.statusCode, first.body).toBe(201);
    const firstId = (first.json() as { id: string }).id;
    const rejected = await request('POST', `/applications/${firstId}/decision`, admin, {
      outcome: 'rejected',
      reason: 'Het inkomen is te hoog.',
      objectionInfo: 'Bezwaar binnen zes weken.',
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    const second = await apply();
    expect(second.statusCode, second.body).toBe(201);
    const holderId = (
      await ctx.database.db
        .selectFrom('holders')
        .select('id')
        .where('email', '=', 'fatma@voorbeeld.test')
        .executeTakeFirstOrThrow()
    ).id;

    const response = await request('GET', `/holder-files/${holderId}`, admin);
    expect(response.statusCode, response.body).toBe(200);
    const { applications } = response.json() as {
      applications: { id: string; status: string; ground: string; decision: object | null }[];
    };
    // Newest first: the open one without a decision, then the rejected one with who decided and why.
    expect(applications.map((a) => a.id)).toEqual([(second.json() as { id: string }).id, firstId]);
    expect(applications[0]).toMatchObject({ status: 'submitted', ground: 'minimum', decision: null });
    expect(applications[1]).toMatchObject({
      status: 'rejected',
      decision: { outcome: 'rejected', reason: 'Het inkomen is te hoog.', decidedBy: 'beheer' },
    });
    // Nothing else of the application (household, evidence, explanation) is in the file.
    expect(Object.keys(applications[1]!).sort()).toEqual(
      ['decision', 'ground', 'id', 'passPriceCents', 'scheme', 'status', 'submittedAt'].sort(),
    );
    // Sanne never applied; a provider's till staff and the resident herself do not get the file.
    expect(
      ((await request('GET', `/holder-files/${pass.holderId}`, admin)).json() as { applications: [] }).applications,
    ).toEqual([]);
    expect((await request('GET', `/holder-files/${holderId}`, till)).statusCode).toBe(403);
    expect((await request('GET', `/holder-files/${holderId}`, fatma)).statusCode).toBe(403);
  });

  it('keeps notes with who wrote them', async () => {
    const added = await request('POST', `/holder-files/${pass.holderId}/notes`, admin, {
      body: '  Belde over tegoed.  ',
    });
    expect(added.statusCode, added.body).toBe(201);
    const file = (await request('GET', `/holder-files/${pass.holderId}`, admin)).json() as File;
    expect(file.notes).toEqual([{ ...file.notes[0], body: 'Belde over tegoed.', writtenBy: 'beheer' }]);
    const empty = await request('POST', `/holder-files/${pass.holderId}/notes`, admin, { body: '   ' });
    expect(empty.statusCode).toBe(400);
  });

  it('corrects details and the address, and audits each changed field', async () => {
    const response = await request('PATCH', `/holder-files/${pass.holderId}`, admin, {
      name: 'Sanne Bakker',
      email: 'sanne@voorbeeld.test',
      address: { street: 'Peperstraat', houseNumber: '12a', postcode: '1502ah', city: 'Zaandam' },
    });
    expect(response.statusCode, response.body).toBe(200);
    const file = response.json() as File;
    expect(file.name).toBe('Sanne Bakker');
    expect(file.address).toEqual({ street: 'Peperstraat', houseNumber: '12a', postcode: '1502 AH', city: 'Zaandam' });
    // The e-mail did not change, so it is not in the audit.
    expect(file.audit).toHaveLength(1);
    expect(file.audit[0]!.changes.map((c) => c.field).sort()).toEqual(['address', 'name']);
    expect(file.audit[0]!.changes.find((c) => c.field === 'address')).toMatchObject({
      from: null,
      to: 'Peperstraat 12a, 1502 AH Zaandam',
    });
    // The same correction again changes nothing and audits nothing.
    await request('PATCH', `/holder-files/${pass.holderId}`, admin, { name: 'Sanne Bakker' });
    expect(((await request('GET', `/holder-files/${pass.holderId}`, admin)).json() as File).audit).toHaveLength(1);
  });

  it('makes holders findable by address in the Beheer list', async () => {
    const byPostcode = await request('GET', '/admin/holders?q=1502AH', admin);
    expect(byPostcode.json()).toMatchObject({ items: [{ name: 'Sanne Bakker' }] });
    const byStreet = await request('GET', '/admin/holders?q=peperstraat', admin);
    expect(byStreet.json()).toMatchObject({ items: [{ name: 'Sanne Bakker' }] });
  });

  it('names every invalid field and changes nothing', async () => {
    await createPass(ctx.database.db, { email: 'bezet@voorbeeld.test' });
    const response = await request('PATCH', `/holder-files/${pass.holderId}`, admin, {
      name: 'Sanne Jansen',
      email: 'bezet@voorbeeld.test',
      wijkCode: 'WK999999',
      birthDate: '2999-01-01',
      address: { street: 'Peperstraat', houseNumber: '1', postcode: '0000 XX', city: 'Zaandam' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(invalidNames(response.body)).toContain('body.address.postcode');
    const second = await request('PATCH', `/holder-files/${pass.holderId}`, admin, {
      name: 'Sanne Jansen',
      email: 'bezet@voorbeeld.test',
      wijkCode: 'WK999999',
      birthDate: '2999-01-01',
    });
    expect(second.statusCode).toBe(400);
    expect(invalidNames(second.body)).toEqual(['body.birthDate', 'body.email', 'body.wijkCode']);
    const file = (await request('GET', `/holder-files/${pass.holderId}`, admin)).json() as File;
    expect(file.name).toBe('Sanne Bakker');
  });
});

/**
 * Renewing from the file: a paid pass, paid by pin or cash at a sales point, through the desk's
 * rule and booking (the actiebudget share, that desk's day); a free, blocked, replaced or too early
 * pass is refused with its own problem type; only the pass organisation may.
 */
describe('renewing a pass from the holder file', () => {
  let salesPointId: string;
  let desk: string;
  const soon = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  const typeOf = (body: string) => (JSON.parse(body) as { type?: string }).type?.split('/').at(-1);
  interface Terms {
    paid: boolean;
    renewableNow: boolean;
    refusal: string | null;
    priceCents: number | null;
    nextValidUntil: string | null;
  }
  const termsOf = async (holderId: string, passId?: string) => {
    const file = (await request('GET', `/holder-files/${holderId}`, admin)).json() as {
      passes: { id: string; renewal: Terms }[];
    };
    return (passId ? file.passes.find((p) => p.id === passId) : file.passes[0])!.renewal;
  };
  const renew = (holderId: string, body: object, cookie: string | null = admin) =>
    request('POST', `/holder-files/${holderId}/renewals`, cookie, body);

  beforeAll(async () => {
    const db = ctx.database.db;
    await db
      .insertInto('pass_prices')
      .values([
        { tenant_id: TENANT, pass_kind: 'adult', price_cents: 2500, action_budget_share_cents: 500 },
        { tenant_id: TENANT, pass_kind: 'child', price_cents: 1000, action_budget_share_cents: 300 },
      ])
      .onConflict((oc) => oc.doNothing())
      .execute();
    salesPointId = (
      await db
        .insertInto('sales_points')
        .values({ tenant_id: TENANT, name: 'Stadhuis Zaandam', kind: 'city_office' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const deskUser = await createUser(db, {
      role: 'desk_staff',
      email: 'balie@test.demo',
      password: 'geheim-wachtwoord',
    });
    await db
      .insertInto('sales_point_staff')
      .values({ tenant_id: TENANT, user_id: deskUser.id, sales_point_id: salesPointId })
      .execute();
    desk = await loginStaff(ctx.app, 'balie@test.demo', 'geheim-wachtwoord');
  });

  it('renews a paid pass paid by pin: the new year, booked with the actiebudget share at that desk, audited, once', async () => {
    const db = ctx.database.db;
    const paid = await createPass(db, { validUntil: soon });
    const terms = await termsOf(paid.holderId);
    expect(terms).toMatchObject({ paid: true, renewableNow: true, refusal: null, priceCents: 2500 });
    const saleId = randomUUID();
    const body = { passId: paid.id, salesPointId, paymentMethod: 'pin', saleId };
    const response = await renew(paid.holderId, body);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      saleId,
      amountCents: 2500,
      salesPointName: 'Stadhuis Zaandam',
      validUntilBefore: soon,
      validUntil: terms.nextValidUntil,
    });
    expect(Number(terms.nextValidUntil!.slice(0, 4))).toBe(Number(soon.slice(0, 4)) + 1);
    // The same renewal sent again (a double click): the same answer, nothing booked or audited twice.
    const again = await renew(paid.holderId, body);
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json()).toMatchObject({ saleId, validUntil: terms.nextValidUntil });

    const entries = await db
      .selectFrom('journal_entries as e')
      .innerJoin('journal_lines as l', (j) =>
        j.onRef('l.tenant_id', '=', 'e.tenant_id').onRef('l.entry_id', '=', 'e.id'),
      )
      .innerJoin('ledger_accounts as a', (j) =>
        j.onRef('a.tenant_id', '=', 'l.tenant_id').onRef('a.id', '=', 'l.account_id'),
      )
      .select(['e.id', 'e.kind', 'a.type', 'l.amount_cents'])
      .where('e.tenant_id', '=', TENANT)
      .where('e.reference', '=', saleId)
      .execute();
    expect(new Set(entries.map((e) => e.id)).size).toBe(1);
    expect(entries[0]!.kind).toBe('pass_sale');
    expect(entries.filter((e) => e.type === 'action_budget').map((e) => Number(e.amount_cents))).toEqual([500]);
    expect((await checkLedger(db)).violations).toEqual([]);
    // The desk's day counts it: the day's closing will expect € 25 more on the pin terminal.
    const day = (await request('GET', '/desk/today', desk)).json() as { totals: { pinCents: number; count: number } };
    expect(day.totals).toMatchObject({ count: 1, pinCents: 2500 });

    const file = (await request('GET', `/holder-files/${paid.holderId}`, admin)).json() as File & {
      passes: { validUntil: string; renewal: Terms }[];
    };
    expect(file.passes[0]!.validUntil).toBe(terms.nextValidUntil);
    expect(file.passes[0]!.renewal).toMatchObject({ renewableNow: false, refusal: 'pass-renewal-too-early' });
    expect(file.audit).toHaveLength(1);
    expect(file.audit[0]!.action).toBe('pass.renewed');
    expect(file.audit[0]!.changes).toContainEqual({ field: 'validUntil', from: soon, to: terms.nextValidUntil });
    expect(file.audit[0]!.changes).toContainEqual({
      field: 'payment',
      from: null,
      to: '€ 25,00 pin, Stadhuis Zaandam',
    });
  });

  it('refuses too early, a free pass, a blocked and a replaced pass, each with its own problem type', async () => {
    const db = ctx.database.db;
    const cases: [TestPass, string][] = [
      [await createPass(db, {}), 'pass-renewal-too-early'],
      [await createPass(db, { category: 'low_income', validUntil: soon }), 'pass-renewal-free-pass'],
      [await createPass(db, { validUntil: soon, status: 'blocked' }), 'pass-blocked'],
    ];
    const replaced = await createPass(db, { validUntil: soon });
    const replacement = await request('POST', `/passes/${replaced.id}/replacement`, admin, { reason: 'card_lost' });
    expect(replacement.statusCode, replacement.body).toBe(201);
    cases.push([replaced, 'pass-replaced']);
    for (const [refused, type] of cases) {
      const terms = await termsOf(refused.holderId, refused.id);
      expect(terms).toMatchObject({ renewableNow: false, refusal: type, nextValidUntil: null });
      const response = await renew(refused.holderId, { passId: refused.id, salesPointId, paymentMethod: 'cash' });
      expect(response.statusCode, `${type}: ${response.body}`).toBe(409);
      expect(typeOf(response.body)).toBe(type);
    }
    // The free pass says so in its terms: renewed by an application or import, not by paying.
    expect(await termsOf(cases[1]![0].holderId)).toMatchObject({ paid: false, priceCents: null });
    // Nothing was sold or audited for any of them.
    const sold = await db.selectFrom('desk_sales').select('pass_id').where('tenant_id', '=', TENANT).execute();
    expect(sold.filter((s) => cases.some(([c]) => c.id === s.pass_id))).toEqual([]);
    for (const [refused] of cases) {
      const file = (await request('GET', `/holder-files/${refused.holderId}`, admin)).json() as File;
      expect(file.audit.filter((a) => a.action === 'pass.renewed')).toEqual([]);
    }
  });

  it('names every invalid field, and is refused to every role but the pass organisation', async () => {
    const db = ctx.database.db;
    const mine = await createPass(db, { validUntil: soon, email: 'verleng@voorbeeld.test' });
    const other = await createPass(db, { validUntil: soon });
    const wrong = await renew(mine.holderId, {
      passId: other.id,
      salesPointId: '00000000-0000-4000-8000-000000000000',
      paymentMethod: 'pin',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(invalidNames(wrong.body)).toEqual(['body.passId', 'body.salesPointId']);
    const invoice = await renew(mine.holderId, { passId: mine.id, salesPointId, paymentMethod: 'invoice' });
    expect(invoice.statusCode).toBe(400);
    expect(invalidNames(invoice.body)).toContain('body.paymentMethod');
    const missing = await renew('00000000-0000-4000-8000-000000000000', {
      passId: mine.id,
      salesPointId,
      paymentMethod: 'pin',
    });
    expect(missing.statusCode).toBe(404);

    await createUser(db, { role: 'resident', email: 'verleng@voorbeeld.test', holderId: mine.holderId });
    const resident = await loginResident(ctx.app, 'verleng@voorbeeld.test');
    const body = { passId: mine.id, salesPointId, paymentMethod: 'pin' };
    expect((await renew(mine.holderId, body, desk)).statusCode).toBe(403);
    expect((await renew(mine.holderId, body, till)).statusCode).toBe(403);
    expect((await renew(mine.holderId, body, resident)).statusCode).toBe(403);
    expect((await renew(mine.holderId, body, null)).statusCode).toBe(401);
    expect((await termsOf(mine.holderId)).renewableNow).toBe(true);
  });

  it("renews a child's pass under a paid pass at the child's price", async () => {
    const child = await createPass(ctx.database.db, { category: 'child', validUntil: soon });
    expect(await termsOf(child.holderId)).toMatchObject({ paid: true, renewableNow: true, priceCents: 1000 });
    const response = await renew(child.holderId, { passId: child.id, salesPointId, paymentMethod: 'cash' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ amountCents: 1000, validUntilBefore: soon });
  });

  it("refuses once the desk's day is closed: the sale would not be in the count", async () => {
    const paid = await createPass(ctx.database.db, { validUntil: soon });
    const closed = await request('POST', '/desk/day-closings', desk, { countedCashCents: 0, pinTerminalCents: 2500 });
    expect(closed.statusCode, closed.body).toBe(201);
    const response = await renew(paid.holderId, { passId: paid.id, salesPointId, paymentMethod: 'cash' });
    expect(response.statusCode).toBe(409);
    expect(typeOf(response.body)).toBe('desk-day-closed');
  });
});

/**
 * Blocking, unblocking and replacing from the file: the passes module's rule, and one audit entry
 * per change in the same transaction (who, when, what). A refused action, or one that changes
 * nothing, leaves none; an audit that cannot be written undoes the change.
 */
describe('blocking and replacing a pass from the holder file', () => {
  type Audit = File['audit'][number] & { by: string; at: string };
  const auditOf = async (holderId: string) =>
    ((await request('GET', `/holder-files/${holderId}`, admin)).json() as { audit: Audit[] }).audit;
  const statusOf = async (passId: string) =>
    (
      await ctx.database.db
        .selectFrom('passes')
        .select('status')
        .where('tenant_id', '=', TENANT)
        .where('id', '=', passId)
        .executeTakeFirstOrThrow()
    ).status;
  const action = (method: 'PUT' | 'POST' | 'DELETE', holderId: string, passId: string, cookie = admin) => {
    const path = method === 'POST' ? 'replacement' : 'block';
    return ctx.app.inject({
      method,
      url: `${API}/holder-files/${holderId}/passes/${passId}/${path}`,
      headers: { cookie },
      ...(method === 'DELETE' ? {} : { payload: { reason: 'card_lost' } }),
    });
  };

  it('blocks, unblocks and replaces, each with exactly one audit entry saying who, when and what', async () => {
    const target = await createPass(ctx.database.db, {});
    const before = Date.now();
    const blocked = await action('PUT', target.holderId, target.id);
    expect(blocked.statusCode, blocked.body).toBe(200);
    expect(await statusOf(target.id)).toBe('blocked');
    let audit = await auditOf(target.holderId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'pass.blocked', by: 'beheer' });
    expect(Date.parse(audit[0]!.at)).toBeGreaterThanOrEqual(before - 1000);
    expect(audit[0]!.changes).toEqual([
      { field: 'pass', from: null, to: (blocked.json() as { number: string }).number },
      { field: 'status', from: 'active', to: 'blocked' },
      { field: 'reason', from: null, to: 'card_lost' },
    ]);
    // Blocking it again changes nothing and audits nothing.
    expect((await action('PUT', target.holderId, target.id)).statusCode).toBe(200);
    expect(await auditOf(target.holderId)).toHaveLength(1);

    const unblocked = await action('DELETE', target.holderId, target.id);
    expect(unblocked.statusCode, unblocked.body).toBe(200);
    expect(await statusOf(target.id)).toBe('active');
    audit = await auditOf(target.holderId);
    expect(audit.map((a) => a.action).sort()).toEqual(['pass.blocked', 'pass.unblocked']);

    const replaced = await action('POST', target.holderId, target.id);
    expect(replaced.statusCode, replaced.body).toBe(201);
    const { oldPassNumber, newPassNumber } = replaced.json() as { oldPassNumber: string; newPassNumber: string };
    expect(await statusOf(target.id)).toBe('replaced');
    audit = await auditOf(target.holderId);
    expect(audit).toHaveLength(3);
    const replacement = audit.filter((a) => a.action === 'pass.replaced');
    expect(replacement).toHaveLength(1);
    expect(replacement[0]).toMatchObject({ by: 'beheer' });
    expect(replacement[0]!.changes).toEqual([
      { field: 'pass', from: oldPassNumber, to: newPassNumber },
      { field: 'reason', from: null, to: 'card_lost' },
    ]);
  });

  it('audits nothing for a refused action: a replaced pass, a pass of another holder, a role that may not', async () => {
    const db = ctx.database.db;
    const target = await createPass(db, {});
    const other = await createPass(db, {});
    expect((await action('POST', target.holderId, target.id)).statusCode).toBe(201);
    expect(await auditOf(target.holderId)).toHaveLength(1);

    const again = await action('POST', target.holderId, target.id);
    expect(again.statusCode).toBe(409);
    expect((again.json() as { type: string }).type).toMatch(/pass-replaced$/);
    expect((await action('PUT', target.holderId, target.id)).statusCode).toBe(409);
    const foreign = await action('PUT', target.holderId, other.id);
    expect(foreign.statusCode).toBe(404);
    expect((foreign.json() as { type: string }).type).toMatch(/pass-not-found$/);
    expect((await action('PUT', other.holderId, other.id, till)).statusCode).toBe(403);
    expect((await action('POST', other.holderId, other.id, till)).statusCode).toBe(403);

    expect(await auditOf(target.holderId)).toHaveLength(1);
    expect(await auditOf(other.holderId)).toEqual([]);
    expect(await statusOf(other.id)).toBe('active');
  });

  it('undoes the change when its audit cannot be written: one transaction', async () => {
    const db = ctx.database.db;
    const target = await createPass(db, {});
    await sql`create function refuse_audit() returns trigger language plpgsql as $$
      begin raise exception 'audit refused for this test'; end $$`.execute(db);
    await sql`create trigger refuse_audit before insert on holder_audit_events
      for each row execute function refuse_audit()`.execute(db);
    try {
      expect((await action('PUT', target.holderId, target.id)).statusCode).toBe(500);
      expect((await action('POST', target.holderId, target.id)).statusCode).toBe(500);
    } finally {
      await sql`drop trigger refuse_audit on holder_audit_events`.execute(db);
      await sql`drop function refuse_audit()`.execute(db);
    }
    expect(await statusOf(target.id)).toBe('active');
    const passes = await db
      .selectFrom('passes')
      .select('id')
      .where('tenant_id', '=', TENANT)
      .where('holder_id', '=', target.holderId)
      .execute();
    expect(passes).toHaveLength(1);
    expect(await auditOf(target.holderId)).toEqual([]);
  });
});
