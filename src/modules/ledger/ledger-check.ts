import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/**
 * Reconciliation: proves, from the journal lines alone, every invariant the ledger promises.
 * Used by `npm run ledger:check` and by the tests after every random sequence of operations.
 */

export type Invariant =
  | 'entry-balances'
  | 'cached-balance-equals-lines'
  | 'pass-credit-not-negative'
  | 'credit-loaded-minus-spent-minus-expired'
  | 'reversal-mirrors-original'
  | 'settlement-equals-covered-lines'
  | 'settlement-booked'
  | 'tenant-balances';

export interface Violation {
  tenantId: string;
  invariant: Invariant;
  subject: string;
  detail: string;
}

export interface TrialBalanceRow {
  type: string;
  accounts: number;
  debitCents: number;
  creditCents: number;
  balanceCents: number;
}
export interface TrialBalance {
  tenantId: string;
  rows: TrialBalanceRow[];
  totalCents: number;
}

export interface LedgerCheckReport {
  ok: boolean;
  violations: Violation[];
  trialBalances: TrialBalance[];
}

/** Kinds that may book on a pass's credit; reversals count as the kind they reverse. */
const CREDIT_KINDS = ['credit_load', 'credit_spend', 'redemption_credit_payment', 'credit_expiry', 'pass_replacement'];
/** Kinds that spend credit: a payment through the credit API or at the till. */
const SPEND_KINDS = ['credit_spend', 'redemption_credit_payment'];

export async function checkLedger(db: Kysely<DB>, tenantId?: string): Promise<LedgerCheckReport> {
  const tenantFilter = (column: string) => (tenantId === undefined ? sql`true` : sql`${sql.ref(column)} = ${tenantId}`);
  const violations: Violation[] = [];
  const num = (v: unknown) => Number(v ?? 0);

  const unbalanced = await sql<{ tenant_id: string; id: string; total: number; line_count: number }>`
    select e.tenant_id, e.id, coalesce(sum(l.amount_cents), 0) as total, count(l.line_no)::int as line_count
    from journal_entries e
    left join journal_lines l on l.tenant_id = e.tenant_id and l.entry_id = e.id
    where ${tenantFilter('e.tenant_id')}
    group by e.tenant_id, e.id
    having coalesce(sum(l.amount_cents), 0) <> 0 or count(l.line_no) < 2`.execute(db);
  for (const row of unbalanced.rows) {
    violations.push({
      tenantId: row.tenant_id,
      invariant: 'entry-balances',
      subject: `entry ${row.id}`,
      detail: `${num(row.line_count)} line(s) summing to ${num(row.total)} cents`,
    });
  }

  const drifted = await sql<{
    tenant_id: string;
    id: string;
    type: string;
    name: string;
    balance_cents: number;
    line_sum: number;
  }>`
    select a.tenant_id, a.id, a.type, a.name, a.balance_cents, coalesce(sum(l.amount_cents), 0) as line_sum
    from ledger_accounts a
    left join journal_lines l on l.tenant_id = a.tenant_id and l.account_id = a.id
    where ${tenantFilter('a.tenant_id')}
    group by a.tenant_id, a.id
    having a.balance_cents <> coalesce(sum(l.amount_cents), 0)`.execute(db);
  for (const row of drifted.rows) {
    violations.push({
      tenantId: row.tenant_id,
      invariant: 'cached-balance-equals-lines',
      subject: `${row.type} ${row.id} (${row.name})`,
      detail: `cached ${num(row.balance_cents)} cents, lines sum to ${num(row.line_sum)}`,
    });
  }

  const credit = await sql<{
    tenant_id: string;
    id: string;
    name: string;
    balance_cents: number;
    loaded: number;
    spent: number;
    expired: number;
    other: number;
    moved: number;
    line_sum: number;
  }>`
    select a.tenant_id, a.id, a.name, a.balance_cents,
      coalesce(sum(l.amount_cents) filter (where coalesce(o.kind, e.kind) = 'credit_load'), 0) as loaded,
      -coalesce(sum(l.amount_cents) filter (where coalesce(o.kind, e.kind) in (${sql.join(SPEND_KINDS)})), 0) as spent,
      -coalesce(sum(l.amount_cents) filter (where coalesce(o.kind, e.kind) = 'credit_expiry'), 0) as expired,
      -- Credit moved to a replacement pass: out of the old pass's account (negative), into the new one's.
      coalesce(sum(l.amount_cents) filter (where coalesce(o.kind, e.kind) = 'pass_replacement'), 0) as moved,
      coalesce(sum(l.amount_cents) filter (where coalesce(o.kind, e.kind) not in (${sql.join(CREDIT_KINDS)})), 0) as other,
      coalesce(sum(l.amount_cents), 0) as line_sum
    from ledger_accounts a
    left join journal_lines l on l.tenant_id = a.tenant_id and l.account_id = a.id
    left join journal_entries e on e.tenant_id = l.tenant_id and e.id = l.entry_id
    left join journal_entries o on e.kind = 'reversal' and o.tenant_id = e.tenant_id and o.id = e.reverses_entry_id
    where a.type = 'pass_credit' and ${tenantFilter('a.tenant_id')}
    group by a.tenant_id, a.id`.execute(db);
  for (const row of credit.rows) {
    const [balance, loaded, spent, expired, other, moved, lineSum] = [
      row.balance_cents,
      row.loaded,
      row.spent,
      row.expired,
      row.other,
      row.moved,
      row.line_sum,
    ].map(num) as [number, number, number, number, number, number, number];
    const subject = `pass credit ${row.id} (${row.name})`;
    if (balance < 0 || lineSum < 0) {
      violations.push({
        tenantId: row.tenant_id,
        invariant: 'pass-credit-not-negative',
        subject,
        detail: `balance ${balance} cents, lines sum to ${lineSum}`,
      });
    }
    if (loaded + moved - spent - expired !== balance || other !== 0 || loaded < 0 || spent < 0 || expired < 0) {
      violations.push({
        tenantId: row.tenant_id,
        invariant: 'credit-loaded-minus-spent-minus-expired',
        subject,
        detail: `loaded ${loaded} + moved ${moved} - spent ${spent} - expired ${expired} = ${loaded + moved - spent - expired}, balance ${balance}, other bookings ${other}`,
      });
    }
  }

  const badReversals = await sql<{ tenant_id: string; id: string }>`
    select e.tenant_id, e.id from journal_entries e
    where e.kind = 'reversal' and ${tenantFilter('e.tenant_id')} and (
      e.reverses_entry_id is null
      or exists (
        (select account_id, -amount_cents from journal_lines where tenant_id = e.tenant_id and entry_id = e.reverses_entry_id)
        except all
        (select account_id, amount_cents from journal_lines where tenant_id = e.tenant_id and entry_id = e.id))
      or exists (
        (select account_id, amount_cents from journal_lines where tenant_id = e.tenant_id and entry_id = e.id)
        except all
        (select account_id, -amount_cents from journal_lines where tenant_id = e.tenant_id and entry_id = e.reverses_entry_id)))`.execute(
    db,
  );
  for (const row of badReversals.rows) {
    violations.push({
      tenantId: row.tenant_id,
      invariant: 'reversal-mirrors-original',
      subject: `entry ${row.id}`,
      detail: 'its lines are not the exact opposite of the entry it reverses',
    });
  }

  // Payouts (migration 0007): a settlement pays exactly the provider-payable lines it covers, and
  // is booked as a `settlement` entry (payable -amount, payout clearing +amount); a paid one also
  // has its `settlement_payment` (payout clearing -amount, bank +amount).
  const settlements = await sql<{
    tenant_id: string;
    id: string;
    provider_id: string;
    amount_cents: number;
    status: string;
    covered: number;
    line_count: number;
    bad_lines: number;
    entry_kind: string | null;
    entry_payable: number;
    entry_clearing: number;
    entry_other: number;
    payment_kind: string | null;
    payment_clearing: number;
    payment_entry_id: string | null;
  }>`
    select s.tenant_id, s.id, s.provider_id, s.amount_cents, s.status, s.payment_entry_id,
      (select coalesce(sum(jl.amount_cents), 0) from settlement_lines sl
        join journal_lines jl on jl.tenant_id = sl.tenant_id and jl.entry_id = sl.entry_id and jl.line_no = sl.line_no
        join ledger_accounts a on a.tenant_id = jl.tenant_id and a.id = jl.account_id
        where sl.tenant_id = s.tenant_id and sl.settlement_id = s.id
          and a.type = 'provider_payable' and a.provider_id = s.provider_id) as covered,
      (select count(*)::int from settlement_lines sl where sl.tenant_id = s.tenant_id and sl.settlement_id = s.id) as line_count,
      (select count(*)::int from settlement_lines sl
        left join journal_lines jl on jl.tenant_id = sl.tenant_id and jl.entry_id = sl.entry_id and jl.line_no = sl.line_no
        left join ledger_accounts a on a.tenant_id = jl.tenant_id and a.id = jl.account_id
        where sl.tenant_id = s.tenant_id and sl.settlement_id = s.id
          and (jl.line_no is null or a.type <> 'provider_payable' or a.provider_id is distinct from s.provider_id
               or jl.amount_cents <> sl.amount_cents)) as bad_lines,
      e.kind as entry_kind,
      (select coalesce(sum(jl.amount_cents), 0) from journal_lines jl join ledger_accounts a on a.tenant_id = jl.tenant_id and a.id = jl.account_id
        where jl.tenant_id = s.tenant_id and jl.entry_id = s.entry_id and a.type = 'provider_payable' and a.provider_id = s.provider_id) as entry_payable,
      (select coalesce(sum(jl.amount_cents), 0) from journal_lines jl join ledger_accounts a on a.tenant_id = jl.tenant_id and a.id = jl.account_id
        where jl.tenant_id = s.tenant_id and jl.entry_id = s.entry_id and a.type = 'payout_clearing') as entry_clearing,
      (select count(*)::int from journal_lines jl join ledger_accounts a on a.tenant_id = jl.tenant_id and a.id = jl.account_id
        where jl.tenant_id = s.tenant_id and jl.entry_id = s.entry_id
          and not ((a.type = 'provider_payable' and a.provider_id = s.provider_id) or a.type = 'payout_clearing')) as entry_other,
      pe.kind as payment_kind,
      (select coalesce(sum(jl.amount_cents), 0) from journal_lines jl join ledger_accounts a on a.tenant_id = jl.tenant_id and a.id = jl.account_id
        where jl.tenant_id = s.tenant_id and jl.entry_id = s.payment_entry_id and a.type = 'payout_clearing') as payment_clearing
    from settlements s
    left join journal_entries e on e.tenant_id = s.tenant_id and e.id = s.entry_id
    left join journal_entries pe on pe.tenant_id = s.tenant_id and pe.id = s.payment_entry_id
    where ${tenantFilter('s.tenant_id')}`.execute(db);
  for (const row of settlements.rows) {
    const amount = num(row.amount_cents);
    const subject = `settlement ${row.id} (provider ${row.provider_id})`;
    if (num(row.covered) !== amount || num(row.line_count) === 0 || num(row.bad_lines) !== 0) {
      violations.push({
        tenantId: row.tenant_id,
        invariant: 'settlement-equals-covered-lines',
        subject,
        detail: `amount ${amount} cents, the ${num(row.line_count)} payable line(s) it covers sum to ${num(row.covered)}; ${num(row.bad_lines)} covered line(s) missing, on another account or with another amount`,
      });
    }
    const problems: string[] = [];
    if (row.entry_kind !== 'settlement')
      problems.push(
        row.entry_kind === null
          ? 'its settlement entry is missing'
          : `its entry is of kind ${row.entry_kind}, not settlement`,
      );
    else if (num(row.entry_payable) !== -amount || num(row.entry_clearing) !== amount || num(row.entry_other) !== 0) {
      problems.push(
        `its settlement entry books payable ${num(row.entry_payable)}, clearing ${num(row.entry_clearing)} and ${num(row.entry_other)} other line(s)`,
      );
    }
    if (row.status === 'paid' && (row.payment_kind !== 'settlement_payment' || num(row.payment_clearing) !== -amount)) {
      problems.push(
        `paid, but its payment entry is ${row.payment_kind ?? 'missing'} booking ${num(row.payment_clearing)} on clearing`,
      );
    }
    if (row.status !== 'paid' && row.payment_entry_id !== null) problems.push('not paid, but has a payment entry');
    if (problems.length > 0)
      violations.push({
        tenantId: row.tenant_id,
        invariant: 'settlement-booked',
        subject,
        detail: problems.join('; '),
      });
  }

  const trial = await sql<{
    tenant_id: string;
    type: string;
    accounts: number;
    debit: number;
    credit: number;
    balance: number;
  }>`
    select a.tenant_id, a.type, count(distinct a.id)::int as accounts,
      coalesce(sum(l.amount_cents) filter (where l.amount_cents > 0), 0) as debit,
      -coalesce(sum(l.amount_cents) filter (where l.amount_cents < 0), 0) as credit,
      coalesce(sum(l.amount_cents), 0) as balance
    from ledger_accounts a
    left join journal_lines l on l.tenant_id = a.tenant_id and l.account_id = a.id
    where ${tenantFilter('a.tenant_id')}
    group by a.tenant_id, a.type
    order by a.tenant_id, a.type`.execute(db);
  const byTenant = new Map<string, TrialBalance>();
  for (const row of trial.rows) {
    const balance = byTenant.get(row.tenant_id) ?? { tenantId: row.tenant_id, rows: [], totalCents: 0 };
    balance.rows.push({
      type: row.type,
      accounts: num(row.accounts),
      debitCents: num(row.debit),
      creditCents: num(row.credit),
      balanceCents: num(row.balance),
    });
    balance.totalCents += num(row.balance);
    byTenant.set(row.tenant_id, balance);
  }
  const trialBalances = [...byTenant.values()];
  for (const balance of trialBalances) {
    if (balance.totalCents !== 0) {
      violations.push({
        tenantId: balance.tenantId,
        invariant: 'tenant-balances',
        subject: `tenant ${balance.tenantId}`,
        detail: `all accounts together hold ${balance.totalCents} cents, not 0`,
      });
    }
  }
  return { ok: violations.length === 0, violations, trialBalances };
}

const euros = (cents: number) => {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100).toLocaleString('en-US')}.${String(abs % 100).padStart(2, '0')}`;
};

/** The report as text: the trial balance per tenant, then every violation. */
export function formatReport(report: LedgerCheckReport): string {
  const out: string[] = [];
  if (report.trialBalances.length === 0) out.push('The ledger is empty.');
  for (const balance of report.trialBalances) {
    out.push(`Trial balance of tenant ${balance.tenantId} (EUR)`);
    out.push(
      `  ${'account type'.padEnd(24)}${'accounts'.padStart(9)}${'debit'.padStart(16)}${'credit'.padStart(16)}${'balance'.padStart(16)}`,
    );
    for (const row of balance.rows) {
      out.push(
        `  ${row.type.padEnd(24)}${String(row.accounts).padStart(9)}${euros(row.debitCents).padStart(16)}${euros(row.creditCents).padStart(16)}${euros(row.balanceCents).padStart(16)}`,
      );
    }
    const debit = balance.rows.reduce((t, r) => t + r.debitCents, 0);
    const credit = balance.rows.reduce((t, r) => t + r.creditCents, 0);
    out.push(
      `  ${'total'.padEnd(24)}${''.padStart(9)}${euros(debit).padStart(16)}${euros(credit).padStart(16)}${euros(balance.totalCents).padStart(16)}`,
    );
    out.push('');
  }
  if (report.ok) out.push('All invariants hold.');
  else {
    out.push(`${report.violations.length} violation(s):`);
    for (const v of report.violations) out.push(`  [${v.tenantId}] ${v.invariant}: ${v.subject}: ${v.detail}`);
  }
  return out.join('\n');
}
