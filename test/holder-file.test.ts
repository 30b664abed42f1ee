import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueMessage } from '../src/modules/notifications/notifications.service.ts';
import {
  createOffer,
  createPass,
  createProvider,
  createTenant,
  createUser,
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
      number: '04790000900',
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

const request = (method: 'GET' | 'POST' | 'PATCH', url: string, cookie: string | null, payload?: object) =>
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
