import type { Static } from '@sinclair/typebox';
import type { AccountRow, LedgerData, LineRow, SettlementLineRow } from './ledger.repository.ts';
import type { LedgerAccount, LedgerExport, PostedReversal } from './ledger.schemas.ts';
import type { PostedEntry } from './ledger.service.ts';

/**
 * The ledger export: everything another system needs to take over the books. The format is
 * documented in docs/ledger.md; change LEDGER_EXPORT_FORMAT_VERSION with any change to it.
 */
export const LEDGER_EXPORT_FORMAT_VERSION = '1.1';

const iso = (value: Date) => value.toISOString();

function presentAccount(a: AccountRow): Static<typeof LedgerAccount> {
  return {
    id: a.id,
    type: a.type,
    name: a.name,
    schemeId: a.scheme_id,
    passId: a.pass_id,
    passNumber: a.pass_number ?? null,
    providerId: a.provider_id,
    balanceCents: a.balance_cents,
    createdAt: iso(a.created_at),
  };
}

export function presentLedgerJson(data: LedgerData): Static<typeof LedgerExport> {
  const linesByEntry = new Map<string, LineRow[]>();
  for (const line of data.lines) {
    const list = linesByEntry.get(line.entry_id) ?? [];
    list.push(line);
    linesByEntry.set(line.entry_id, list);
  }
  return {
    formatVersion: LEDGER_EXPORT_FORMAT_VERSION,
    tenantId: data.tenantId,
    generatedAt: iso(data.generatedAt),
    currency: 'EUR',
    accounts: data.accounts.map(presentAccount),
    entries: data.entries.map((e) => ({
      id: e.id,
      kind: e.kind,
      reference: e.reference,
      description: e.description,
      occurredAt: iso(e.occurred_at),
      recordedAt: iso(e.recorded_at),
      reversesEntryId: e.reverses_entry_id,
      recordedBy: e.recorded_by,
      lines: (linesByEntry.get(e.id) ?? []).map((l) => ({
        lineNo: l.line_no,
        accountId: l.account_id,
        amountCents: l.amount_cents,
      })),
    })),
    settlementRuns: data.settlementRuns.map((r) => ({
      id: r.id,
      periodStart: r.period_start,
      periodEnd: r.period_end,
      debtorName: r.debtor_name,
      debtorIban: r.debtor_iban,
      debtorBic: r.debtor_bic,
      createdAt: iso(r.created_at),
      createdBy: r.created_by,
      blockedProviders: data.blockedProviders
        .filter((b) => b.run_id === r.id)
        .map((b) => ({ providerId: b.provider_id, amountCents: b.amount_cents, reason: b.reason })),
    })),
    settlements: data.settlements.map((s) => ({
      id: s.id,
      runId: s.run_id,
      providerId: s.provider_id,
      periodStart: s.period_start,
      periodEnd: s.period_end,
      amountCents: s.amount_cents,
      creditorName: s.creditor_name,
      creditorIban: s.creditor_iban,
      creditorBic: s.creditor_bic,
      entryId: s.entry_id,
      status: s.status,
      paidOn: s.paid_on,
      paidAt: s.paid_at ? iso(s.paid_at) : null,
      paymentEntryId: s.payment_entry_id,
      paymentSource: s.payment_source,
      paymentReference: s.payment_reference,
      createdAt: iso(s.created_at),
    })),
    settlementLines: data.settlementLines.map((l) => ({
      settlementId: l.settlement_id,
      entryId: l.entry_id,
      lineNo: l.line_no,
      amountCents: l.amount_cents,
    })),
  };
}

/** A reversal as booked: the entry and its lines, and whether this request booked it. */
export function presentReversal(posted: PostedEntry): Static<typeof PostedReversal> {
  return {
    id: posted.id,
    kind: posted.kind,
    reference: posted.reference,
    created: posted.created,
    lines: posted.lines.map((l) => ({ accountId: l.accountId, amountCents: l.amountCents })),
  };
}

export const LEDGER_CSV_COLUMNS = [
  'format_version',
  'entry_id',
  'entry_kind',
  'entry_reference',
  'entry_description',
  'occurred_at',
  'recorded_at',
  'reverses_entry_id',
  'line_no',
  'account_id',
  'account_type',
  'account_name',
  'scheme_id',
  'pass_number',
  'provider_id',
  'amount_cents',
] as const;

/** RFC 4180: quote a field when it holds a comma, quote, or line break; double the quotes. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per journal line, in booking order, with the entry and the account repeated on each row. */
export function presentLedgerCsv(data: LedgerData): string {
  const accounts = new Map(data.accounts.map((a) => [a.id, a]));
  const linesByEntry = new Map<string, LineRow[]>();
  for (const line of data.lines) {
    const list = linesByEntry.get(line.entry_id) ?? [];
    list.push(line);
    linesByEntry.set(line.entry_id, list);
  }
  const rows = [LEDGER_CSV_COLUMNS.join(',')];
  for (const e of data.entries) {
    for (const l of linesByEntry.get(e.id) ?? []) {
      const a = accounts.get(l.account_id);
      rows.push(
        [
          LEDGER_EXPORT_FORMAT_VERSION,
          e.id,
          e.kind,
          e.reference,
          e.description,
          iso(e.occurred_at),
          iso(e.recorded_at),
          e.reverses_entry_id,
          l.line_no,
          l.account_id,
          a?.type ?? null,
          a?.name ?? null,
          a?.scheme_id ?? null,
          a?.pass_number ?? null,
          a?.provider_id ?? null,
          l.amount_cents,
        ]
          .map(csvField)
          .join(','),
      );
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}

export const SETTLEMENTS_CSV_COLUMNS = [
  'format_version',
  'run_id',
  'period_start',
  'period_end',
  'settlement_id',
  'provider_id',
  'creditor_name',
  'creditor_iban',
  'creditor_bic',
  'settlement_amount_cents',
  'settlement_entry_id',
  'status',
  'paid_on',
  'payment_entry_id',
  'payment_source',
  'payment_reference',
  'covered_entry_id',
  'covered_line_no',
  'covered_amount_cents',
] as const;

/**
 * The settlements as CSV (`format=settlements-csv`): one row per provider-payable journal line a
 * settlement covers, with the settlement and its run repeated on each row.
 */
export function presentSettlementsCsv(data: LedgerData): string {
  const runs = new Map(data.settlementRuns.map((r) => [r.id, r]));
  const linesBySettlement = new Map<string, SettlementLineRow[]>();
  for (const line of data.settlementLines) {
    const list = linesBySettlement.get(line.settlement_id) ?? [];
    list.push(line);
    linesBySettlement.set(line.settlement_id, list);
  }
  const rows = [SETTLEMENTS_CSV_COLUMNS.join(',')];
  for (const s of data.settlements) {
    const run = runs.get(s.run_id);
    for (const l of linesBySettlement.get(s.id) ?? []) {
      rows.push(
        [
          LEDGER_EXPORT_FORMAT_VERSION,
          s.run_id,
          run?.period_start ?? s.period_start,
          run?.period_end ?? s.period_end,
          s.id,
          s.provider_id,
          s.creditor_name,
          s.creditor_iban,
          s.creditor_bic,
          s.amount_cents,
          s.entry_id,
          s.status,
          s.paid_on,
          s.payment_entry_id,
          s.payment_source,
          s.payment_reference,
          l.entry_id,
          l.line_no,
          l.amount_cents,
        ]
          .map(csvField)
          .join(','),
      );
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
