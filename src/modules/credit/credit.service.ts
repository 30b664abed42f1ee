import { createHash, randomUUID } from 'node:crypto';
import type { Static } from '@sinclair/typebox';
import type { PassCategory } from '../passes/passes.tables.ts';
import { DomainError, type InvalidParam } from '../../shared/errors.ts';
import { actorId, type Principal } from '../access/principal.ts';
import {
  ensureAccount,
  existingReferences,
  findAccount,
  lineCountOfAccount,
  lockAccounts,
  municipalityBank,
  postEntry,
  type PostedEntry,
  type Tx,
} from '../ledger/ledger.service.ts';
import { withRetry } from '../ledger/retry.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { formatPassNumber, isValidPassNumber, normalizePassNumber } from '../passes/pass-number.ts';
import { parseLoadCsv } from './credit-csv.ts';
import { CreditRepository, type NewScheme } from './credit.repository.ts';
import { creditPolicy } from './credit.policy.ts';
import type {
  BulkLoadReport as BulkLoadReportSchema,
  CreditExpiry,
  CreditFunding,
  CreditLoad,
} from './credit.schemas.ts';

/**
 * Credit (tegoed) on passes. A municipality runs credit schemes; each has a fund in the ledger
 * (scheme_fund), filled from the municipality's bank, and each pass that receives credit gets a
 * pass_credit account per scheme. Loading moves money from the fund to the pass, spending moves
 * it from the pass to the provider's payable, expiry moves what is left back to the fund.
 *
 * The `...Tx` functions book inside the caller's transaction; CreditService wraps them for the
 * HTTP routes with authorization, validation and one transaction per request.
 */

export type Scheme = NonNullable<Awaited<ReturnType<CreditRepository['findScheme']>>>;

const fundName = (scheme: { name: string }) => `Scheme fund: ${scheme.name}`;
const creditName = (scheme: { name: string }, passNumber: string) =>
  `Credit ${scheme.name}: pass ${formatPassNumber(passNumber)}`;
const isExpired = (scheme: { valid_until: string }, today: string) => today > scheme.valid_until;

function assertPositiveCents(amountCents: number, name = 'amountCents') {
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0) {
    throw new DomainError('invalid-input', 'An amount is a positive whole number of cents.', [
      { name, code: 'positive-cents', reason: `${amountCents} is not a positive whole number of cents` },
    ]);
  }
}

function schemeFund(tx: Tx, tenantId: string, scheme: { id: string; name: string }) {
  return ensureAccount(tx, tenantId, 'scheme_fund', { schemeId: scheme.id }, fundName(scheme));
}

const budgetGuard =
  (fundId: string, scheme: { name: string }) => (accounts: Map<string, { balanceAfterCents: number }>) => {
    const after = accounts.get(fundId)!.balanceAfterCents;
    if (after < 0)
      throw new DomainError(
        'scheme-budget-exceeded',
        `The fund of "${scheme.name}" is ${-after} cents short for this load. Add budget first.`,
      );
  };

/** Budget for a scheme: from the municipality's bank to the scheme fund. Idempotent per reference. */
export async function fundSchemeTx(
  tx: Tx,
  input: {
    tenantId: string;
    scheme: Scheme;
    amountCents: number;
    reference: string;
    description?: string;
    recordedBy?: string | null;
    occurredAt?: Date;
  },
) {
  assertPositiveCents(input.amountCents);
  const bank = await municipalityBank(tx, input.tenantId);
  const fund = await schemeFund(tx, input.tenantId, input.scheme);
  const posted = await postEntry(tx, {
    tenantId: input.tenantId,
    kind: 'scheme_funding',
    reference: `${input.scheme.id}/${input.reference}`,
    description: input.description ?? `Budget for ${input.scheme.name}`,
    recordedBy: input.recordedBy ?? null,
    ...(input.occurredAt ? { occurredAt: input.occurredAt } : {}),
    lines: [
      { accountId: bank.id, amountCents: -input.amountCents },
      { accountId: fund.id, amountCents: input.amountCents },
    ],
  });
  return { posted, fundAccountId: fund.id };
}

/** Credit onto one pass, from the scheme fund. Idempotent per (scheme, pass, load reference). */
export async function loadCreditTx(
  tx: Tx,
  input: {
    tenantId: string;
    scheme: Scheme;
    pass: { id: string; number: string };
    amountCents: number;
    loadReference: string;
    recordedBy?: string | null;
    occurredAt?: Date;
  },
) {
  assertPositiveCents(input.amountCents);
  const { tenantId, scheme, pass } = input;
  const fund = await schemeFund(tx, tenantId, scheme);
  const credit = await ensureAccount(
    tx,
    tenantId,
    'pass_credit',
    { schemeId: scheme.id, passId: pass.id },
    creditName(scheme, pass.number),
  );
  const posted = await postEntry(tx, {
    tenantId,
    kind: 'credit_load',
    reference: `${scheme.id}/${pass.id}/${input.loadReference}`,
    description: `Credit loaded: ${scheme.name}`,
    recordedBy: input.recordedBy ?? null,
    ...(input.occurredAt ? { occurredAt: input.occurredAt } : {}),
    lines: [
      { accountId: fund.id, amountCents: -input.amountCents },
      { accountId: credit.id, amountCents: input.amountCents },
    ],
    guard: budgetGuard(fund.id, scheme),
  });
  return { posted, creditAccountId: credit.id };
}

export interface SpendInput {
  tenantId: string;
  schemeId: string;
  passId: string;
  providerId: string;
  amountCents: number;
  /** Business reference of the payment, e.g. the redemption id; a payment is booked once per reference. */
  reference: string;
  description?: string;
  /** 'YYYY-MM-DD' in the Netherlands; defaults to today. */
  today?: string;
  recordedBy?: string | null;
}

/**
 * A payment from pass credit to a provider: the pass's credit goes down, what the municipality
 * owes the provider goes up. Refused with `credit-insufficient` when the credit does not cover
 * it; the pass row lock plus the database's CHECK make that hold under any concurrency.
 */
export async function spendCredit(tx: Tx, input: SpendInput): Promise<PostedEntry> {
  assertPositiveCents(input.amountCents);
  const { tenantId } = input;
  const scheme = await new CreditRepository(tx).findScheme(tenantId, input.schemeId);
  if (!scheme) throw new DomainError('credit-scheme-not-found', `There is no credit scheme with id ${input.schemeId}.`);
  if (isExpired(scheme, input.today ?? todayInNetherlands())) {
    throw new DomainError(
      'credit-scheme-expired',
      `The credit of "${scheme.name}" could be spent until ${scheme.valid_until}.`,
    );
  }
  const credit = await findAccount(tx, tenantId, 'pass_credit', { schemeId: scheme.id, passId: input.passId });
  if (!credit) throw new DomainError('credit-insufficient', `The pass has no credit from "${scheme.name}".`);
  const payable = await ensureAccount(
    tx,
    tenantId,
    'provider_payable',
    { providerId: input.providerId },
    async () =>
      `Payable to ${(await new CreditRepository(tx).providerName(tenantId, input.providerId)) ?? input.providerId}`,
  );
  return postEntry(tx, {
    tenantId,
    kind: 'credit_spend',
    reference: input.reference,
    description: input.description ?? `Paid with credit: ${scheme.name}`,
    recordedBy: input.recordedBy ?? null,
    lines: [
      { accountId: credit.id, amountCents: -input.amountCents },
      { accountId: payable.id, amountCents: input.amountCents },
    ],
  });
}

/**
 * After the scheme's last day, books what is left on each pass back to the scheme fund. Safe to
 * run again: an account's expiry is booked under its version (its number of lines), so a second
 * run finds nothing left, and a run after a correction books only the new remainder.
 */
export async function expireSchemeTx(
  tx: Tx,
  input: { tenantId: string; scheme: Scheme; today: string; recordedBy?: string | null },
) {
  const { tenantId, scheme } = input;
  if (!isExpired(scheme, input.today)) {
    throw new DomainError(
      'credit-scheme-not-expired',
      `The credit of "${scheme.name}" can be spent until ${scheme.valid_until}; it expires after that day.`,
    );
  }
  const fund = await schemeFund(tx, tenantId, scheme);
  const candidates = await new CreditRepository(tx).creditAccountsWithBalance(tenantId, scheme.id);
  const locked = await lockAccounts(tx, tenantId, [fund.id, ...candidates.map((c) => c.id)]);
  let passCount = 0;
  let cents = 0;
  for (const account of locked) {
    if (account.type !== 'pass_credit' || account.balance_cents <= 0) continue;
    const version = await lineCountOfAccount(tx, tenantId, account.id);
    const posted = await postEntry(tx, {
      tenantId,
      kind: 'credit_expiry',
      reference: `${account.id}/v${version}`,
      description: `Credit expired: ${scheme.name} (valid until ${scheme.valid_until})`,
      recordedBy: input.recordedBy ?? null,
      lines: [
        { accountId: account.id, amountCents: -account.balance_cents },
        { accountId: fund.id, amountCents: account.balance_cents },
      ],
    });
    if (posted.created) {
      passCount++;
      cents += account.balance_cents;
    }
  }
  return { schemeId: scheme.id, expiredPassCount: passCount, expiredCents: cents };
}

// ---- The HTTP-facing service ---------------------------------------------------------------------

export interface CreateSchemeInput extends NewScheme {
  budgetCents?: number | undefined;
}

export interface BulkLoadOptions {
  dryRun: boolean;
  reference?: string | undefined;
}

export type BulkLoadReport = Static<typeof BulkLoadReportSchema>;

type Resident = Extract<Principal, { kind: 'resident' }>;

export class CreditService {
  private readonly today: () => string;

  constructor(
    private readonly repo: CreditRepository,
    options: { today?: () => string } = {},
  ) {
    this.today = options.today ?? (() => todayInNetherlands());
  }

  async listSchemes(principal: Principal, page: number, pageSize: number) {
    creditPolicy.authorize(principal, 'credit.manage');
    const { rows, totalItems } = await this.repo.listSchemes(principal.tenantId, pageSize, (page - 1) * pageSize);
    return { rows, page, pageSize, totalItems };
  }

  async getScheme(principal: Principal, schemeId: string) {
    creditPolicy.authorize(principal, 'credit.manage');
    const scheme = await this.repo.findSchemeWithTotals(principal.tenantId, schemeId);
    if (!scheme) throw new DomainError('credit-scheme-not-found', `There is no credit scheme with id ${schemeId}.`);
    return scheme;
  }

  async createScheme(principal: Principal, input: CreateSchemeInput) {
    creditPolicy.authorize(principal, 'credit.manage');
    const tenantId = principal.tenantId;
    const problems: InvalidParam[] = [];
    const spendable = [...new Set(input.spendableOfferCategories)];
    const known = new Set((await this.repo.existingCategories(tenantId, spendable)).map((c) => c.slug));
    for (const slug of spendable) {
      if (!known.has(slug))
        problems.push({
          name: 'body.spendableOfferCategories',
          code: 'unknown-category',
          reason: `there is no offer category "${slug}"`,
        });
    }
    if (input.validUntil < this.today())
      problems.push({ name: 'body.validUntil', code: 'in-the-past', reason: `${input.validUntil} has passed` });
    if (await this.repo.schemeNameTaken(tenantId, input.name))
      problems.push({ name: 'body.name', code: 'taken', reason: `there is already a scheme called "${input.name}"` });
    if (problems.length > 0)
      throw new DomainError('invalid-input', `${problems.length} field(s) are invalid; see invalidParams.`, problems);

    const id = await withRetry(() =>
      this.repo.transaction(async (repo, tx) => {
        const { id } = await repo.insertScheme(tenantId, {
          ...input,
          spendableOfferCategories: spendable,
          eligiblePassCategories: [...new Set(input.eligiblePassCategories)],
        });
        const scheme = (await repo.findScheme(tenantId, id))!;
        await schemeFund(tx, tenantId, scheme);
        if (input.budgetCents)
          await fundSchemeTx(tx, {
            tenantId,
            scheme,
            amountCents: input.budgetCents,
            reference: 'initial-budget',
            recordedBy: actorId(principal),
          });
        return id;
      }),
    );
    return (await this.repo.findSchemeWithTotals(tenantId, id))!;
  }

  private async scheme(principal: Principal, schemeId: string) {
    creditPolicy.authorize(principal, 'credit.manage');
    const scheme = await this.repo.findScheme(principal.tenantId, schemeId);
    if (!scheme) throw new DomainError('credit-scheme-not-found', `There is no credit scheme with id ${schemeId}.`);
    return scheme;
  }

  async fundScheme(
    principal: Principal,
    schemeId: string,
    input: { amountCents: number; reference: string; description?: string | undefined },
  ): Promise<Static<typeof CreditFunding>> {
    const scheme = await this.scheme(principal, schemeId);
    const { posted } = await withRetry(() =>
      this.repo.transaction((_repo, tx) =>
        fundSchemeTx(tx, {
          tenantId: principal.tenantId,
          scheme,
          amountCents: input.amountCents,
          reference: input.reference,
          ...(input.description ? { description: input.description } : {}),
          recordedBy: actorId(principal),
        }),
      ),
    );
    const fund = await findAccount(this.repo.db, principal.tenantId, 'scheme_fund', { schemeId });
    return {
      entryId: posted.id,
      created: posted.created,
      amountCents: input.amountCents,
      fundBalanceCents: fund?.balance_cents ?? 0,
    };
  }

  /** One load on one pass. Without a reference every call books; with one, a retry books nothing new. */
  async loadOne(
    principal: Principal,
    schemeId: string,
    input: { passNumber: string; amountCents?: number | undefined; reference?: string | undefined },
  ): Promise<Static<typeof CreditLoad>> {
    const scheme = await this.scheme(principal, schemeId);
    const tenantId = principal.tenantId;
    if (isExpired(scheme, this.today()))
      throw new DomainError(
        'credit-scheme-expired',
        `"${scheme.name}" ended on ${scheme.valid_until}; no more credit can be loaded.`,
      );
    const amountCents = input.amountCents ?? scheme.amount_per_pass_cents;
    const problems: InvalidParam[] = [];
    if (amountCents > scheme.amount_per_pass_cents) {
      problems.push({
        name: 'body.amountCents',
        code: 'exceeds-scheme-amount',
        reason: `at most ${scheme.amount_per_pass_cents} cents per pass in this scheme`,
      });
    }
    const number = normalizePassNumber(input.passNumber);
    if (!isValidPassNumber(number))
      problems.push({
        name: 'body.passNumber',
        code: 'pass-number-invalid',
        reason: 'not a valid pass number (13 digits with a check digit)',
      });
    if (problems.length > 0)
      throw new DomainError('invalid-input', `${problems.length} field(s) are invalid; see invalidParams.`, problems);
    const [pass] = await this.repo.findPassesByNumbers(tenantId, [number]);
    if (!pass) throw new DomainError('pass-not-found', `There is no pass with number ${formatPassNumber(number)}.`);
    if (!eligible(scheme.eligible_pass_categories, pass.category))
      throw new DomainError('pass-not-eligible', `This pass is not in a group that "${scheme.name}" is for.`);

    const { posted } = await withRetry(() =>
      this.repo.transaction((_repo, tx) =>
        loadCreditTx(tx, {
          tenantId,
          scheme,
          pass,
          amountCents,
          loadReference: input.reference ?? randomUUID(),
          recordedBy: actorId(principal),
        }),
      ),
    );
    const account = await findAccount(this.repo.db, tenantId, 'pass_credit', { schemeId: scheme.id, passId: pass.id });
    return {
      entryId: posted.id,
      created: posted.created,
      passNumber: pass.number,
      amountCents,
      balanceCents: account?.balance_cents ?? 0,
    };
  }

  /**
   * A CSV of passes and amounts. Every row is checked first (form, check digit, amount, duplicates,
   * unknown or ineligible passes, the fund's budget); a dry run only reports. A real run with any
   * bad row books nothing; otherwise it books every row in one transaction. Rows booked before
   * under the same reference are not booked again, so a file can be uploaded again safely.
   */
  async bulkLoad(
    principal: Principal,
    schemeId: string,
    csv: string,
    options: BulkLoadOptions,
  ): Promise<BulkLoadReport> {
    const scheme = await this.scheme(principal, schemeId);
    const tenantId = principal.tenantId;
    if (isExpired(scheme, this.today()))
      throw new DomainError(
        'credit-scheme-expired',
        `"${scheme.name}" ended on ${scheme.valid_until}; no more credit can be loaded.`,
      );
    const reference = options.reference ?? `csv-${createHash('sha256').update(csv).digest('hex').slice(0, 16)}`;
    const parsed = parseLoadCsv(csv);
    const errors = [...parsed.errors];

    const passes = new Map(
      (
        await this.repo.findPassesByNumbers(
          tenantId,
          parsed.rows.map((r) => r.passNumber),
        )
      ).map((p) => [p.number, p]),
    );
    const valid: { row: number; pass: { id: string; number: string }; amountCents: number; reference: string }[] = [];
    for (const row of parsed.rows) {
      const pass = passes.get(row.passNumber);
      const amountCents = row.amountCents ?? scheme.amount_per_pass_cents;
      let ok = true;
      if (!pass) {
        errors.push({
          row: row.row,
          column: 'passNumber',
          code: 'unknown-pass',
          reason: `there is no pass ${formatPassNumber(row.passNumber)}`,
        });
        ok = false;
      } else if (!eligible(scheme.eligible_pass_categories, pass.category)) {
        errors.push({
          row: row.row,
          column: 'passNumber',
          code: 'pass-not-eligible',
          reason: `pass ${formatPassNumber(row.passNumber)} is not in a group this scheme is for`,
        });
        ok = false;
      }
      if (amountCents > scheme.amount_per_pass_cents) {
        errors.push({
          row: row.row,
          column: 'amount',
          code: 'exceeds-scheme-amount',
          reason: `${amountCents} cents is more than the ${scheme.amount_per_pass_cents} cents per pass of this scheme`,
        });
        ok = false;
      }
      if (ok && pass)
        valid.push({ row: row.row, pass, amountCents, reference: `${scheme.id}/${pass.id}/${reference}` });
    }

    const booked = await existingReferences(
      this.repo.db,
      tenantId,
      'credit_load',
      valid.map((v) => v.reference),
    );
    const needed = valid.filter((v) => !booked.has(v.reference)).reduce((total, v) => total + v.amountCents, 0);
    const fund = await findAccount(this.repo.db, tenantId, 'scheme_fund', { schemeId: scheme.id });
    const available = fund?.balance_cents ?? 0;
    if (needed > available) {
      errors.push({
        row: 0,
        column: null,
        code: 'scheme-budget-exceeded',
        reason: `the rows need ${needed} cents; the scheme fund holds ${available}`,
      });
    }
    errors.sort((a, b) => a.row - b.row);

    const report: BulkLoadReport = {
      dryRun: options.dryRun,
      reference,
      rowCount: parsed.rowCount,
      validRowCount: valid.length,
      totalCents: valid.reduce((total, v) => total + v.amountCents, 0),
      alreadyBookedCount: booked.size,
      bookedCount: 0,
      errors,
    };
    if (options.dryRun) return report;
    if (errors.length > 0) {
      throw new DomainError(
        'invalid-input',
        `${errors.length} problem(s) in the file; nothing was booked. See invalidParams.`,
        errors.map((e) => ({
          name: e.row === 0 ? 'file' : `row ${e.row}${e.column ? `.${e.column}` : ''}`,
          code: e.code,
          reason: e.reason,
        })),
      );
    }

    report.bookedCount = await withRetry(() =>
      this.repo.transaction(async (_repo, tx) => {
        const fundAccount = await schemeFund(tx, tenantId, scheme);
        // All loads of one scheme take the fund first: two uploads wait for each other instead of deadlocking.
        await lockAccounts(tx, tenantId, [fundAccount.id]);
        let created = 0;
        for (const row of valid) {
          try {
            const { posted } = await loadCreditTx(tx, {
              tenantId,
              scheme,
              pass: row.pass,
              amountCents: row.amountCents,
              loadReference: reference,
              recordedBy: actorId(principal),
            });
            if (posted.created) created++;
          } catch (error) {
            if (error instanceof DomainError)
              throw new DomainError(
                error.code,
                `Row ${row.row}: ${error.message} Nothing was booked.`,
                error.invalidParams,
              );
            throw error;
          }
        }
        return created;
      }),
    );
    report.alreadyBookedCount = valid.length - report.bookedCount;
    return report;
  }

  async expire(principal: Principal, schemeId: string): Promise<Static<typeof CreditExpiry>> {
    const scheme = await this.scheme(principal, schemeId);
    return withRetry(() =>
      this.repo.transaction((_repo, tx) =>
        expireSchemeTx(tx, {
          tenantId: principal.tenantId,
          scheme,
          today: this.today(),
          recordedBy: actorId(principal),
        }),
      ),
    );
  }

  /** The resident's credit per pass and scheme (their own passes and their children's), with its history. */
  async ownCredit(principal: Principal) {
    creditPolicy.authorize(principal, 'ownCredit.read');
    const resident = principal as Resident;
    const accounts = await this.repo.creditOfHolder(resident.tenantId, resident.holderId);
    const history = await this.repo.historyOfAccounts(
      resident.tenantId,
      accounts.map((a) => a.account_id),
    );
    return { accounts, history, today: this.today() };
  }
}

const eligible = (categories: PassCategory[], category: PassCategory) =>
  categories.length === 0 || categories.includes(category);
