import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLedger } from '../src/modules/ledger/ledger-check.ts';
import { ensureAccount, postEntry } from '../src/modules/ledger/ledger.service.ts';
import { todayInNetherlands } from '../src/modules/offers/catalogue-date.ts';
import { ibanCheckDigits } from '../src/modules/payouts/iban.ts';
import { previousMonth } from '../src/modules/payouts/payouts.service.ts';
import { createProvider, createTenant, createUser, loginStaff, TENANT } from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * The ledger export holds the settlements (format 1.1): runs, settlements, the payable lines each
 * covers, in JSON and as a second CSV; and ledger:check proves every settlement against its lines
 * and its entries.
 */
let ctx: TestContext;
const API = '/api/v1';
let cookie: string;
type Provider = Awaited<ReturnType<typeof createProvider>>;
let bakery: Provider;
let blocked: Provider;
const period = previousMonth(todayInNetherlands());
const IBAN = `NL${ibanCheckDigits('NL', 'INGB0001234567')}INGB0001234567`;
const booked: { entryId: string; lineNo: number; amountCents: number }[] = [];

const get = (url: string) => ctx.app.inject({ method: 'GET', url: `${API}${url}`, headers: { cookie } });
const post = (url: string, payload?: object) =>
  ctx.app.inject({ method: 'POST', url: `${API}${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });

/** A claim of the provider on the municipality, booked on the given day of the period. */
async function claim(provider: Provider, day: number, amountCents: number) {
  const at = new Date(`${period.periodStart.slice(0, 8)}${String(day).padStart(2, '0')}T12:00:00Z`);
  await ctx.database.db.transaction().execute(async (tx) => {
    const budget = await ensureAccount(tx, TENANT, 'action_budget', {}, 'Actiebudget');
    const payable = await ensureAccount(
      tx,
      TENANT,
      'provider_payable',
      { providerId: provider.id },
      `Payable to ${provider.name}`,
    );
    const entry = await postEntry(tx, {
      tenantId: TENANT,
      kind: 'discount_reimbursement',
      reference: `claim-${provider.id}-${day}`,
      occurredAt: at,
      description: 'Discount reimbursed',
      lines: [
        { accountId: budget.id, amountCents: -amountCents },
        { accountId: payable.id, amountCents },
      ],
    });
    if (provider.id === bakery.id) booked.push({ entryId: entry.id, lineNo: 2, amountCents });
  });
}

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  await db
    .updateTable('tenants')
    .set({
      payout_iban: `NL${ibanCheckDigits('NL', 'BNGH0285170019')}BNGH0285170019`,
      payout_account_name: 'Gemeente Zaanstad',
    })
    .where('id', '=', TENANT)
    .execute();
  bakery = await createProvider(db, { name: 'Bakkerij Van der Zaan' });
  blocked = await createProvider(db, { name: 'Buurthuis Zonder Rekening' });
  await createUser(db, { role: 'org_admin', email: 'beheer@export.demo', password: 'geheim-wachtwoord' });
  cookie = await loginStaff(ctx.app, 'beheer@export.demo', 'geheim-wachtwoord');
  const bank = await ctx.app.inject({
    method: 'PUT',
    url: `${API}/providers/${bakery.id}/bank-account`,
    headers: { cookie },
    payload: { iban: IBAN, accountHolderName: 'Bakkerij, "Van der Zaan" B.V.' },
  });
  expect(bank.statusCode, bank.body).toBe(200);
  await claim(bakery, 2, 1_250);
  await claim(bakery, 9, 375);
  await claim(blocked, 4, 600);
});
afterAll(async () => {
  await ctx.close();
});

describe('ledger export with settlements', () => {
  let settlementId: string;
  let runId: string;

  it('lists runs, settlements and the lines they cover in JSON, version 1.1', async () => {
    const run = await post('/settlement-runs', { periodStart: period.periodStart, periodEnd: period.periodEnd });
    expect(run.statusCode, run.body).toBe(201);
    runId = run.json().id;
    settlementId = run.json().settlements[0].id;
    const paid = await post(`/settlements/${settlementId}/payment-confirmation`, { reference: 'handmatig 1' });
    expect(paid.statusCode, paid.body).toBe(200);

    const res = await get('/admin/ledger-export?format=json');
    expect(res.statusCode, res.body).toBe(200);
    const data = res.json();
    expect(data.formatVersion).toBe('1.1');
    expect(data.settlementRuns).toEqual([
      expect.objectContaining({
        id: runId,
        periodStart: period.periodStart,
        periodEnd: period.periodEnd,
        debtorName: 'Gemeente Zaanstad',
        blockedProviders: [{ providerId: blocked.id, amountCents: 600, reason: 'no-bank-account' }],
      }),
    ]);
    const total = booked.reduce((t, b) => t + b.amountCents, 0);
    expect(data.settlements).toHaveLength(1);
    const s = data.settlements[0];
    expect(s).toMatchObject({
      id: settlementId,
      runId,
      providerId: bakery.id,
      amountCents: total,
      creditorIban: IBAN,
      status: 'paid',
      paymentSource: 'manual',
      paymentReference: 'handmatig 1',
    });
    const entries = new Map<string, { kind: string }>(data.entries.map((e: { id: string; kind: string }) => [e.id, e]));
    expect(entries.get(s.entryId)?.kind).toBe('settlement');
    expect(entries.get(s.paymentEntryId)?.kind).toBe('settlement_payment');
    const covered = data.settlementLines.map(
      (l: { settlementId: string; entryId: string; lineNo: number; amountCents: number }) => {
        expect(l.settlementId).toBe(settlementId);
        return { entryId: l.entryId, lineNo: l.lineNo, amountCents: l.amountCents };
      },
    );
    expect(
      covered.sort((a: { amountCents: number }, b: { amountCents: number }) => a.amountCents - b.amountCents),
    ).toEqual([...booked].sort((a, b) => a.amountCents - b.amountCents));
  });

  it('gives the settlements as a second CSV, one row per covered line, and keeps the journal CSV as it was', async () => {
    const res = await get('/admin/ledger-export?format=settlements-csv');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('settlements-');
    const rows = res.body.split('\r\n').filter(Boolean);
    const header = rows[0]!.split(',');
    expect(header).toEqual(
      expect.arrayContaining([
        'format_version',
        'settlement_id',
        'creditor_iban',
        'settlement_amount_cents',
        'covered_entry_id',
        'covered_line_no',
        'covered_amount_cents',
      ]),
    );
    expect(rows).toHaveLength(1 + booked.length);
    // The creditor name has a comma and quotes: one field, quoted, quotes doubled.
    expect(res.body).toContain('"Bakkerij, ""Van der Zaan"" B.V."');
    const col = (row: string, name: string) =>
      row.replace('"Bakkerij, ""Van der Zaan"" B.V."', 'NAME').split(',')[header.indexOf(name)];
    let sum = 0;
    for (const row of rows.slice(1)) {
      expect(col(row, 'format_version')).toBe('1.1');
      expect(col(row, 'settlement_id')).toBe(settlementId);
      expect(col(row, 'status')).toBe('paid');
      sum += Number(col(row, 'covered_amount_cents'));
    }
    expect(String(sum)).toBe(col(rows[1]!, 'settlement_amount_cents'));

    const journal = await get('/admin/ledger-export?format=csv');
    const journalRows = journal.body.split('\r\n').filter(Boolean);
    const lineCount = Number(
      (
        await ctx.database.db
          .selectFrom('journal_lines')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('tenant_id', '=', TENANT)
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(journalRows).toHaveLength(1 + lineCount);
    expect(journalRows[1]!.startsWith('1.1,')).toBe(true);
  });

  it('ledger:check proves each settlement against the lines it covers and its entries', async () => {
    expect(await checkLedger(ctx.database.db, TENANT)).toMatchObject({ ok: true, violations: [] });
    const db = ctx.database.db;
    const original = await db
      .selectFrom('settlements')
      .select(['amount_cents', 'entry_id'])
      .where('id', '=', settlementId)
      .executeTakeFirstOrThrow();
    try {
      await db
        .updateTable('settlements')
        .set({ amount_cents: Number(original.amount_cents) + 1 })
        .where('id', '=', settlementId)
        .execute();
      const report = await checkLedger(db, TENANT);
      expect(report.ok).toBe(false);
      expect(report.violations.map((v) => v.invariant).sort()).toEqual([
        'settlement-booked',
        'settlement-equals-covered-lines',
      ]);

      // Right amount, but pointing at an entry that is not its settlement entry.
      const other = booked[0]!.entryId;
      await db
        .updateTable('settlements')
        .set({ amount_cents: Number(original.amount_cents), entry_id: other })
        .where('id', '=', settlementId)
        .execute();
      const wrongEntry = await checkLedger(db, TENANT);
      expect(wrongEntry.violations).toEqual([
        expect.objectContaining({ invariant: 'settlement-booked', detail: expect.stringContaining('not settlement') }),
      ]);
    } finally {
      await db
        .updateTable('settlements')
        .set({ amount_cents: Number(original.amount_cents), entry_id: original.entry_id })
        .where('id', '=', settlementId)
        .execute();
    }
    expect((await checkLedger(db, TENANT)).ok).toBe(true);
  });
});
