import { randomUUID } from 'node:crypto';
import type { Static } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DomainError, type InvalidParam } from '../../shared/errors.ts';
import { actorId, type Principal } from '../access/principal.ts';
import { ensureAccount, findAccount, municipalityBank, postEntry, type Tx } from '../ledger/ledger.service.ts';
import { withRetry } from '../ledger/retry.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { validateIban } from './iban.ts';
import { PAYOUT_CLEARING, type PaymentSource } from './payouts.tables.ts';
import { PayoutsRepository, type UnsettledLine } from './payouts.repository.ts';
import { buildCreditTransfer, endToEndIdOf, parseBankStatement, StatementError } from './sepa.ts';
import { renderStatementPdf, type StatementData } from './statement-pdf.ts';
import { payoutsPolicy } from './payouts.policy.ts';
import type { BankStatementResult } from './payouts.schemas.ts';

/**
 * Provider payouts. A settlement run over a closed period turns each provider's open payable
 * into a settlement (booked: provider payable -> payout clearing), writes the SEPA file the
 * municipality's bank executes, and marks settlements paid when the bank statement (camt.053)
 * or a person confirms it (booked: payout clearing -> municipality bank). The platform never
 * holds or moves money.
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (d: string) => DATE.test(d) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** The calendar month before the month of `today` ('YYYY-MM-DD'). */
export function previousMonth(today: string): { periodStart: string; periodEnd: string } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(y, m - 2, 1));
  const end = new Date(Date.UTC(y, m - 1, 0));
  return { periodStart: start.toISOString().slice(0, 10), periodEnd: end.toISOString().slice(0, 10) };
}

export class PayoutsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly today: () => string = () => todayInNetherlands(),
  ) {}

  /**
   * Makes the run for a closed period (default: last month), or returns the run made before for
   * exactly this period (`created` false: nothing booked again). A period that has not ended, or
   * that overlaps another run's, is refused and books nothing.
   */
  async createRun(principal: Principal, input: { periodStart?: string | undefined; periodEnd?: string | undefined }) {
    payoutsPolicy.authorize(principal, 'payout.manage');
    const tenantId = principal.tenantId;
    const today = this.today();
    const problems: InvalidParam[] = [];
    if ((input.periodStart === undefined) !== (input.periodEnd === undefined)) {
      problems.push({
        name: input.periodStart === undefined ? 'body.periodStart' : 'body.periodEnd',
        code: 'required',
        reason: 'give both periodStart and periodEnd, or neither (last month)',
      });
    }
    const period =
      input.periodStart !== undefined && input.periodEnd !== undefined
        ? { periodStart: input.periodStart, periodEnd: input.periodEnd }
        : previousMonth(today);
    for (const [name, value] of Object.entries(period)) {
      if (!isRealDate(value))
        problems.push({ name: `body.${name}`, code: 'date', reason: `${value} is not a date (YYYY-MM-DD)` });
    }
    if (problems.length === 0 && period.periodStart > period.periodEnd) {
      problems.push({ name: 'body.periodEnd', code: 'before-start', reason: 'the period ends before it starts' });
    }
    if (problems.length > 0)
      throw new DomainError('invalid-input', 'This settlement period is not valid; see invalidParams.', problems);
    if (period.periodEnd >= today) {
      throw new DomainError(
        'settlement-period-open',
        `The period ends on ${period.periodEnd}: it can be settled from the day after, when it is closed (today is ${today}).`,
      );
    }

    return withRetry(() =>
      this.db.transaction().execute((tx) => createRunTx(tx, tenantId, period, actorId(principal))),
    );
  }

  async getRun(principal: Principal, runId: string) {
    payoutsPolicy.authorize(principal, 'payout.manage');
    const repo = new PayoutsRepository(this.db);
    const run = await repo.findRun(principal.tenantId, runId);
    if (!run) throw new DomainError('settlement-run-not-found', `There is no settlement run with id ${runId}.`);
    const [settlements, blocked] = await Promise.all([
      repo.settlementsOfRun(principal.tenantId, runId),
      repo.blockedOfRun(principal.tenantId, runId),
    ]);
    return { run, settlements, blocked };
  }

  async listRuns(principal: Principal, page: number, pageSize: number) {
    payoutsPolicy.authorize(principal, 'payout.manage');
    const { rows, totalItems } = await new PayoutsRepository(this.db).listRuns(principal.tenantId, page, pageSize);
    return { rows, totalItems, page, pageSize };
  }

  /** The pain.001.001.09 file of a run: every settlement of the run, none of the blocked providers. */
  async creditTransferFile(principal: Principal, runId: string, executionDate?: string) {
    const { run, settlements } = await this.getRun(principal, runId);
    if (executionDate !== undefined && !isRealDate(executionDate)) {
      throw new DomainError('invalid-input', 'executionDate is not a date.', [
        { name: 'querystring.executionDate', code: 'date', reason: 'YYYY-MM-DD' },
      ]);
    }
    if (!run.debtor_iban) throw new DomainError('payout-account-missing', 'This run has no debtor account.');
    const xml = buildCreditTransfer({
      runId: run.id,
      createdAt: run.created_at,
      executionDate: executionDate ?? this.today(),
      debtor: { name: run.debtor_name, iban: run.debtor_iban, bic: run.debtor_bic },
      remittance: `Stadspas afrekening ${run.period_start} tm ${run.period_end}`,
      transfers: settlements.map((s) => ({
        settlementId: s.id,
        amountCents: s.amount_cents,
        creditorName: s.creditor_name,
        creditorIban: s.creditor_iban,
        creditorBic: s.creditor_bic,
      })),
    });
    return { xml, run };
  }

  /**
   * Reads the bank's camt.053 statement and marks every settlement of the run that it shows as
   * booked (EndToEndId and amount match, money went out) paid. Uploading it again changes nothing.
   */
  async applyBankStatement(
    principal: Principal,
    runId: string,
    xml: string,
  ): Promise<Static<typeof BankStatementResult>> {
    const { settlements } = await this.getRun(principal, runId);
    let transactions;
    try {
      transactions = parseBankStatement(xml);
    } catch (error) {
      if (error instanceof StatementError) {
        throw new DomainError('bank-statement-invalid', error.message, [
          { name: 'body', code: 'camt053', reason: error.message },
        ]);
      }
      throw error;
    }
    const byEndToEnd = new Map(settlements.map((s) => [endToEndIdOf(s.id), s]));
    const { paid, alreadyPaid, unmatched }: Static<typeof BankStatementResult> = {
      paid: [],
      alreadyPaid: [],
      unmatched: [],
    };
    for (const tx of transactions) {
      const settlement = tx.endToEndId ? byEndToEnd.get(endToEndIdOf(tx.endToEndId)) : undefined;
      const refuse = (reason: string) =>
        unmatched.push({ endToEndId: tx.endToEndId, amountCents: tx.amountCents, reason });
      if (!settlement) {
        refuse(tx.endToEndId ? 'not-in-this-run' : 'no-end-to-end-id');
        continue;
      }
      if (tx.amountCents !== settlement.amount_cents) {
        refuse('amount-differs');
        continue;
      }
      if (tx.direction !== 'DBIT') {
        refuse('not-a-payment');
        continue;
      }
      if (tx.status !== null && tx.status !== 'BOOK') {
        refuse('not-booked');
        continue;
      }
      const result = await this.markPaid(
        principal,
        settlement.id,
        'bank_statement',
        tx.reference,
        tx.bookingDate ?? this.today(),
      );
      (result.created ? paid : alreadyPaid).push({ settlementId: settlement.id, amountCents: settlement.amount_cents });
    }
    return { paid, alreadyPaid, unmatched };
  }

  /** Confirmation by hand that the bank paid a settlement. Confirming again changes nothing. */
  async confirmPayment(
    principal: Principal,
    settlementId: string,
    input: { paidOn?: string | undefined; reference?: string | undefined },
  ) {
    payoutsPolicy.authorize(principal, 'payout.manage');
    if (input.paidOn !== undefined && (!isRealDate(input.paidOn) || input.paidOn > this.today())) {
      throw new DomainError('invalid-input', 'paidOn is not a date up to today.', [
        { name: 'body.paidOn', code: 'date', reason: 'a date (YYYY-MM-DD), not in the future' },
      ]);
    }
    const result = await this.markPaid(
      principal,
      settlementId,
      'manual',
      input.reference ?? null,
      input.paidOn ?? this.today(),
    );
    const settlement = await new PayoutsRepository(this.db).findSettlement(principal.tenantId, settlementId);
    return { settlement: settlement!, created: result.created };
  }

  private markPaid(
    principal: Principal,
    settlementId: string,
    source: PaymentSource,
    reference: string | null,
    paidOn: string,
  ) {
    return withRetry(() =>
      this.db.transaction().execute((tx) =>
        markSettlementPaidTx(tx, {
          tenantId: principal.tenantId,
          settlementId,
          source,
          reference,
          paidOn,
          by: actorId(principal),
        }),
      ),
    );
  }

  /** A provider's settlements (its admins and the pass organisation). */
  async listProviderSettlements(principal: Principal, providerId: string, page: number, pageSize: number) {
    payoutsPolicy.authorize(principal, 'provider.settlements.read', { providerId });
    const { rows, totalItems } = await new PayoutsRepository(this.db).settlementsOfProvider(
      principal.tenantId,
      providerId,
      page,
      pageSize,
    );
    return { rows, totalItems, page, pageSize };
  }

  /** The PDF statement of a settlement: for the provider's admins and the pass organisation. */
  async statementPdf(principal: Principal, settlementId: string) {
    const repo = new PayoutsRepository(this.db);
    const settlement = await repo.findSettlement(principal.tenantId, settlementId);
    if (!settlement) {
      payoutsPolicy.authorize(principal, 'provider.settlements.read', { providerId: '' }); // outsiders get 401/403, not a hint
      throw new DomainError('settlement-not-found', `There is no settlement with id ${settlementId}.`);
    }
    payoutsPolicy.authorize(principal, 'provider.settlements.read', { providerId: settlement.provider_id });
    const tenant = await repo.findTenant(principal.tenantId);
    if (!tenant) throw new DomainError('not-found', 'This municipality does not exist.');
    const lines = await repo.settledLines(principal.tenantId, settlementId);
    const inPeriod = await repo.redemptionsInPeriod(
      principal.tenantId,
      settlement.provider_id,
      settlement.period_start,
      settlement.period_end,
    );
    const lineRedemption = (reference: string) => (reference.match(UUID) ?? []).map((id) => id.toLowerCase());
    const known = new Set(inPeriod.map((r) => r.id));
    const outside = [...new Set(lines.flatMap((l) => lineRedemption(l.reference)).filter((id) => !known.has(id)))];
    const redemptions = [
      ...inPeriod,
      ...(await repo.redemptionsByIds(principal.tenantId, settlement.provider_id, outside)),
    ];
    const rows = new Map(
      redemptions.map((r) => [
        r.id,
        {
          date: r.created_at,
          offerTitle: r.offer_title,
          priceCents: r.price_cents,
          creditCents: 0,
          reimbursementCents: 0,
          cancelled: r.cancelled_at !== null,
        },
      ]),
    );
    const otherRows: StatementData['otherRows'] = [];
    for (const line of lines) {
      const row = lineRedemption(line.reference)
        .map((id) => rows.get(id))
        .find(Boolean);
      if (!row) {
        otherRows.push({
          date: line.occurred_at,
          description: line.reversal ? `Correctie: ${line.description}` : line.description,
          amountCents: line.amount_cents,
        });
        continue;
      }
      if (line.kind === 'credit_spend') row.creditCents += line.amount_cents;
      else row.reimbursementCents += line.amount_cents;
    }
    const data: StatementData = {
      municipality: tenant.name,
      passName: tenant.pass_name,
      settlementId,
      providerName: settlement.provider_name,
      creditorName: settlement.creditor_name,
      creditorIban: settlement.creditor_iban,
      periodStart: settlement.period_start,
      periodEnd: settlement.period_end,
      amountCents: settlement.amount_cents,
      status: settlement.status,
      paidOn: settlement.paid_on,
      rows: [...rows.values()].sort((a, b) => a.date.getTime() - b.date.getTime()),
      otherRows,
    };
    return { pdf: await renderStatementPdf(data), settlement };
  }
}

/**
 * The run for a closed period inside the caller's transaction (the service checks the period
 * first). Returns the run made before for exactly this period (`created` false).
 */
export async function createRunTx(
  tx: Tx,
  tenantId: string,
  period: { periodStart: string; periodEnd: string },
  by: string,
  options: { occurredAt?: Date } = {},
) {
  const repo = new PayoutsRepository(tx);
  await repo.lockRunsOfTenant(tenantId);
  const existing = await repo.findRunByPeriod(tenantId, period.periodStart, period.periodEnd);
  if (existing) return { runId: existing.id, created: false };
  const overlap = await repo.findOverlappingRun(tenantId, period.periodStart, period.periodEnd);
  if (overlap) {
    throw new DomainError(
      'settlement-period-overlaps',
      `The period overlaps the run of ${overlap.period_start} to ${overlap.period_end}; every day is settled in one run only.`,
    );
  }
  const tenant = await repo.findTenant(tenantId);
  const debtor = tenant?.payout_iban ? validateIban(tenant.payout_iban) : null;
  if (!tenant || !debtor?.ok) {
    throw new DomainError(
      'payout-account-missing',
      "The municipality's own bank account (IBAN) for payouts is not set or not valid; nothing was booked.",
    );
  }
  const run = await repo.insertRun({
    tenantId,
    ...period,
    debtorIban: debtor.iban,
    debtorBic: tenant.payout_bic,
    debtorName: tenant.payout_account_name ?? tenant.name,
    createdBy: by,
  });
  await settleProviders(tx, repo, tenantId, run.id, period, by, options.occurredAt);
  return { runId: run.id, created: true };
}

async function settleProviders(
  tx: Tx,
  repo: PayoutsRepository,
  tenantId: string,
  runId: string,
  period: { periodStart: string; periodEnd: string },
  by: string,
  occurredAt?: Date,
) {
  const lines = await repo.unsettledPayableLines(tenantId, period.periodEnd);
  const byProvider = new Map<string, UnsettledLine[]>();
  for (const line of lines) byProvider.set(line.provider_id, [...(byProvider.get(line.provider_id) ?? []), line]);
  const providers = new Map((await repo.providersByIds(tenantId, [...byProvider.keys()])).map((p) => [p.id, p]));
  const clearing = await ensureAccount(
    tx,
    tenantId,
    PAYOUT_CLEARING,
    {},
    'Payouts to providers awaiting the bank (clearing)',
  );

  for (const [providerId, providerLines] of [...byProvider].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const amountCents = providerLines.reduce((sum, l) => sum + l.amount_cents, 0);
    // Nothing owed (or cancellations outweigh new claims): the lines stay open for a later run.
    if (amountCents <= 0) continue;
    const provider = providers.get(providerId)!;
    const iban = provider.iban ? validateIban(provider.iban) : null;
    if (!iban?.ok || !provider.account_holder_name) {
      const reason = !provider.iban ? 'no-bank-account' : !iban?.ok ? 'iban-invalid' : 'no-account-holder-name';
      await repo.insertBlocked(tenantId, runId, providerId, amountCents, reason);
      continue;
    }
    const settlementId = randomUUID();
    const payableAccountId = providerLines[0]!.account_id;
    const posted = await postEntry(tx, {
      tenantId,
      kind: 'settlement',
      reference: `${providerId}/${period.periodStart}/${period.periodEnd}`,
      description: `Settlement ${period.periodStart} to ${period.periodEnd}: ${provider.name}`,
      recordedBy: by,
      ...(occurredAt ? { occurredAt } : {}),
      lines: [
        { accountId: payableAccountId, amountCents: -amountCents },
        { accountId: clearing.id, amountCents },
      ],
    });
    if (!posted.created)
      throw new DomainError('conflict', `The settlement of ${provider.name} for this period was booked before.`);
    await repo.insertSettlement({
      tenantId,
      id: settlementId,
      runId,
      providerId,
      ...period,
      amountCents,
      creditorName: provider.account_holder_name,
      creditorIban: iban.iban,
      creditorBic: provider.bic,
      entryId: posted.id,
    });
    await repo.insertSettlementLines(tenantId, settlementId, providerLines);
  }
}

/** Marks a settlement paid and books `settlement_payment`, inside the caller's transaction; once. */
export async function markSettlementPaidTx(
  tx: Tx,
  input: {
    tenantId: string;
    settlementId: string;
    source: PaymentSource;
    reference: string | null;
    paidOn: string;
    by: string;
    occurredAt?: Date;
  },
) {
  const { tenantId, settlementId, source, reference, paidOn } = input;
  const repo = new PayoutsRepository(tx);
  const settlement = await repo.lockSettlement(tenantId, settlementId);
  if (!settlement) throw new DomainError('settlement-not-found', `There is no settlement with id ${settlementId}.`);
  if (settlement.status === 'paid') return { created: false };
  const clearing = await findAccount(tx, tenantId, PAYOUT_CLEARING, {});
  const bank = await municipalityBank(tx, tenantId);
  const posted = await postEntry(tx, {
    tenantId,
    kind: 'settlement_payment',
    reference: settlementId,
    description:
      source === 'bank_statement'
        ? `Payout confirmed by bank statement${reference ? ` (${reference})` : ''}`
        : 'Payout confirmed by hand',
    recordedBy: input.by,
    ...(input.occurredAt ? { occurredAt: input.occurredAt } : {}),
    lines: [
      { accountId: clearing!.id, amountCents: -settlement.amount_cents },
      { accountId: bank.id, amountCents: settlement.amount_cents },
    ],
  });
  await repo.markPaid(tenantId, settlementId, {
    paidOn,
    paymentEntryId: posted.id,
    source,
    reference: reference?.slice(0, 200) ?? null,
    confirmedBy: input.by,
  });
  return { created: true };
}
