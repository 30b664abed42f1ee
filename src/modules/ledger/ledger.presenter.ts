import type { LedgerRepository } from './ledger.repository.ts';

/**
 * The ledger export: everything another system needs to take over the books. The format is
 * documented in docs/ledger.md; change LEDGER_EXPORT_FORMAT_VERSION with any change to it.
 */
export const LEDGER_EXPORT_FORMAT_VERSION = '1.0';

type AccountRow = Awaited<ReturnType<LedgerRepository['listAccounts']>>[number];
type EntryRow = Awaited<ReturnType<LedgerRepository['listEntries']>>[number];
type LineRow = Awaited<ReturnType<LedgerRepository['listLines']>>[number];

export interface LedgerData { tenantId: string; generatedAt: Date; accounts: AccountRow[]; entries: EntryRow[]; lines: LineRow[] }

const iso = (value: Date) => value.toISOString();

function presentAccount(a: AccountRow) {
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

export function presentLedgerJson(data: LedgerData) {
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
    currency: 'EUR' as const,
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
      lines: (linesByEntry.get(e.id) ?? []).map((l) => ({ lineNo: l.line_no, accountId: l.account_id, amountCents: l.amount_cents })),
    })),
  };
}

export const LEDGER_CSV_COLUMNS = [
  'format_version', 'entry_id', 'entry_kind', 'entry_reference', 'entry_description', 'occurred_at', 'recorded_at',
  'reverses_entry_id', 'line_no', 'account_id', 'account_type', 'account_name', 'scheme_id', 'pass_number', 'provider_id', 'amount_cents',
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
      rows.push([
        LEDGER_EXPORT_FORMAT_VERSION, e.id, e.kind, e.reference, e.description, iso(e.occurred_at), iso(e.recorded_at),
        e.reverses_entry_id, l.line_no, l.account_id, a?.type ?? null, a?.name ?? null, a?.scheme_id ?? null,
        a?.pass_number ?? null, a?.provider_id ?? null, l.amount_cents,
      ].map(csvField).join(','));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
