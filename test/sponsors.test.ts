import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionBudgetAccount, occurredOn } from '../src/modules/action-budget/action-budget.service.ts';
import { checkLedger } from '../src/modules/ledger/ledger-check.ts';
import { ensureAccount, postEntry } from '../src/modules/ledger/ledger.service.ts';
import { todayInNetherlands } from '../src/modules/offers/catalogue-date.ts';
import { createProvider, createTenant, createUser, loginStaff, TENANT } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * Sponsors and the actiebudget: a pledge books nothing, a confirmed transfer books one balanced
 * entry once per bank reference, grants spend the actiebudget per wijk and activity, and the
 * public summary adds up to exactly what the ledger holds.
 */
let ctx: TestContext;
let admin: string;
let till: string;
let centre: { id: string };
const API = '/api/v1';
/** Last year: every date in it is in the past, so nothing is refused as "in the future". */
const YEAR = Number(todayInNetherlands().slice(0, 4)) - 1;
const day = (month: number, d: number) => `${YEAR}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  centre = await createProvider(db, { name: 'Buurthuis De Kolk' });
  const bakery = await createProvider(db, { name: 'Bakkerij Van der Zaan' });
  await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' });
  await createUser(db, {
    role: 'till_staff',
    email: 'kassa@test.demo',
    password: 'geheim-wachtwoord',
    providerId: bakery.id,
  });
  admin = await loginStaff(ctx.app, 'beheer@test.demo', 'geheim-wachtwoord');
  till = await loginStaff(ctx.app, 'kassa@test.demo', 'geheim-wachtwoord');
});
afterAll(async () => {
  await ctx.close();
});

const post = (url: string, payload: unknown, cookie: string | null = admin) =>
  ctx.app.inject({
    method: 'POST',
    url: `${API}${url}`,
    payload: payload as object,
    headers: cookie ? { cookie } : {},
  });
const get = (url: string, cookie: string | null = admin) =>
  ctx.app.inject({ method: 'GET', url: `${API}${url}`, headers: cookie ? { cookie } : {} });
const entryCount = async () =>
  Number(
    (
      await ctx.database.db
        .selectFrom('journal_entries')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const balanceOf = async (type: 'action_budget' | 'sponsor_contributions' | 'municipality_bank') =>
  Number(
    (
      await ctx.database.db
        .selectFrom('ledger_accounts')
        .select('balance_cents')
        .where('tenant_id', '=', TENANT)
        .where('type', '=', type)
        .executeTakeFirst()
    )?.balance_cents ?? 0,
  );
const invalidNames = (body: string) =>
  (JSON.parse(body) as { invalidParams?: { name: string }[] }).invalidParams?.map((p) => p.name) ?? [];

async function pledge(body: Record<string, unknown> = {}) {
  const response = await post('/sponsor-pledges', {
    sponsorName: 'Albert Heijn Rosmolenwijk',
    amountCents: 50_000,
    expectedOn: day(3, 1),
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; status: string; receivedCents: number; outstandingCents: number };
}

interface Summary {
  year: number;
  years: number[];
  openingBalanceCents: number;
  closingBalanceCents: number;
  totals: { inCents: number; outCents: number; sponsorsCents: number; passSalesCents: number; grantsCents: number };
  months: {
    month: string;
    in: { passSalesCents: number; sponsorsCents: number; otherCents: number; totalCents: number };
    out: { grantsCents: number; otherCents: number; totalCents: number };
  }[];
  byWijk: { wijkCode: string; wijkName: string; amountCents: number }[];
  byActivity: { activityName: string; amountCents: number }[];
  sponsors: { name: string; publicityText: string; amountCents: number }[];
  anonymousSponsors: { count: number; amountCents: number };
}
async function summary(year = YEAR): Promise<Summary> {
  const response = await get(`/action-budget/summary?year=${year}`, null);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Summary;
}

/** Net of the actiebudget's lines per month of YEAR, straight from the journal. */
async function ledgerNetPerMonth(): Promise<Map<string, number>> {
  const { rows } = await sql<{ month: string; net: string | number }>`
    select to_char(e.occurred_at at time zone 'Europe/Amsterdam', 'YYYY-MM') as month, sum(l.amount_cents) as net
      from journal_lines l
      join ledger_accounts a on a.tenant_id = l.tenant_id and a.id = l.account_id
      join journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
     where a.type = 'action_budget' and extract(year from e.occurred_at at time zone 'Europe/Amsterdam') = ${YEAR}
     group by 1`.execute(ctx.database.db);
  return new Map(rows.map((r) => [r.month, Number(r.net)]));
}

describe('sponsor pledges', () => {
  it('book nothing, and only the pass organisation may make them', async () => {
    const before = await entryCount();
    const made = await pledge({
      sponsorName: 'Bouwbedrijf Zaanoever',
      contactName: 'Mevrouw De Vries',
      contactEmail: 'devries@zaanoever.example',
    });
    expect(made).toMatchObject({ status: 'pledged', receivedCents: 0, outstandingCents: 50_000 });
    expect(await entryCount()).toBe(before);
    expect((await get(`/sponsor-pledges/${made.id}`)).json()).toMatchObject({
      id: made.id,
      sponsor: { name: 'Bouwbedrijf Zaanoever' },
    });
    expect((await get('/sponsor-pledges')).json().items.map((p: { id: string }) => p.id)).toContain(made.id);
    expect(
      (await post('/sponsor-pledges', { sponsorName: 'X', amountCents: 100, expectedOn: day(1, 1) }, till)).statusCode,
    ).toBe(403);
    expect(
      (await post('/sponsor-pledges', { sponsorName: 'X', amountCents: 100, expectedOn: day(1, 1) }, null)).statusCode,
    ).toBe(401);
    expect((await get('/sponsor-pledges', till)).statusCode).toBe(403);
  });

  it('refuse bad input listing every error', async () => {
    const response = await post('/sponsor-pledges', {
      sponsorName: '',
      amountCents: 0.001,
      expectedOn: 'volgende week',
      providerless: true,
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const names = invalidNames(response.body);
    for (const field of ['body.sponsorName', 'body.amountCents', 'body.expectedOn', 'body.providerless'])
      expect(names).toContain(field);
    const unknownProvider = await post('/sponsor-pledges', {
      sponsorName: 'Y',
      amountCents: 100,
      expectedOn: day(1, 1),
      providerId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknownProvider.statusCode).toBe(400);
    expect(unknownProvider.json().invalidParams[0]).toMatchObject({
      name: 'body.providerId',
      code: 'unknown-provider',
    });
  });
});

describe('receiving a sponsor transfer', () => {
  it('books one balanced entry onto the actiebudget, once per bank reference', async () => {
    const made = await pledge({ sponsorName: 'Verkade', amountCents: 30_000 });
    const budgetBefore = await balanceOf('action_budget');
    const incomeBefore = await balanceOf('sponsor_contributions');
    const bankBefore = await balanceOf('municipality_bank');
    const before = await entryCount();

    const receipt = await post(`/sponsor-pledges/${made.id}/receipts`, {
      amountCents: 12_345,
      receivedOn: day(2, 14),
      bankReference: 'NL-E2E-0001',
    });
    expect(receipt.statusCode, receipt.body).toBe(201);
    const body = receipt.json();
    expect(body).toMatchObject({
      created: true,
      amountCents: 12_345,
      pledge: { status: 'partly-received', receivedCents: 12_345, outstandingCents: 17_655 },
    });
    expect(await entryCount()).toBe(before + 1);

    const lines = await ctx.database.db
      .selectFrom('journal_lines as l')
      .innerJoin('ledger_accounts as a', (j) =>
        j.onRef('a.tenant_id', '=', 'l.tenant_id').onRef('a.id', '=', 'l.account_id'),
      )
      .innerJoin('journal_entries as e', (j) =>
        j.onRef('e.tenant_id', '=', 'l.tenant_id').onRef('e.id', '=', 'l.entry_id'),
      )
      .select(['a.type', 'l.amount_cents', 'e.kind', 'e.reference'])
      .where('l.entry_id', '=', body.entryId)
      .orderBy('l.line_no')
      .execute();
    expect(lines.reduce((sum, l) => sum + Number(l.amount_cents), 0)).toBe(0);
    expect(lines.every((l) => l.kind === 'sponsor_contribution' && l.reference === 'NL-E2E-0001')).toBe(true);
    expect(lines.map((l) => [l.type, Number(l.amount_cents)])).toEqual([
      ['municipality_bank', 12_345],
      ['sponsor_contributions', -12_345],
      ['action_budget', 12_345],
      ['municipality_bank', -12_345],
    ]);
    expect(await balanceOf('action_budget')).toBe(budgetBefore + 12_345);
    expect(await balanceOf('sponsor_contributions')).toBe(incomeBefore - 12_345);
    expect(await balanceOf('municipality_bank')).toBe(bankBefore);

    // The same transfer again (a retry, a re-uploaded statement): nothing new.
    const again = await post(`/sponsor-pledges/${made.id}/receipts`, {
      amountCents: 12_345,
      receivedOn: day(2, 14),
      bankReference: 'NL-E2E-0001',
    });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ created: false, id: body.id, entryId: body.entryId });
    // The same bank reference with another amount, or on another pledge: refused, nothing booked.
    const other = await pledge({ sponsorName: 'Lassie' });
    const conflicts = await Promise.all([
      post(`/sponsor-pledges/${made.id}/receipts`, {
        amountCents: 99,
        receivedOn: day(2, 14),
        bankReference: 'NL-E2E-0001',
      }),
      post(`/sponsor-pledges/${other.id}/receipts`, {
        amountCents: 12_345,
        receivedOn: day(2, 14),
        bankReference: 'NL-E2E-0001',
      }),
    ]);
    for (const conflict of conflicts) {
      expect(conflict.statusCode, conflict.body).toBe(409);
      expect(conflict.headers['content-type']).toContain('application/problem+json');
    }
    expect(await entryCount()).toBe(before + 1);
    expect(await balanceOf('action_budget')).toBe(budgetBefore + 12_345);

    // The rest arrives: the pledge is received.
    const rest = await post(`/sponsor-pledges/${made.id}/receipts`, {
      amountCents: 17_655,
      receivedOn: day(3, 2),
      bankReference: 'NL-E2E-0002',
    });
    expect(rest.json()).toMatchObject({ created: true, pledge: { status: 'received', outstandingCents: 0 } });
    expect((await checkLedger(ctx.database.db, TENANT)).violations).toEqual([]);
  });

  it('refuses bad input listing every error, and an unknown pledge, booking nothing', async () => {
    const made = await pledge({ sponsorName: 'Bad input BV' });
    const before = await entryCount();
    const budget = await balanceOf('action_budget');
    const bad = await post(`/sponsor-pledges/${made.id}/receipts`, {
      amountCents: -500,
      receivedOn: '31-02-2026',
      bankReference: '',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    for (const field of ['body.amountCents', 'body.receivedOn', 'body.bankReference'])
      expect(invalidNames(bad.body)).toContain(field);

    const fraction = await post(`/sponsor-pledges/${made.id}/receipts`, {
      amountCents: 0.001,
      receivedOn: day(1, 5),
      bankReference: 'FRACTION-1',
    });
    expect(fraction.statusCode).toBe(400);
    expect(new Set(invalidNames(fraction.body))).toEqual(new Set(['body.amountCents']));
    const zero = await post(`/sponsor-pledges/${made.id}/receipts`, {
      amountCents: 0,
      receivedOn: day(1, 5),
      bankReference: 'ZERO-1',
    });
    expect(zero.statusCode).toBe(400);

    const future = await post(`/sponsor-pledges/${made.id}/receipts`, {
      amountCents: 100,
      receivedOn: `${YEAR + 2}-01-01`,
      bankReference: 'FUTURE-1',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().invalidParams[0]).toMatchObject({ name: 'body.receivedOn', code: 'in-future' });

    const unknown = await post('/sponsor-pledges/00000000-0000-4000-8000-000000000000/receipts', {
      amountCents: 100,
      receivedOn: day(1, 5),
      bankReference: 'UNKNOWN-1',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().type).toMatch(/sponsor-pledge-not-found$/);
    expect(
      (
        await post(
          `/sponsor-pledges/${made.id}/receipts`,
          { amountCents: 100, receivedOn: day(1, 5), bankReference: 'TILL-1' },
          till,
        )
      ).statusCode,
    ).toBe(403);

    expect(await entryCount()).toBe(before);
    expect(await balanceOf('action_budget')).toBe(budget);
    expect(
      await ctx.database.db.selectFrom('sponsor_receipts').select('id').where('pledge_id', '=', made.id).execute(),
    ).toEqual([]);
  });
});

describe('the actiebudget', () => {
  it('spends on activities per wijk, refusing more than there is and bad input (listing every error)', async () => {
    const budget = await balanceOf('action_budget');
    expect(budget).toBeGreaterThan(10_000);
    const before = await entryCount();
    const tooMuch = await post('/action-budget/grants', {
      activityName: 'Te duur',
      wijkCode: 'WK047912',
      amountCents: budget + 1,
      grantedOn: day(4, 1),
    });
    expect(tooMuch.statusCode, tooMuch.body).toBe(409);
    expect(tooMuch.json().type).toMatch(/action-budget-insufficient$/);
    const bad = await post('/action-budget/grants', {
      activityName: 'Onbekend',
      wijkCode: 'WK999999',
      amountCents: 100,
      grantedOn: `${YEAR + 2}-01-01`,
      communityCentreProviderId: '00000000-0000-4000-8000-000000000000',
    });
    expect(bad.statusCode).toBe(400);
    expect(invalidNames(bad.body).sort()).toEqual([
      'body.communityCentreProviderId',
      'body.grantedOn',
      'body.wijkCode',
    ]);
    const badAmounts = await post('/action-budget/grants', {
      activityName: 'X',
      wijkCode: 'WK047912',
      amountCents: -1,
      grantedOn: 'morgen',
    });
    expect(badAmounts.statusCode).toBe(400);
    for (const field of ['body.activityName', 'body.amountCents', 'body.grantedOn'])
      expect(invalidNames(badAmounts.body)).toContain(field);
    expect(
      (
        await post(
          '/action-budget/grants',
          { activityName: 'Buurtfeest', wijkCode: 'WK047912', amountCents: 100, grantedOn: day(4, 1) },
          till,
        )
      ).statusCode,
    ).toBe(403);
    expect(await entryCount()).toBe(before);
    expect(await balanceOf('action_budget')).toBe(budget);

    const toCentre = await post('/action-budget/grants', {
      activityName: 'Buurtfeest Poelenburg',
      wijkCode: 'WK047912',
      amountCents: 4_000,
      grantedOn: day(4, 12),
      communityCentreProviderId: centre.id,
      reference: 'besluit-2025-17',
    });
    expect(toCentre.statusCode, toCentre.body).toBe(201);
    expect(toCentre.json()).toMatchObject({
      created: true,
      wijk: { code: 'WK047912', name: 'Poelenburg' },
      actionBudgetBalanceCents: budget - 4_000,
    });
    const payable = await ctx.database.db
      .selectFrom('ledger_accounts')
      .select('balance_cents')
      .where('type', '=', 'provider_payable')
      .where('provider_id', '=', centre.id)
      .executeTakeFirstOrThrow();
    expect(Number(payable.balance_cents)).toBe(4_000);
    const retry = await post('/action-budget/grants', {
      activityName: 'Buurtfeest Poelenburg',
      wijkCode: 'WK047912',
      amountCents: 4_000,
      grantedOn: day(4, 12),
      communityCentreProviderId: centre.id,
      reference: 'besluit-2025-17',
    });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ created: false, id: toCentre.json().id });
    const direct = await post('/action-budget/grants', {
      activityName: 'Zwemles voor kinderen',
      wijkCode: 'WK047901',
      amountCents: 2_500,
      grantedOn: day(5, 3),
    });
    expect(direct.statusCode, direct.body).toBe(201);
    expect(await balanceOf('action_budget')).toBe(budget - 6_500);
    expect((await get('/action-budget/grants')).json().items).toHaveLength(2);
    expect((await checkLedger(ctx.database.db, TENANT)).violations).toEqual([]);
  });

  it('summary: per month exactly what the ledger holds, pass sales and sponsors in, grants by wijk and activity out', async () => {
    // A pass sale as the pass-sales module books it (kind pass_sale, a share onto the actiebudget).
    await ctx.database.db.transaction().execute(async (tx) => {
      const budget = await actionBudgetAccount(tx, TENANT);
      const income = await ensureAccount(tx, TENANT, 'pass_sale_income', {}, 'Pass sales');
      await postEntry(tx, {
        tenantId: TENANT,
        kind: 'pass_sale',
        reference: 'test-order-1',
        occurredAt: occurredOn(day(3, 20)),
        lines: [
          { accountId: income.id, amountCents: -750 },
          { accountId: budget.id, amountCents: 750 },
        ],
      });
    });
    // A sponsor that agreed to be named, and one that did not.
    const named = await pledge({
      sponsorName: 'Zaanse Schans Tours',
      publicityAgreed: true,
      publicityText: 'Wij steunen de buurt!',
    });
    await post(`/sponsor-pledges/${named.id}/receipts`, {
      amountCents: 20_000,
      receivedOn: day(6, 30),
      bankReference: 'NAMED-1',
    });
    const silent = await pledge({
      sponsorName: 'Stille Gever BV',
      contactName: 'Jan Jansen',
      contactEmail: 'jan@stille.example',
    });
    await post(`/sponsor-pledges/${silent.id}/receipts`, {
      amountCents: 5_000,
      receivedOn: day(6, 1),
      bankReference: 'SILENT-1',
    });

    const s = await summary();
    expect(s.year).toBe(YEAR);
    expect(s.years).toContain(YEAR);
    expect(s.months.map((m) => m.month)).toEqual(Array.from({ length: 12 }, (_, i) => day(i + 1, 1).slice(0, 7)));
    const ledger = await ledgerNetPerMonth();
    for (const m of s.months) {
      expect(m.in.totalCents - m.out.totalCents, m.month).toBe(ledger.get(m.month) ?? 0);
      expect(m.in.totalCents).toBe(m.in.passSalesCents + m.in.sponsorsCents + m.in.otherCents);
    }
    expect(s.months[1]!.in.sponsorsCents).toBe(12_345);
    expect(s.months[2]!.in).toMatchObject({ sponsorsCents: 17_655, passSalesCents: 750 });
    expect(s.months[3]!.out.grantsCents).toBe(4_000);
    expect(s.months[4]!.out.grantsCents).toBe(2_500);
    expect(s.months[5]!.in.sponsorsCents).toBe(25_000);
    expect(s.totals).toMatchObject({
      passSalesCents: 750,
      sponsorsCents: 12_345 + 17_655 + 25_000,
      grantsCents: 6_500,
    });
    expect(s.openingBalanceCents).toBe(0);
    expect(s.closingBalanceCents).toBe(s.openingBalanceCents + s.totals.inCents - s.totals.outCents);
    expect(s.closingBalanceCents).toBe(await balanceOf('action_budget'));
    expect(s.byWijk).toEqual([
      { wijkCode: 'WK047912', wijkName: 'Poelenburg', amountCents: 4_000 },
      { wijkCode: 'WK047901', wijkName: 'Zaandam-Zuid', amountCents: 2_500 },
    ]);
    expect(s.byActivity).toEqual([
      { activityName: 'Buurtfeest Poelenburg', amountCents: 4_000 },
      { activityName: 'Zwemles voor kinderen', amountCents: 2_500 },
    ]);
    expect(s.sponsors).toEqual([
      { name: 'Zaanse Schans Tours', publicityText: 'Wij steunen de buurt!', amountCents: 20_000 },
    ]);
    expect(s.anonymousSponsors.count).toBeGreaterThanOrEqual(2);
    expect(s.anonymousSponsors.amountCents).toBe(12_345 + 17_655 + 5_000);
    // No personal data, no names of sponsors who did not agree.
    const text = JSON.stringify(s);
    for (const hidden of [
      'Stille Gever',
      'Jan Jansen',
      'jan@stille.example',
      'Verkade',
      'Mevrouw De Vries',
      'devries@',
    ])
      expect(text).not.toContain(hidden);

    // The next year starts where this one ended; a year without bookings is all zeros.
    const next = await summary(YEAR + 1);
    expect(next.openingBalanceCents).toBe(s.closingBalanceCents);
    expect(next.months.every((m) => m.in.totalCents === 0 && m.out.totalCents === 0)).toBe(true);
    expect((await get('/action-budget/summary', null)).json().year).toBe(YEAR + 1);
    expect((await get('/action-budget/summary?year=20x5', null)).statusCode).toBe(400);
  });

  it('a grant reversed in the same month no longer counts as spent', async () => {
    const today = todayInNetherlands();
    const year = Number(today.slice(0, 4));
    const grant = await post('/action-budget/grants', {
      activityName: 'Geannuleerd concert',
      wijkCode: 'WK047901',
      amountCents: 1_000,
      grantedOn: today,
    });
    expect(grant.statusCode, grant.body).toBe(201);
    expect((await summary(year)).byActivity).toEqual([{ activityName: 'Geannuleerd concert', amountCents: 1_000 }]);
    const reversal = await post(`/ledger-entries/${grant.json().entryId}/reversal`, {
      reason: 'Concert gaat niet door',
    });
    expect(reversal.statusCode, reversal.body).toBe(201);
    const after = await summary(year);
    expect(after.byActivity).toEqual([]);
    expect(after.byWijk).toEqual([]);
    expect(after.totals.grantsCents).toBe(0);
    expect(after.closingBalanceCents).toBe(await balanceOf('action_budget'));
  });
});
