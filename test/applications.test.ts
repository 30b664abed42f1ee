import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteExpiredEvidence } from '../src/modules/applications/evidence.ts';
import { createHolder, issuePasses } from '../src/modules/passes/pass-issuing.ts';
import { createProvider, createTenant, createUser, loginResident, loginStaff, TENANT } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * Applications for the free pass, end to end through the API: a new resident gets an account and
 * applies for their household, adds evidence (checked by its bytes), answers a question; a
 * reviewer assigns, asks, approves (passes issued, e-mail sent) or rejects; a second decision is
 * refused; evidence is deleted after the retention period and the application keeps that it was there.
 */
let ctx: TestContext;
let admin: string;
let till: string;
const API = '/api/v1';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 1)]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64, 0)]);
const thisYear = new Date().getFullYear();

type Json = Record<string, unknown> & { id: string; status: string };

beforeAll(async () => {
  ctx = await createTestApp();
  await createTenant(ctx.database.db);
  const bakery = await createProvider(ctx.database.db, { name: 'Bakkerij Van der Zaan' });
  await createUser(ctx.database.db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  await createUser(ctx.database.db, {
    role: 'provider_admin',
    email: 'eigenaar@test.demo',
    password: 'geheim-wachtwoord',
    providerId: bakery.id,
  });
  admin = await loginStaff(ctx.app, 'beheer@test.demo', 'geheim-wachtwoord');
  till = await loginStaff(ctx.app, 'eigenaar@test.demo', 'geheim-wachtwoord');
});
afterAll(async () => {
  await ctx.close();
});

const request = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string | null, payload?: unknown) =>
  ctx.app.inject({
    method,
    url: `${API}${url}`,
    headers: cookie ? { cookie } : {},
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
const upload = (applicationId: string, cookie: string, body: Buffer, fileName: string, type = 'application/pdf') =>
  ctx.app.inject({
    method: 'POST',
    url: `${API}/applications/${applicationId}/evidence?fileName=${encodeURIComponent(fileName)}`,
    headers: { 'cookie': cookie, 'content-type': type },
    payload: body,
  });
const invalidNames = (body: string) =>
  (JSON.parse(body) as { invalidParams?: { name: string }[] }).invalidParams?.map((p) => p.name) ?? [];
const problemCode = (body: string) => (JSON.parse(body) as { type: string }).type.split('/').pop();

/** A new resident: asks to apply, then logs in with the link from the outbox. */
async function newApplicant(name: string, email: string) {
  const response = await request('POST', '/applicant-accounts', null, { name, email });
  expect(response.statusCode).toBe(202);
  return loginResident(ctx.app, email);
}

async function apply(cookie: string, body: object = {}) {
  return request('POST', '/applications', cookie, {
    ground: 'minimum',
    household: [
      { relation: 'partner', name: 'Mehmet Yilmaz', birthDate: '1984-02-10' },
      { relation: 'child', name: 'Elif Yilmaz', birthDate: `${thisYear - 8}-06-01` },
    ],
    ...body,
  });
}

describe('applying', () => {
  let fatma: string;
  let application: Json;

  it('makes an account for a new applicant, who logs in by e-mail link and applies for the household', async () => {
    fatma = await newApplicant('Fatma Yilmaz', 'fatma@test.demo');
    const response = await apply(fatma, { explanation: 'Bijstand sinds maart' });
    expect(response.statusCode, response.body).toBe(201);
    application = response.json();
    expect(application).toMatchObject({
      status: 'submitted',
      ground: 'minimum',
      applicant: { name: 'Fatma Yilmaz', email: 'fatma@test.demo' },
      household: [{ relation: 'partner' }, { relation: 'child', name: 'Elif Yilmaz' }],
    });
    const again = await apply(fatma);
    expect(again.statusCode).toBe(409);
    expect(problemCode(again.body)).toBe('application-already-open');
  });

  it('refuses a household with two partners, a child of 18 and a birth date in the future, naming each field', async () => {
    const other = await newApplicant('Piet Jansen', 'piet@test.demo');
    const response = await apply(other, {
      household: [
        { relation: 'partner', name: 'A', birthDate: '1980-01-01' },
        { relation: 'partner', name: 'B', birthDate: '1981-01-01' },
        { relation: 'child', name: 'C', birthDate: `${thisYear - 18}-01-01` },
        { relation: 'child', name: 'D', birthDate: `${thisYear + 1}-01-01` },
      ],
    });
    expect(response.statusCode).toBe(400);
    expect(invalidNames(response.body)).toEqual(
      expect.arrayContaining(['body.household', 'body.household.2.birthDate', 'body.household.3.birthDate']),
    );
    expect((await request('GET', '/me/applications', other, undefined)).json()).toEqual({ items: [] });
  });

  it('takes PDF and PNG evidence by their bytes, and refuses other files and files over 10 MB', async () => {
    expect((await upload(application.id, fatma, PDF, 'loonstrook.pdf')).statusCode).toBe(201);
    const png = await upload(application.id, fatma, PNG, 'foto.png', 'application/octet-stream');
    expect(png.statusCode).toBe(201);
    expect(png.json()).toMatchObject({ mediaType: 'image/png', fileName: 'foto.png' });
    const renamed = await upload(application.id, fatma, EXE, 'echt-een-pdf.pdf');
    expect(renamed.statusCode, renamed.body).toBe(400);
    expect(problemCode(renamed.body)).toBe('unsupported-file-type');
    expect(renamed.headers['content-type']).toContain('application/problem+json');
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await upload(application.id, fatma, big, 'groot.pdf');
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.headers['content-type']).toContain('application/problem+json');
    const evidence = (await request('GET', `/applications/${application.id}`, fatma)).json().evidence;
    expect(evidence.map((e: { fileName: string }) => e.fileName)).toEqual(['loonstrook.pdf', 'foto.png']);
  });

  it('serves evidence only to the applicant and reviewers, as an attachment with nosniff', async () => {
    const [evidence] = (await request('GET', `/applications/${application.id}`, admin)).json().evidence;
    const url = `/applications/${application.id}/evidence/${evidence.id}`;
    for (const cookie of [fatma, admin]) {
      const file = await request('GET', url, cookie);
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''loonstrook\.pdf$/);
      expect(file.headers['x-content-type-options']).toBe('nosniff');
      expect(file.rawPayload.equals(PDF)).toBe(true);
    }
    const stranger = await newApplicant('Jan de Boer', 'jan@test.demo');
    for (const cookie of [stranger, till, null]) {
      expect((await request('GET', url, cookie)).statusCode).toBeGreaterThanOrEqual(401);
      expect((await request('GET', url, cookie)).statusCode).not.toBe(200);
      expect((await request('GET', `/applications/${application.id}`, cookie)).statusCode).not.toBe(200);
    }
    expect((await request('GET', '/applications', till)).statusCode).toBe(403);
    expect((await request('GET', '/applications', stranger)).statusCode).toBe(403);
    expect((await upload(application.id, stranger, PDF, 'x.pdf')).statusCode).toBe(404);
  });

  it('lets a reviewer filter, assign and ask; the applicant answers and sees the question', async () => {
    const open = (await request('GET', '/applications?status=submitted&assignedTo=nobody', admin)).json();
    expect(open.items.map((i: { id: string }) => i.id)).toContain(application.id);
    const item = open.items.find((i: { id: string }) => i.id === application.id);
    expect(item).toMatchObject({ householdSize: 3, evidenceCount: 2, applicantName: 'Fatma Yilmaz' });
    const reviewers = (await request('GET', '/application-reviewers', admin)).json().items;
    const assigned = await request('PUT', `/applications/${application.id}/assignment`, admin, {
      reviewerId: reviewers[0].id,
    });
    expect(assigned.json().assignedTo.id).toBe(reviewers[0].id);
    const mine = (await request('GET', '/applications?assignedTo=me', admin)).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toEqual([application.id]);

    const asked = await request('POST', `/applications/${application.id}/information-requests`, admin, {
      message: 'Wilt u ook het bankafschrift sturen?',
    });
    expect(asked.json().status).toBe('information_requested');
    const seen = (await request('GET', '/me/applications', fatma)).json().items[0];
    expect(seen.events.map((e: { kind: string }) => e.kind)).toContain('information_requested');
    const answered = await request('POST', `/applications/${application.id}/answers`, fatma, {
      message: 'Het bankafschrift zit erbij.',
    });
    expect(answered.json().status).toBe('submitted');
  });

  it('approves: issues the passes through the passes module, e-mails, records who; Mijn pas shows it', async () => {
    const response = await request('POST', `/applications/${application.id}/decision`, admin, { outcome: 'approved' });
    expect(response.statusCode, response.body).toBe(200);
    const decided = response.json();
    expect(decided.decision).toMatchObject({ outcome: 'approved', decidedBy: 'beheer' });
    expect(decided.events.at(-1)).toMatchObject({ kind: 'approved', actorName: 'beheer' });
    const passes = await ctx.database.db
      .selectFrom('passes')
      .innerJoin('holders', 'holders.id', 'passes.holder_id')
      .select(['holders.name', 'passes.category', 'passes.parent_pass_id'])
      .where('holders.name', 'in', ['Fatma Yilmaz', 'Mehmet Yilmaz', 'Elif Yilmaz'])
      .orderBy('holders.name')
      .execute();
    expect(passes.map((p) => [p.name, p.category])).toEqual([
      ['Elif Yilmaz', 'child'],
      ['Fatma Yilmaz', 'low_income'],
      ['Mehmet Yilmaz', 'low_income'],
    ]);
    const myPass = (await request('GET', '/me/pass', fatma)).json();
    expect(myPass).toMatchObject({ holderName: 'Fatma Yilmaz', status: 'active' });
    expect(myPass.children.map((c: { holderName: string }) => c.holderName)).toEqual(['Elif Yilmaz']);
    const outbox = (await request('GET', '/outbox-messages', null)).json().items as { to: string; subject: string }[];
    expect(outbox.some((m) => m.to === 'fatma@test.demo' && m.subject.includes('klaar'))).toBe(true);

    const twice = await request('POST', `/applications/${application.id}/decision`, admin, {
      outcome: 'rejected',
      reason: 'Te laat',
      objectionInfo: 'Bezwaar binnen 6 weken',
    });
    expect(twice.statusCode).toBe(409);
    expect(problemCode(twice.body)).toBe('application-already-decided');
  });

  it('refuses an application from someone who holds a valid free pass', async () => {
    const again = await apply(fatma);
    expect(again.statusCode).toBe(409);
    expect(problemCode(again.body)).toBe('free-pass-already-held');
  });

  it('deletes evidence after the retention period; the application keeps that it was checked', async () => {
    const url = `/applications/${application.id}/evidence`;
    const before = (await request('GET', `/applications/${application.id}`, admin)).json().evidence;
    const early = await deleteExpiredEvidence(ctx.database.db, new Date(Date.now() + 80 * 86_400_000), 91);
    expect(early.files).toBe(0);
    const result = await deleteExpiredEvidence(ctx.database.db, new Date(Date.now() + 92 * 86_400_000), 91);
    expect(result.files).toBe(2);
    const stored = await ctx.database.db
      .selectFrom('application_evidence')
      .select(['content', 'deleted_at'])
      .where('application_id', '=', application.id)
      .execute();
    expect(stored.every((e) => e.content === null && e.deleted_at !== null)).toBe(true);
    expect((await request('GET', `${url}/${before[0].id}`, admin)).statusCode).toBe(404);
    const after = (await request('GET', `/applications/${application.id}`, admin)).json();
    expect(after.evidence.map((e: { fileName: string }) => e.fileName)).toEqual(['loonstrook.pdf', 'foto.png']);
    expect(after.evidence.every((e: { deletedAt: string | null }) => e.deletedAt !== null)).toBe(true);
    expect(after.events.at(-1)).toMatchObject({ kind: 'evidence_deleted' });
    expect(after.decision.outcome).toBe('approved');
  });
});

describe('rejecting and withdrawing', () => {
  it('needs a reason and how to object to reject; the applicant is told both', async () => {
    const kees = await newApplicant('Kees Groot', 'kees@test.demo');
    const application = (await apply(kees, { ground: 'carer', household: [] })).json() as Json;
    const bare = await request('POST', `/applications/${application.id}/decision`, admin, { outcome: 'rejected' });
    expect(bare.statusCode).toBe(400);
    expect(invalidNames(bare.body).sort()).toEqual(['body.objectionInfo', 'body.reason']);
    const rejected = await request('POST', `/applications/${application.id}/decision`, admin, {
      outcome: 'rejected',
      reason: 'Uw inkomen is hoger dan 120% van het sociaal minimum.',
      objectionInfo: 'U kunt binnen 6 weken bezwaar maken bij de gemeente Zaanstad.',
    });
    expect(rejected.json().decision.outcome).toBe('rejected');
    const outbox = (await request('GET', '/outbox-messages', null)).json().items as { to: string; body: string }[];
    expect(outbox.find((m) => m.to === 'kees@test.demo' && m.body.includes('bezwaar'))).toBeDefined();
    const withdraw = await request('POST', `/applications/${application.id}/withdrawal`, kees);
    expect(withdraw.statusCode).toBe(409);
  });

  it('lets the applicant withdraw an open application, after which a reviewer cannot decide it', async () => {
    const ria = await newApplicant('Ria de Wit', 'ria@test.demo');
    const application = (await apply(ria, { household: [] })).json() as Json;
    expect((await request('POST', `/applications/${application.id}/withdrawal`, ria)).json().status).toBe('withdrawn');
    const decide = await request('POST', `/applications/${application.id}/decision`, admin, { outcome: 'approved' });
    expect(decide.statusCode).toBe(409);
    expect(
      await ctx.database.db.selectFrom('passes').select('id').where('tenant_id', '=', TENANT).execute(),
    ).toHaveLength(3);
  });

  it('refuses a holder of a valid free pass made elsewhere (the seed, an import)', async () => {
    const db = ctx.database.db;
    const holderId = await createHolder(db, TENANT, { name: 'Mantelzorger', email: 'mantelzorger@test.demo' });
    await issuePasses(db, TENANT, [
      { holderId, category: 'carer', parentPassId: null, validFrom: '2020-01-01', validUntil: '2099-12-31' },
    ]);
    await createUser(db, { role: 'resident', email: 'mantelzorger@test.demo', holderId });
    const cookie = await loginResident(ctx.app, 'mantelzorger@test.demo');
    const response = await apply(cookie, { household: [] });
    expect(response.statusCode).toBe(409);
    expect(problemCode(response.body)).toBe('free-pass-already-held');
  });
});

describe('a scheme with a reduced pass price', () => {
  it('approves without a pass; the resident pays the reduced price online, then holds carer passes', async () => {
    const db = ctx.database.db;
    const scheme = await db
      .insertInto('schemes')
      .values({
        tenant_id: TENANT,
        slug: 'zaanse-pas-met-korting',
        title: 'Zaanse Pas met korting',
        summary: 'De pas voor €5',
        apply_route: 'online_form',
        apply_url: '/gratis-pas/aanvragen',
        provider_kind: 'municipality',
        audience: 'residents',
        status: 'published',
        grants_pass: true,
        pass_price_cents: 500,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const wrong = await apply(await newApplicant('Iemand', 'iemand@test.demo'), { schemeId: crypto.randomUUID() });
    expect(wrong.statusCode).toBe(400);
    expect(invalidNames(wrong.body)).toEqual(['body.schemeId']);

    const anna = await newApplicant('Anna Kowalska', 'anna@test.demo');
    const applied = await request('POST', '/applications', anna, {
      ground: 'carer',
      schemeId: scheme.id,
      household: [{ relation: 'partner', name: 'Piotr Kowalski', birthDate: '1980-03-03' }],
    });
    expect(applied.statusCode, applied.body).toBe(201);
    expect(applied.json()).toMatchObject({ passPriceCents: 500, scheme: { title: 'Zaanse Pas met korting' } });
    const id = applied.json().id as string;

    const approved = await request('POST', `/applications/${id}/decision`, admin, { outcome: 'approved' });
    expect(approved.statusCode, approved.body).toBe(200);
    const payment = approved.json().payment as { orderId: string; amountCents: number; status: string };
    expect(payment).toMatchObject({ amountCents: 1000, status: 'open' });
    const passesOf = () =>
      db
        .selectFrom('passes')
        .innerJoin('holders', 'holders.id', 'passes.holder_id')
        .select(['holders.name', 'passes.category'])
        .where('holders.name', 'in', ['Anna Kowalska', 'Piotr Kowalski'])
        .orderBy('holders.name')
        .execute();
    expect(await passesOf()).toEqual([]);

    // Only Anna may pay her order; anyone else is told it does not exist.
    const other = await request('POST', `/pass-orders/${payment.orderId}/payments`, till);
    expect(other.statusCode).toBe(404);
    const started = await request('POST', `/pass-orders/${payment.orderId}/payments`, anna);
    expect(started.statusCode, started.body).toBe(201);
    const checkoutUrl = started.json().checkoutUrl as string;
    const paymentId = decodeURIComponent(checkoutUrl.split('/').pop()!);
    const paid = await request('POST', `/test-payments/${paymentId}/outcomes`, null, { status: 'paid' });
    expect(paid.statusCode, paid.body).toBe(200);

    expect(await passesOf()).toEqual([
      { name: 'Anna Kowalska', category: 'carer' },
      { name: 'Piotr Kowalski', category: 'carer' },
    ]);
    const mine = (await request('GET', '/me/applications', anna)).json().items[0];
    expect(mine.payment).toMatchObject({ status: 'paid', amountCents: 1000 });
    expect((await request('GET', '/me/pass', anna)).json()).toMatchObject({ holderName: 'Anna Kowalska' });
    const sale = await db
      .selectFrom('journal_entries')
      .select('kind')
      .where('reference', '=', payment.orderId)
      .executeTakeFirst();
    expect(sale?.kind).toBe('pass_sale');
    // Paid once: paying again is refused.
    const again = await request('POST', `/pass-orders/${payment.orderId}/payments`, anna);
    expect(again.statusCode).toBe(409);
  });
});
