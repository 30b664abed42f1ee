import { inflateSync } from 'node:zlib';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Selectable } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundSchemeTx, loadCreditTx } from '../src/modules/credit/credit.service.ts';
import type { CreditSchemesTable } from '../src/modules/credit/credit.tables.ts';
import { checkLedger } from '../src/modules/ledger/ledger-check.ts';
import { ensureAccount, postEntry } from '../src/modules/ledger/ledger.service.ts';
import { todayInNetherlands } from '../src/modules/offers/catalogue-date.ts';
import { ibanCheckDigits } from '../src/modules/payouts/iban.ts';
import { PayoutsService, previousMonth } from '../src/modules/payouts/payouts.service.ts';
import { endToEndIdOf } from '../src/modules/payouts/sepa.ts';
import {
  createOffer,
  createPass,
  createProvider,
  createTenant,
  createUser,
  loginStaff,
  TENANT,
} from './support/fixtures.ts';
import { createTestApp, type TestContext } from './support/test-app.ts';

/**
 * Provider payouts: a settlement run over a closed period settles exactly each provider's open
 * payable, once; the SEPA file holds exactly the settlements; the bank statement marks them paid
 * once; the ledger checks out after all of it. Payables are booked directly on the ledger here
 * (as the till books them: credit payments and discount reimbursements, reference = redemption).
 */
let ctx: TestContext;
const API = '/api/v1';
const cookies: Record<string, string> = {};
type Provider = Awaited<ReturnType<typeof createProvider>>;
let bakery: Provider;
let pool: Provider;
let noIban: Provider;
const today = todayInNetherlands();
const period = previousMonth(today);
const IBAN_BAKERY = `NL${ibanCheckDigits('NL', 'INGB0001234567')}INGB0001234567`;
const IBAN_POOL = `NL${ibanCheckDigits('NL', 'RABO0123456789')}RABO0123456789`;
const IBAN_MUNICIPALITY = `NL${ibanCheckDigits('NL', 'BNGH0285170019')}BNGH0285170019`;
let scheme: Selectable<CreditSchemesTable>;
let passCreditAccountId: string;
let adminId: string;
let fundAccountId: string;
/** What each provider is owed for the period, from the bookings below. */
const expected: Record<string, number> = {};

const inPeriod = (day: number, hour = 12) =>
  new Date(`${period.periodStart.slice(0, 8)}${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`);
const req = (
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  who: string,
  payload?: unknown,
  headers: Record<string, string> = {},
) =>
  ctx.app.inject({
    method,
    url: `${API}${url}`,
    headers: { cookie: cookies[who]!, ...headers },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
const count = async (table: 'journal_entries' | 'settlement_runs' | 'settlements') =>
  Number(
    (
      await ctx.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const balanceOf = async (type: string, providerId: string | null = null) => {
  let q = ctx.database.db
    .selectFrom('ledger_accounts')
    .select('balance_cents')
    .where('tenant_id', '=', TENANT)
    .where('type', '=', type as never);
  q = providerId ? q.where('provider_id', '=', providerId) : q.where('provider_id', 'is', null);
  return Number((await q.executeTakeFirst())?.balance_cents ?? 0);
};

/** A redemption at the provider on `at`, paid partly from credit and partly reimbursed by the scheme fund. */
async function redeem(
  provider: Provider,
  at: Date,
  payment: { creditCents?: number; reimbursementCents?: number; priceCents?: number },
) {
  const db = ctx.database.db;
  const offer = await createOffer(db, provider, { title: `Appeltaart ${provider.name}` });
  const pass = await createPass(db);
  const redemption = await db
    .insertInto('redemptions')
    .values({
      tenant_id: TENANT,
      offer_id: offer.id,
      pass_id: pass.id,
      provider_id: provider.id,
      price_cents: payment.priceCents ?? 800,
      regular_price_cents: 1000,
      channel: 'seed',
      redeemed_by: null,
      created_at: at,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
  const entries: string[] = [];
  await db.transaction().execute(async (tx) => {
    const payable = await ensureAccount(
      tx,
      TENANT,
      'provider_payable',
      { providerId: provider.id },
      `Payable to ${provider.name}`,
    );
    if (payment.creditCents) {
      entries.push(
        (
          await postEntry(tx, {
            tenantId: TENANT,
            kind: 'credit_spend',
            reference: redemption.id,
            occurredAt: at,
            description: 'Paid with credit',
            lines: [
              { accountId: passCreditAccountId, amountCents: -payment.creditCents },
              { accountId: payable.id, amountCents: payment.creditCents },
            ],
          })
        ).id,
      );
    }
    if (payment.reimbursementCents) {
      entries.push(
        (
          await postEntry(tx, {
            tenantId: TENANT,
            kind: 'discount_reimbursement',
            reference: redemption.id,
            occurredAt: at,
            description: 'Discount reimbursed',
            lines: [
              { accountId: fundAccountId, amountCents: -payment.reimbursementCents },
              { accountId: payable.id, amountCents: payment.reimbursementCents },
            ],
          })
        ).id,
      );
    }
  });
  return { redemptionId: redemption.id, entries };
}

/** Cancellation: the redemption marked cancelled and its bookings reversed, on `at`. */
async function cancel(redemptionId: string, entryIds: string[], at: Date) {
  await ctx.database.db.transaction().execute(async (tx) => {
    await tx
      .updateTable('redemptions')
      .set({ cancelled_at: at, cancelled_by: 'test' })
      .where('id', '=', redemptionId)
      .execute();
    for (const entryId of entryIds) {
      const original = await tx
        .selectFrom('journal_lines')
        .select(['account_id', 'amount_cents'])
        .where('entry_id', '=', entryId)
        .orderBy('line_no')
        .execute();
      await postEntry(tx, {
        tenantId: TENANT,
        kind: 'reversal',
        reference: entryId,
        reversesEntryId: entryId,
        occurredAt: at,
        description: 'Redemption cancelled',
        lines: original.map((l) => ({ accountId: l.account_id, amountCents: -Number(l.amount_cents) })),
      });
    }
  });
}

function camt053(transactions: { endToEndId: string; amount: string; direction?: string; status?: string }[]) {
  const entries = transactions
    .map(
      (t, i) => `
      <Ntry>
        <Amt Ccy="EUR">${t.amount}</Amt><CdtDbtInd>${t.direction ?? 'DBIT'}</CdtDbtInd><Sts><Cd>${t.status ?? 'BOOK'}</Cd></Sts>
        <BookgDt><Dt>${today}</Dt></BookgDt><AcctSvcrRef>BANKREF${i}</AcctSvcrRef>
        <NtryDtls><TxDtls><Refs><EndToEndId>${t.endToEndId}</EndToEndId></Refs><Amt Ccy="EUR">${t.amount}</Amt></TxDtls></NtryDtls>
      </Ntry>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>STMT1</MsgId><CreDtTm>${today}T18:00:00</CreDtTm></GrpHdr>
    <Stmt><Id>1</Id><Acct><Id><IBAN>${IBAN_MUNICIPALITY}</IBAN></Id></Acct>${entries}
    </Stmt>
  </BkToCstmrStmt>
</Document>`;
}

/** The text a PDF shows: the strings of its (deflated) content streams. */
function pdfText(pdf: Buffer): string {
  // WinAnsi is latin1 but for a few signs, of which the statement uses the euro (0x80).
  const winAnsi = { decode: (bytes: Buffer) => bytes.toString('latin1').replace(/\x80/g, '€') };
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content = match[1]!;
    try {
      content = inflateSync(Buffer.from(content, 'latin1')).toString('latin1');
    } catch {
      /* not deflated */
    }
    for (const tj of content.matchAll(/\[(.*?)\]\s*TJ/g)) {
      out.push(
        [...tj[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => winAnsi.decode(Buffer.from(h[1]!, 'hex'))).join(''),
      );
    }
  }
  return out.join('\n');
}

beforeAll(async () => {
  ctx = await createTestApp();
  const db = ctx.database.db;
  await createTenant(db);
  await db
    .updateTable('tenants')
    .set({ payout_iban: IBAN_MUNICIPALITY, payout_bic: 'BNGHNL2G', payout_account_name: 'Gemeente Zaanstad' })
    .where('id', '=', TENANT)
    .execute();
  bakery = await createProvider(db, { name: 'Bakkerij Van der Zaan' });
  pool = await createProvider(db, { name: 'Zwembad De Zaanstroom' });
  noIban = await createProvider(db, { name: 'Buurthuis Zonder Rekening' });
  adminId = (await createUser(db, { role: 'org_admin', email: 'beheer@test.demo', password: 'geheim-wachtwoord' })).id;
  await createUser(db, {
    role: 'provider_admin',
    email: 'eigenaar@bakkerij.demo',
    password: 'geheim-wachtwoord',
    providerId: bakery.id,
  });
  await createUser(db, {
    role: 'till_staff',
    email: 'kassa@bakkerij.demo',
    password: 'geheim-wachtwoord',
    providerId: bakery.id,
  });
  cookies.admin = await loginStaff(ctx.app, 'beheer@test.demo', 'geheim-wachtwoord');
  cookies.bakeryAdmin = await loginStaff(ctx.app, 'eigenaar@bakkerij.demo', 'geheim-wachtwoord');
  cookies.till = await loginStaff(ctx.app, 'kassa@bakkerij.demo', 'geheim-wachtwoord');

  // Credit to pay with, and a scheme fund that reimburses discounts.
  scheme = await db
    .insertInto('credit_schemes')
    .values({ tenant_id: TENANT, name: 'Meedoen', amount_per_pass_cents: 100_000, valid_until: '2099-12-31' })
    .returningAll()
    .executeTakeFirstOrThrow();
  const creditPass = await createPass(db);
  await db.transaction().execute(async (tx) => {
    fundAccountId = (await fundSchemeTx(tx, { tenantId: TENANT, scheme, amountCents: 500_000, reference: 'budget' }))
      .fundAccountId;
    passCreditAccountId = (
      await loadCreditTx(tx, {
        tenantId: TENANT,
        scheme,
        pass: creditPass,
        amountCents: 100_000,
        loadReference: 'load',
      })
    ).creditAccountId;
  });

  // The period: bakery 3 redemptions, one cancelled; pool 1; the provider without an IBAN 1.
  await redeem(bakery, inPeriod(3), { creditCents: 800, reimbursementCents: 200 });
  await redeem(bakery, inPeriod(10), { creditCents: 450 });
  const cancelled = await redeem(bakery, inPeriod(12), { creditCents: 300, reimbursementCents: 100 });
  await cancel(cancelled.redemptionId, cancelled.entries, inPeriod(12, 13));
  await redeem(bakery, inPeriod(20), { reimbursementCents: 250, priceCents: 0 });
  await redeem(pool, inPeriod(15), { creditCents: 1_250, reimbursementCents: 375 });
  await redeem(noIban, inPeriod(5), { creditCents: 600 });
  expected[bakery.id] = 800 + 200 + 450 + 250;
  expected[pool.id] = 1_250 + 375;
  expected[noIban.id] = 600;
  // Today (an open period): never in this run.
  await redeem(bakery, new Date(), { creditCents: 999 });
});
afterAll(async () => {
  await ctx.close();
});

describe('provider bank accounts', () => {
  it("take a valid IBAN typed with spaces and lowercase, from the provider's admin or the pass organisation", async () => {
    const own = await req('PUT', `/providers/${bakery.id}/bank-account`, 'bakeryAdmin', {
      iban: IBAN_BAKERY.toLowerCase().replace(/(.{4})/g, '$1 '),
      bic: 'ingbnl2a',
      accountHolderName: 'Bakkerij Van der Zaan B.V.',
    });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({
      iban: IBAN_BAKERY.replace(/(.{4})(?=.)/g, '$1 '),
      bic: 'INGBNL2A',
      accountHolderName: 'Bakkerij Van der Zaan B.V.',
    });
    const stored = await ctx.database.db
      .selectFrom('providers')
      .select(['iban'])
      .where('id', '=', bakery.id)
      .executeTakeFirstOrThrow();
    expect(stored.iban).toBe(IBAN_BAKERY);
    const byAdmin = await req('PUT', `/providers/${pool.id}/bank-account`, 'admin', {
      iban: IBAN_POOL,
      accountHolderName: 'Stichting Zwembad De Zaanstroom',
    });
    expect(byAdmin.statusCode, byAdmin.body).toBe(200);
    expect((await req('GET', `/providers/${bakery.id}/bank-account`, 'bakeryAdmin')).json()).toMatchObject({
      bic: 'INGBNL2A',
    });
  });

  it('refuse a typo, a wrong length and a bad BIC with problem+json, changing nothing; others may not set it', async () => {
    const typo = IBAN_BAKERY.slice(0, -1) + String((Number(IBAN_BAKERY.at(-1)) + 1) % 10);
    const bad = await req('PUT', `/providers/${bakery.id}/bank-account`, 'bakeryAdmin', {
      iban: typo,
      bic: 'X1',
      accountHolderName: 'Bakkerij',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json().invalidParams).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'body.iban', code: 'iban-check-digits' }),
        expect.objectContaining({ name: 'body.bic', code: 'bic-format' }),
      ]),
    );
    const short = await req('PUT', `/providers/${bakery.id}/bank-account`, 'bakeryAdmin', {
      iban: IBAN_BAKERY.slice(0, 17),
      accountHolderName: 'Bakkerij',
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().invalidParams[0]).toMatchObject({ name: 'body.iban', code: 'iban-length' });
    const stored = await ctx.database.db
      .selectFrom('providers')
      .select(['iban', 'account_holder_name'])
      .where('id', '=', bakery.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ iban: IBAN_BAKERY, account_holder_name: 'Bakkerij Van der Zaan B.V.' });
    expect(
      (
        await req('PUT', `/providers/${pool.id}/bank-account`, 'bakeryAdmin', {
          iban: IBAN_BAKERY,
          accountHolderName: 'X',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await req('PUT', `/providers/${bakery.id}/bank-account`, 'till', { iban: IBAN_BAKERY, accountHolderName: 'X' }))
        .statusCode,
    ).toBe(403);
  });
});

describe('settlement runs', () => {
  let run: {
    id: string;
    settlements: { id: string; provider: { id: string }; amountCents: number; status: string }[];
    blockedProviders: { provider: { id: string }; amountCents: number; reason: string }[];
    totalCents: number;
  };

  it('refuse a period that is not closed, or is not a period, booking nothing', async () => {
    const entries = await count('journal_entries');
    const open = await req('POST', '/settlement-runs', 'admin', { periodStart: period.periodStart, periodEnd: today });
    expect(open.statusCode).toBe(409);
    expect(open.headers['content-type']).toContain('application/problem+json');
    expect(open.json().type).toMatch(/settlement-period-open$/);
    const reversed = await req('POST', '/settlement-runs', 'admin', {
      periodStart: period.periodEnd,
      periodEnd: period.periodStart,
    });
    expect(reversed.statusCode).toBe(400);
    const half = await req('POST', '/settlement-runs', 'admin', { periodStart: period.periodStart });
    expect(half.statusCode).toBe(400);
    const notADate = await req('POST', '/settlement-runs', 'admin', {
      periodStart: '2026-02-30',
      periodEnd: 'gisteren',
    });
    expect(notADate.statusCode).toBe(400);
    expect((await req('POST', '/settlement-runs', 'bakeryAdmin', period)).statusCode).toBe(403);
    expect(await count('journal_entries')).toBe(entries);
    expect(await count('settlement_runs')).toBe(0);
  });

  it("settle exactly each provider's payable of the period with balanced bookings; a provider without IBAN is blocked", async () => {
    const payableBefore = await balanceOf('provider_payable', bakery.id);
    const response = await req('POST', '/settlement-runs', 'admin', {});
    expect(response.statusCode, response.body).toBe(201);
    run = response.json();
    expect(run).toMatchObject({ periodStart: period.periodStart, periodEnd: period.periodEnd });
    const amounts = Object.fromEntries(run.settlements.map((s) => [s.provider.id, s.amountCents]));
    expect(amounts).toEqual({ [bakery.id]: expected[bakery.id], [pool.id]: expected[pool.id] });
    expect(run.blockedProviders).toEqual([
      expect.objectContaining({
        provider: expect.objectContaining({ id: noIban.id }),
        amountCents: expected[noIban.id],
        reason: 'no-bank-account',
      }),
    ]);
    expect(run.totalCents).toBe(expected[bakery.id]! + expected[pool.id]!);

    // Each settlement is one balanced entry: payable down, clearing up by the same amount.
    const entries = await ctx.database.db
      .selectFrom('journal_entries as e')
      .innerJoin('journal_lines as l', (j) => j.onRef('l.entry_id', '=', 'e.id'))
      .innerJoin('ledger_accounts as a', (j) => j.onRef('a.id', '=', 'l.account_id'))
      .select(['e.id', 'a.type', 'a.provider_id', 'l.amount_cents'])
      .where('e.kind', '=', 'settlement')
      .execute();
    expect(entries).toHaveLength(4);
    for (const s of run.settlements) {
      const lines = entries.filter(
        (l) =>
          l.provider_id === s.provider.id ||
          (String(l.type) === 'payout_clearing' &&
            entries.some((o) => o.id === l.id && o.provider_id === s.provider.id)),
      );
      expect(lines.map((l) => [String(l.type), Number(l.amount_cents)]).sort()).toEqual([
        ['payout_clearing', s.amountCents],
        ['provider_payable', -s.amountCents],
      ]);
    }
    // What stays on the payable: today's redemption only (and the blocked provider's whole payable).
    expect(await balanceOf('provider_payable', bakery.id)).toBe(payableBefore - expected[bakery.id]!);
    expect(await balanceOf('provider_payable', bakery.id)).toBe(999);
    expect(await balanceOf('provider_payable', pool.id)).toBe(0);
    expect(await balanceOf('provider_payable', noIban.id)).toBe(expected[noIban.id]);
    expect(await balanceOf('payout_clearing')).toBe(run.totalCents);
    const check = await checkLedger(ctx.database.db, TENANT);
    expect(check.violations).toEqual([]);
  });

  it('is idempotent: the same period again returns the same run and books nothing; an overlapping period is refused', async () => {
    const entries = await count('journal_entries');
    const again = await req('POST', '/settlement-runs', 'admin', period);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(run.id);
    expect(
      again
        .json()
        .settlements.map((s: { id: string }) => s.id)
        .sort(),
    ).toEqual(run.settlements.map((s) => s.id).sort());
    const overlap = await req('POST', '/settlement-runs', 'admin', {
      periodStart: period.periodEnd,
      periodEnd: period.periodEnd,
    });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().type).toMatch(/settlement-period-overlaps$/);
    expect(await count('journal_entries')).toBe(entries);
    expect(await count('settlements')).toBe(2);
  });

  it('writes a pain.001.001.09 file with exactly the settlements, NbOfTxs and CtrlSum', async () => {
    const response = await req('GET', `/settlement-runs/${run.id}/sepa-credit-transfer`, 'admin');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('application/xml');
    expect(XMLValidator.validate(response.body)).toBe(true);
    const doc = new XMLParser({
      ignoreAttributes: false,
      parseTagValue: false,
      isArray: (name) => name === 'CdtTrfTxInf',
    }).parse(response.body);
    expect(doc.Document['@_xmlns']).toBe('urn:iso:std:iso:20022:tech:xsd:pain.001.001.09');
    const header = doc.Document.CstmrCdtTrfInitn.GrpHdr;
    const info = doc.Document.CstmrCdtTrfInitn.PmtInf;
    const total = run.settlements.reduce((t, s) => t + s.amountCents, 0);
    const asDecimal = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
    expect(header.NbOfTxs).toBe('2');
    expect(header.CtrlSum).toBe(asDecimal(total));
    expect(header.MsgId.length).toBeLessThanOrEqual(35);
    expect(info.DbtrAcct.Id.IBAN).toBe(IBAN_MUNICIPALITY);
    const transactions = info.CdtTrfTxInf as {
      PmtId: { EndToEndId: string };
      Amt: { InstdAmt: { '#text': string; '@_Ccy': string } };
      Cdtr: { Nm: string };
      CdtrAcct: { Id: { IBAN: string } };
    }[];
    expect(transactions.map((t) => t.PmtId.EndToEndId).sort()).toEqual(
      run.settlements.map((s) => endToEndIdOf(s.id)).sort(),
    );
    const bakeryTx = transactions.find((t) => t.CdtrAcct.Id.IBAN === IBAN_BAKERY)!;
    expect(bakeryTx.Amt.InstdAmt).toEqual({ '#text': asDecimal(expected[bakery.id]!), '@_Ccy': 'EUR' });
    expect(bakeryTx.Cdtr.Nm).toBe('Bakkerij Van der Zaan B.V.');
    expect(transactions.map((t) => Number(t.Amt.InstdAmt['#text'].replace('.', ''))).reduce((a, b) => a + b, 0)).toBe(
      total,
    );
    expect(response.body).not.toContain('Buurthuis');
    // The same run gives the same message id: a bank refuses a second upload.
    const again = await req('GET', `/settlement-runs/${run.id}/sepa-credit-transfer`, 'admin');
    expect(new XMLParser().parse(again.body).Document.CstmrCdtTrfInitn.GrpHdr.MsgId).toBe(String(header.MsgId));
    expect((await req('GET', `/settlement-runs/${run.id}/sepa-credit-transfer`, 'bakeryAdmin')).statusCode).toBe(403);
  });

  it('marks settlements paid from the camt.053 statement once, and by hand once', async () => {
    const bakerySettlement = run.settlements.find((s) => s.provider.id === bakery.id)!;
    const poolSettlement = run.settlements.find((s) => s.provider.id === pool.id)!;
    const euros = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
    const statement = camt053([
      { endToEndId: endToEndIdOf(bakerySettlement.id).toUpperCase(), amount: euros(bakerySettlement.amountCents) },
      { endToEndId: endToEndIdOf(poolSettlement.id), amount: euros(poolSettlement.amountCents + 1) },
      { endToEndId: 'SOMETHINGELSE', amount: '12.00' },
    ]);
    const post = () =>
      req('POST', `/settlement-runs/${run.id}/bank-statements`, 'admin', statement, {
        'content-type': 'application/xml',
      });
    const first = await post();
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().paid).toEqual([
      { settlementId: bakerySettlement.id, amountCents: bakerySettlement.amountCents },
    ]);
    expect(
      first
        .json()
        .unmatched.map((u: { reason: string }) => u.reason)
        .sort(),
    ).toEqual(['amount-differs', 'not-in-this-run']);
    const entries = await count('journal_entries');
    const second = await post();
    expect(second.json()).toMatchObject({ paid: [], alreadyPaid: [{ settlementId: bakerySettlement.id }] });
    expect(await count('journal_entries')).toBe(entries);

    const broken = await req(
      'POST',
      `/settlement-runs/${run.id}/bank-statements`,
      'admin',
      '<Document><BkToCstmrStmt>',
      { 'content-type': 'application/xml' },
    );
    expect(broken.statusCode).toBe(400);
    expect(broken.headers['content-type']).toContain('application/problem+json');
    const entity = await req(
      'POST',
      `/settlement-runs/${run.id}/bank-statements`,
      'admin',
      '<!DOCTYPE x [<!ENTITY a "b">]><Document/>',
      { 'content-type': 'application/xml' },
    );
    expect(entity.statusCode).toBe(400);

    const byHand = await req('POST', `/settlements/${poolSettlement.id}/payment-confirmation`, 'admin', {
      reference: 'afschrift 12',
    });
    expect(byHand.statusCode, byHand.body).toBe(200);
    expect(byHand.json()).toMatchObject({ status: 'paid', paymentSource: 'manual', paidOn: today });
    const afterHand = await count('journal_entries');
    expect((await req('POST', `/settlements/${poolSettlement.id}/payment-confirmation`, 'admin', {})).statusCode).toBe(
      200,
    );
    expect(await count('journal_entries')).toBe(afterHand);
    expect(
      (await req('POST', `/settlements/${poolSettlement.id}/payment-confirmation`, 'bakeryAdmin', {})).statusCode,
    ).toBe(403);

    const status = (await req('GET', `/settlement-runs/${run.id}`, 'admin')).json();
    expect(status.paidCount).toBe(2);
    expect(await balanceOf('payout_clearing')).toBe(0);
    const payments = await ctx.database.db
      .selectFrom('journal_entries')
      .select('reference')
      .where('kind', '=', 'settlement_payment')
      .execute();
    expect(payments.map((p) => p.reference).sort()).toEqual([bakerySettlement.id, poolSettlement.id].sort());
  });

  it('shows a provider its own settlements only, without anything about holders', async () => {
    const own = await req('GET', `/providers/${bakery.id}/settlements`, 'bakeryAdmin');
    expect(own.statusCode, own.body).toBe(200);
    const items = own.json().items as Record<string, unknown>[];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      amountCents: expected[bakery.id],
      status: 'paid',
      periodStart: period.periodStart,
    });
    expect(Object.keys(items[0]!).sort()).toEqual([
      'amountCents',
      'createdAt',
      'creditorIban',
      'id',
      'paidOn',
      'periodEnd',
      'periodStart',
      'status',
    ]);
    expect(own.body).not.toMatch(/pass|holder|category|scheme|Meedoen/i);
    expect((await req('GET', `/providers/${pool.id}/settlements`, 'bakeryAdmin')).statusCode).toBe(403);
    expect((await req('GET', `/providers/${bakery.id}/settlements`, 'till')).statusCode).toBe(403);
  });

  it('gives each settlement a PDF statement listing the redemptions of the period', async () => {
    const settlement = run.settlements.find((s) => s.provider.id === bakery.id)!;
    const response = await req('GET', `/settlements/${settlement.id}/statement.pdf`, 'bakeryAdmin');
    expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
    const text = pdfText(pdf);
    expect(text).toContain('Bakkerij Van der Zaan');
    expect(text).toContain('Appeltaart Bakkerij Van der Zaan');
    expect(text).toContain('(geannuleerd)');
    expect(text).toContain(
      `€ ${Math.floor(expected[bakery.id]! / 100)},${String(expected[bakery.id]! % 100).padStart(2, '0')}`,
    );
    // A pass number (0479 and nine more digits, grouped or not), not 0479 inside a random UUID.
    expect(text).not.toMatch(/Pashouder|Meedoen|\b0479[ \d]{9,}/);
    expect(
      (
        await req(
          'GET',
          `/settlements/${run.settlements.find((s) => s.provider.id === pool.id)!.id}/statement.pdf`,
          'bakeryAdmin',
        )
      ).statusCode,
    ).toBe(403);
    expect((await req('GET', `/settlements/${settlement.id}/statement.pdf`, 'admin')).statusCode).toBe(200);
  });

  it('leaves an earlier period without payables empty, and settles the blocked payable in the next run once the IBAN is set', async () => {
    const [y, m] = period.periodStart.split('-').map(Number) as [number, number];
    const before = previousMonth(`${y}-${String(m).padStart(2, '0')}-15`);
    const earlier = await req('POST', '/settlement-runs', 'admin', before);
    expect(earlier.statusCode, earlier.body).toBe(201);
    expect(earlier.json()).toMatchObject({ settlements: [], blockedProviders: [] });

    expect(
      (
        await req('PUT', `/providers/${noIban.id}/bank-account`, 'admin', {
          iban: IBAN_POOL,
          accountHolderName: 'Buurthuis',
        })
      ).statusCode,
    ).toBe(200);
    // This month, run on the first day of next month: today's redemption, plus the payable carried over.
    const [ty, tm] = today.split('-').map(Number) as [number, number];
    const nextMonth = `${tm === 12 ? ty + 1 : ty}-${String(tm === 12 ? 1 : tm + 1).padStart(2, '0')}-01`;
    const thisMonth = previousMonth(nextMonth);
    const service = new PayoutsService(ctx.database.db, () => nextMonth);
    const principal = {
      kind: 'staff' as const,
      tenantId: TENANT,
      userId: adminId,
      role: 'org_admin' as const,
      providerId: null,
      name: 'beheer',
    };
    // Two clicks at once: one run, booked once.
    const [first, second] = await Promise.all([
      service.createRun(principal, thisMonth),
      service.createRun(principal, thisMonth),
    ]);
    expect([first.created, second.created].sort()).toEqual([false, true]);
    expect(second.runId).toBe(first.runId);
    const runId = first.runId;
    const next = await service.getRun(principal, runId);
    expect(Object.fromEntries(next.settlements.map((s) => [s.provider_id, s.amount_cents]))).toEqual({
      [bakery.id]: 999,
      [noIban.id]: expected[noIban.id],
    });
    expect(next.blocked).toEqual([]);

    // payable = what was booked for redemptions (less cancellations) - settlements, for every provider; here all settled: 0.
    for (const provider of [bakery, pool, noIban]) expect(await balanceOf('provider_payable', provider.id)).toBe(0);
    const report = await checkLedger(ctx.database.db, TENANT);
    expect(report.violations).toEqual([]);
    expect(report.ok).toBe(true);
    const exported = await req('GET', '/admin/ledger-export?format=json', 'admin');
    expect(exported.statusCode, exported.body.slice(0, 300)).toBe(200);
    expect(exported.json().accounts.map((a: { type: string }) => a.type)).toContain('payout_clearing');
  });
});
