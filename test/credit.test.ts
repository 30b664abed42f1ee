import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreditRepository } from '../src/modules/credit/credit.repository.ts';
import { fundSchemeTx, loadCreditTx } from '../src/modules/credit/credit.service.ts';
import { checkLedger } from '../src/modules/ledger/ledger-check.ts';
import { makePassNumber } from '../src/modules/passes/pass-number.ts';
import {
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

let ctx: TestContext;
let admin: string;
let till: string;
const API = '/api/v1';

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  const provider = await createProvider(db);
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

const post = (url: string, payload: unknown, cookie = admin) =>
  ctx.app.inject({ method: 'POST', url: `${API}${url}`, payload: payload as object, headers: { cookie } });
const get = (url: string, cookie = admin) =>
  ctx.app.inject({ method: 'GET', url: `${API}${url}`, headers: { cookie } });
const postCsv = (url: string, csv: string) =>
  ctx.app.inject({
    method: 'POST',
    url: `${API}${url}`,
    payload: csv,
    headers: { 'cookie': admin, 'content-type': 'text/csv' },
  });
const entryCount = async () =>
  Number(
    (
      await ctx.database.db
        .selectFrom('journal_entries')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

async function createScheme(body: Record<string, unknown> = {}) {
  const response = await post('/credit-schemes', {
    name: `Meedoen ${Math.random().toString(36).slice(2, 8)}`,
    amountPerPassCents: 15_000,
    validUntil: '2099-07-31',
    spendableOfferCategories: ['sport'],
    budgetCents: 100_000,
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; fundBalanceCents: number; name: string };
}

/** A pass number with a wrong check digit. */
const withWrongCheckDigit = (number: string) => number.slice(0, -1) + String((Number(number.at(-1)) + 1) % 10);

describe('credit schemes', () => {
  it('are created with their budget and listed for the pass organisation only', async () => {
    const scheme = await createScheme({ eligiblePassCategories: ['child'] });
    expect(scheme.fundBalanceCents).toBe(100_000);
    const list = await get('/credit-schemes');
    expect(list.statusCode).toBe(200);
    expect((list.json() as { items: { id: string }[] }).items.map((s) => s.id)).toContain(scheme.id);
    expect((await get('/credit-schemes', till)).statusCode).toBe(403);
    expect((await ctx.app.inject({ url: `${API}/credit-schemes` })).statusCode).toBe(401);
  });

  it('refuse bad input with every error listed', async () => {
    const response = await post('/credit-schemes', {
      name: 'X',
      amountPerPassCents: 0.5,
      validUntil: 'morgen',
      budgetCents: -1,
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const names = (response.json() as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name);
    for (const field of ['body.name', 'body.amountPerPassCents', 'body.validUntil', 'body.budgetCents'])
      expect(names).toContain(field);
    const unknownCategory = await post('/credit-schemes', {
      name: 'Onbekend',
      amountPerPassCents: 100,
      validUntil: '2099-01-01',
      spendableOfferCategories: ['paardrijden'],
    });
    expect(unknownCategory.statusCode).toBe(400);
    expect(unknownCategory.json().invalidParams[0].code).toBe('unknown-category');
  });
});

describe('loading credit onto one pass', () => {
  it('books once per reference and answers bad amounts, passes and schemes with problem+json, booking nothing', async () => {
    const scheme = await createScheme();
    const pass = await createPass(ctx.database.db);
    const load = await post(`/credit-schemes/${scheme.id}/loads`, {
      passNumber: pass.number,
      amountCents: 2_500,
      reference: 'eerste',
    });
    expect(load.statusCode, load.body).toBe(201);
    expect(load.json()).toMatchObject({ created: true, amountCents: 2_500, balanceCents: 2_500 });
    const retry = await post(`/credit-schemes/${scheme.id}/loads`, {
      passNumber: pass.number,
      amountCents: 2_500,
      reference: 'eerste',
    });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ created: false, balanceCents: 2_500 });

    const before = await entryCount();
    const bad = [
      [{ passNumber: pass.number, amountCents: 0.1 }, 400],
      [{ passNumber: pass.number, amountCents: -500 }, 400],
      [{ passNumber: pass.number, amountCents: 0 }, 400],
      [{ passNumber: pass.number, amountCents: 20_000 }, 400],
      [{ passNumber: withWrongCheckDigit(pass.number), amountCents: 100 }, 400],
      [{ passNumber: makePassNumber('0479', 99_999_999), amountCents: 100 }, 404],
    ] as const;
    for (const [body, status] of bad) {
      const response = await post(`/credit-schemes/${scheme.id}/loads`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    const unknownScheme = await post('/credit-schemes/00000000-0000-4000-8000-000000000000/loads', {
      passNumber: pass.number,
      amountCents: 100,
    });
    expect(unknownScheme.statusCode).toBe(404);
    expect(unknownScheme.json().type).toContain('credit-scheme-not-found');
    const both = await post(`/credit-schemes/${scheme.id}/loads`, { passNumber: '', amountCents: 'veel' });
    expect(both.statusCode).toBe(400);
    expect(both.json().invalidParams.length).toBeGreaterThanOrEqual(2);
    expect(await entryCount()).toBe(before);
  });

  it("refuses passes outside the scheme's groups and loads beyond the budget", async () => {
    const childrenOnly = await createScheme({ eligiblePassCategories: ['child'], budgetCents: 1_000 });
    const adult = await createPass(ctx.database.db);
    const child = await createPass(ctx.database.db, { category: 'child' });
    expect(
      (await post(`/credit-schemes/${childrenOnly.id}/loads`, { passNumber: adult.number, amountCents: 100 })).json()
        .type,
    ).toContain('pass-not-eligible');
    expect(
      (await post(`/credit-schemes/${childrenOnly.id}/loads`, { passNumber: child.number, amountCents: 1_000 }))
        .statusCode,
    ).toBe(201);
    const over = await post(`/credit-schemes/${childrenOnly.id}/loads`, { passNumber: child.number, amountCents: 1 });
    expect(over.statusCode).toBe(409);
    expect(over.json().type).toContain('scheme-budget-exceeded');
  });
});

describe('bulk loads from CSV', () => {
  let scheme: { id: string };
  let passes: TestPass[];

  beforeAll(async () => {
    scheme = await createScheme({ budgetCents: 50_000 });
    passes = [];
    for (let i = 0; i < 4; i++) passes.push(await createPass(ctx.database.db));
  });

  it('a dry run reports every bad row with its line number and books nothing; a real run then books nothing either', async () => {
    const [a, b] = passes as [TestPass, TestPass];
    const [e, f, g, h] = [
      await createPass(ctx.database.db),
      await createPass(ctx.database.db),
      await createPass(ctx.database.db),
      await createPass(ctx.database.db),
    ];
    const csv = [
      'passNumber,amountCents',
      `${a.number},1000`, // 2: fine
      `${makePassNumber('0479', 88_888_888)},1000`, // 3: unknown pass
      `${withWrongCheckDigit(b.number)},1000`, // 4: check digit
      `${e.number},-500`, // 5: negative
      `${f.number},0`, // 6: zero
      `${g.number},12.5`, // 7: fraction of a cent
      `${a.number},1000`, // 8: duplicate of row 2
      'geen-pas,100', // 9: not a pass number
      `${h.number},99999`, // 10: more than the scheme's amount per pass
    ].join('\n');
    const fundBefore = (await get(`/credit-schemes/${scheme.id}`)).json().fundBalanceCents;
    const entriesBefore = await entryCount();

    const dry = await postCsv(`/credit-schemes/${scheme.id}/bulk-loads?dryRun=true`, csv);
    expect(dry.statusCode, dry.body).toBe(200);
    const report = dry.json() as {
      dryRun: boolean;
      rowCount: number;
      validRowCount: number;
      errors: { row: number; code: string }[];
    };
    expect(report.dryRun).toBe(true);
    expect(report.rowCount).toBe(9);
    expect(report.validRowCount).toBe(1);
    expect(report.errors.map((e) => [e.row, e.code])).toEqual([
      [3, 'unknown-pass'],
      [4, 'check-digit'],
      [5, 'negative-amount'],
      [6, 'zero-amount'],
      [7, 'fractional-cents'],
      [8, 'duplicate-row'],
      [9, 'pass-number-invalid'],
      [10, 'exceeds-scheme-amount'],
    ]);

    const real = await postCsv(`/credit-schemes/${scheme.id}/bulk-loads`, csv);
    expect(real.statusCode).toBe(400);
    expect(real.headers['content-type']).toContain('application/problem+json');
    expect((real.json() as { invalidParams: unknown[] }).invalidParams).toHaveLength(8);

    expect(await entryCount()).toBe(entriesBefore);
    expect((await get(`/credit-schemes/${scheme.id}`)).json().fundBalanceCents).toBe(fundBefore);
  });

  it('euro amounts with a comma, semicolons, and EUR 0,001 as an error', async () => {
    const [, , , d] = passes as [TestPass, TestPass, TestPass, TestPass];
    const dry = await postCsv(
      `/credit-schemes/${scheme.id}/bulk-loads?dryRun=true`,
      `pasnummer;bedrag\n${d.number};12,50\n${passes[0]!.number};0,001\n`,
    );
    const report = dry.json() as { validRowCount: number; totalCents: number; errors: { row: number; code: string }[] };
    expect(report.errors.map((e) => [e.row, e.code])).toEqual([[3, 'fractional-cents']]);
    expect(report.totalCents).toBe(1_250);
  });

  it('a real run books every row in one go, and running the same file again books nothing twice', async () => {
    const csv = `passNumber,amount\n${passes.map((p, i) => `${p.number},"${10 + i},25"`).join('\n')}\n`;
    const first = await postCsv(`/credit-schemes/${scheme.id}/bulk-loads`, csv);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      dryRun: false,
      bookedCount: 4,
      alreadyBookedCount: 0,
      totalCents: 1_025 + 1_125 + 1_225 + 1_325,
    });
    const again = await postCsv(`/credit-schemes/${scheme.id}/bulk-loads`, csv);
    expect(again.json()).toMatchObject({ bookedCount: 0, alreadyBookedCount: 4 });
    expect((await get(`/credit-schemes/${scheme.id}`)).json().outstandingCreditCents).toBe(4_700);
    expect((await checkLedger(ctx.database.db, TENANT)).violations).toEqual([]);
  });

  it('a dry run reports a file that needs more than the fund holds', async () => {
    const small = await createScheme({ budgetCents: 1_500 });
    const dry = await postCsv(
      `/credit-schemes/${small.id}/bulk-loads?dryRun=true`,
      `passNumber,amountCents\n${passes[0]!.number},1000\n${passes[1]!.number},1000\n`,
    );
    expect(dry.json().errors).toEqual([expect.objectContaining({ row: 0, code: 'scheme-budget-exceeded' })]);
    const malformed = await postCsv(
      `/credit-schemes/${small.id}/bulk-loads?dryRun=true`,
      'passNumber,amountCents\n"0479,100\n',
    );
    expect(malformed.json().errors[0].code).toBe('csv-malformed');
  });
});

describe("expiry, the holder's view, corrections and the export", () => {
  it('expires what is left after the last day, once; the holder sees credit and history; the export balances', async () => {
    const db = ctx.database.db;
    const parent = await createPass(db, { email: 'ouder@test.demo' });
    const child = await createPass(db, { category: 'child' });
    await db.updateTable('passes').set({ parent_pass_id: parent.id }).where('id', '=', child.id).execute();
    await createUser(db, { role: 'resident', email: 'ouder@test.demo', holderId: parent.holderId });

    const current = await createScheme({ budgetCents: 10_000 });
    await post(`/credit-schemes/${current.id}/loads`, {
      passNumber: child.number,
      amountCents: 4_000,
      reference: 'kind',
    });
    expect((await post(`/credit-schemes/${current.id}/expiry`, {})).statusCode).toBe(409);

    // A scheme whose last day has passed (schemes cannot be created in the past through the API).
    const repo = new CreditRepository(db);
    const { id: pastId } = await repo.insertScheme(TENANT, {
      name: 'Meedoen 2024',
      description: '',
      amountPerPassCents: 5_000,
      eligiblePassCategories: [],
      spendableOfferCategories: [],
      validUntil: '2025-07-31',
    });
    const past = (await repo.findScheme(TENANT, pastId))!;
    await db.transaction().execute(async (tx) => {
      await fundSchemeTx(tx, { tenantId: TENANT, scheme: past, amountCents: 5_000, reference: 'budget' });
      await loadCreditTx(tx, {
        tenantId: TENANT,
        scheme: past,
        pass: parent,
        amountCents: 3_000,
        loadReference: 'old',
      });
    });
    const expired = await post(`/credit-schemes/${pastId}/expiry`, {});
    expect(expired.json()).toEqual({ schemeId: pastId, expiredPassCount: 1, expiredCents: 3_000 });
    expect((await post(`/credit-schemes/${pastId}/expiry`, {})).json()).toMatchObject({
      expiredPassCount: 0,
      expiredCents: 0,
    });
    expect((await get(`/credit-schemes/${pastId}`)).json()).toMatchObject({
      fundBalanceCents: 5_000,
      outstandingCreditCents: 0,
    });

    const resident = await loginResident(ctx.app, 'ouder@test.demo');
    const own = (await get('/me/credit', resident)).json() as {
      items: {
        passNumber: string;
        balanceCents: number;
        history: { entryId: string; kind: string; amountCents: number }[];
      }[];
    };
    expect(own.items.map((i) => i.balanceCents).sort()).toEqual([0, 4_000]);
    const pastItem = own.items.find((i) => i.balanceCents === 0)!;
    expect(pastItem.history.map((h) => [h.kind, h.amountCents]).sort()).toEqual([
      ['expiry', -3_000],
      ['load', 3_000],
    ]);
    expect((await get('/me/credit', admin)).statusCode).toBe(403);

    // A correction: reverse the child's load.
    const loadEntry = own.items.find((i) => i.balanceCents === 4_000)!.history[0]!;
    const reversal = await post(`/ledger-entries/${loadEntry.entryId}/reversal`, { reason: 'verkeerde pas' });
    expect(reversal.statusCode, reversal.body).toBe(201);
    expect((await post(`/ledger-entries/${loadEntry.entryId}/reversal`, { reason: 'verkeerde pas' })).statusCode).toBe(
      200,
    );
    expect((await post(`/ledger-entries/${loadEntry.entryId}/reversal`, { reason: 'kassa' }, till)).statusCode).toBe(
      403,
    );

    const json = await get('/admin/ledger-export?format=json');
    expect(json.statusCode).toBe(200);
    const ledger = json.json() as {
      formatVersion: string;
      accounts: { id: string; balanceCents: number }[];
      entries: { lines: { accountId: string; amountCents: number }[] }[];
    };
    expect(ledger.formatVersion).toBe('1.1');
    const sums = new Map<string, number>();
    for (const entry of ledger.entries) {
      expect(entry.lines.reduce((t, l) => t + l.amountCents, 0)).toBe(0);
      for (const line of entry.lines) sums.set(line.accountId, (sums.get(line.accountId) ?? 0) + line.amountCents);
    }
    for (const account of ledger.accounts) expect(account.balanceCents).toBe(sums.get(account.id) ?? 0);

    const csv = await get('/admin/ledger-export?format=csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    const rows = parse(csv.body, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(ledger.entries.reduce((t, e) => t + e.lines.length, 0));
    const perEntry = new Map<string, number>();
    for (const row of rows) perEntry.set(row.entry_id!, (perEntry.get(row.entry_id!) ?? 0) + Number(row.amount_cents));
    expect([...perEntry.values()].every((v) => v === 0)).toBe(true);
    expect((await get('/admin/ledger-export', till)).statusCode).toBe(403);

    expect((await checkLedger(db, TENANT)).violations).toEqual([]);
  });
});
