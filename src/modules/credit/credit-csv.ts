import type { Static } from '@sinclair/typebox';
import { parse } from 'csv-parse/sync';
import { isValidPassNumber, normalizePassNumber } from '../passes/pass-number.ts';
import type { CreditLoadRowError } from './credit.schemas.ts';

/**
 * The CSV of a bulk credit load: a header row, then one pass per row.
 *
 *   passNumber,amountCents          or   passNumber;amount
 *   0479 0000 0001 2,15000               0479 0000 0001 2;150,00
 *
 * `amountCents` is whole cents; `amount` is euros with a comma or a point ("12,50", "12.50").
 * An empty amount means the scheme's amount per pass. The separator is a comma or, as Dutch
 * spreadsheets write it, a semicolon. Every bad row is reported, with its line number.
 */

export interface LoadRow {
  row: number;
  passNumber: string;
  amountCents: number | null;
}
/** A bad row (row 0: the file as a whole), reported as the bulk load's answer lists it. */
export type RowError = Static<typeof CreditLoadRowError>;

export const MAX_CSV_ROWS = 50_000;

const PASS_COLUMNS = ['passnumber', 'pass_number', 'pasnummer'];
const CENTS_COLUMNS = ['amountcents', 'amount_cents'];
const EURO_COLUMNS = ['amount', 'bedrag'];

type Parsed = { ok: true; cents: number | null } | { ok: false; code: string; reason: string };

/** Whole cents, e.g. "1250". */
export function parseCents(text: string): Parsed {
  const value = text.trim();
  if (value === '') return { ok: true, cents: null };
  if (/^[+-]?\d*[.,]\d+$/.test(value))
    return { ok: false, code: 'fractional-cents', reason: `"${value}" is not a whole number of cents` };
  if (!/^[+-]?\d+$/.test(value))
    return { ok: false, code: 'not-a-number', reason: `"${value}" is not an amount in cents` };
  return signChecked(value, Number(value));
}

/** Euros with at most two decimals, comma or point: "12,50", "12.50", "12". */
export function parseEuros(text: string): Parsed {
  const value = text.trim();
  if (value === '') return { ok: true, cents: null };
  const match = /^([+-]?)(\d+)(?:[.,](\d+))?$/.exec(value);
  if (!match)
    return { ok: false, code: 'not-a-number', reason: `"${value}" is not an amount in euros (write 12,50 or 12.50)` };
  const [, sign = '', whole = '', decimals = ''] = match;
  if (/[1-9]/.test(decimals.slice(2)))
    return { ok: false, code: 'fractional-cents', reason: `"${value}" has a fraction of a cent` };
  if (whole.length > 10) return { ok: false, code: 'too-large', reason: `"${value}" is too large` };
  const cents = Number(whole) * 100 + Number(decimals.slice(0, 2).padEnd(2, '0'));
  return signChecked(value, sign === '-' ? -cents : cents);
}

function signChecked(text: string, cents: number): Parsed {
  if (!Number.isSafeInteger(cents) || Math.abs(cents) > 1e12)
    return { ok: false, code: 'too-large', reason: `"${text}" is too large` };
  if (cents < 0)
    return {
      ok: false,
      code: 'negative-amount',
      reason: `"${text}" is negative; a load adds credit (book a reversal to correct one)`,
    };
  if (cents === 0) return { ok: false, code: 'zero-amount', reason: 'an amount of zero books nothing' };
  return { ok: true, cents };
}

/** Checks the pass number's form and check digit; the database is asked later, for every row at once. */
export function passNumberProblem(raw: string): { code: string; reason: string } | null {
  const number = normalizePassNumber(raw.trim());
  if (number === '') return { code: 'required', reason: 'the pass number is missing' };
  if (!/^\d{13}$/.test(number))
    return { code: 'pass-number-invalid', reason: `"${raw.trim()}" is not a pass number (13 digits)` };
  if (!isValidPassNumber(number))
    return { code: 'check-digit', reason: `"${raw.trim()}" has a wrong check digit: probably a typo` };
  return null;
}

export function parseLoadCsv(text: string): { rows: LoadRow[]; errors: RowError[]; rowCount: number } {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  if (body.trim() === '')
    return { rows: [], rowCount: 0, errors: [{ row: 0, column: null, code: 'empty', reason: 'the file is empty' }] };
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';

  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(body, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      trim: true,
    }) as never;
  } catch (error) {
    const line = Number((error as { lines?: number }).lines ?? 0);
    return {
      rows: [],
      rowCount: 0,
      errors: [{ row: line, column: null, code: 'csv-malformed', reason: (error as Error).message }],
    };
  }

  const [header, ...data] = records;
  const names = (header?.record ?? []).map((name) => name.trim().toLowerCase());
  const passIndex = names.findIndex((n) => PASS_COLUMNS.includes(n));
  const centsIndex = names.findIndex((n) => CENTS_COLUMNS.includes(n));
  const euroIndex = names.findIndex((n) => EURO_COLUMNS.includes(n));
  const headerErrors: RowError[] = [];
  if (passIndex < 0)
    headerErrors.push({
      row: 1,
      column: 'passNumber',
      code: 'missing-column',
      reason: 'the header row has no passNumber column',
    });
  if (centsIndex >= 0 && euroIndex >= 0)
    headerErrors.push({
      row: 1,
      column: 'amount',
      code: 'ambiguous-amount',
      reason: 'give either amountCents or amount, not both',
    });
  if (headerErrors.length > 0) return { rows: [], rowCount: data.length, errors: headerErrors };
  if (data.length > MAX_CSV_ROWS)
    return {
      rows: [],
      rowCount: data.length,
      errors: [
        { row: 0, column: null, code: 'too-many-rows', reason: `at most ${MAX_CSV_ROWS} rows per file; split it` },
      ],
    };

  const rows: LoadRow[] = [];
  const errors: RowError[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { record, info } of data) {
    const row = info.lines;
    const rawPass = record[passIndex] ?? '';
    let ok = true;
    const passProblem = passNumberProblem(rawPass);
    if (passProblem) {
      errors.push({ row, column: 'passNumber', ...passProblem });
      ok = false;
    }

    const amountColumn = centsIndex >= 0 ? 'amountCents' : 'amount';
    const amountIndex = centsIndex >= 0 ? centsIndex : euroIndex;
    const parsed =
      amountIndex < 0
        ? { ok: true as const, cents: null }
        : (centsIndex >= 0 ? parseCents : parseEuros)(record[amountIndex] ?? '');
    if (!parsed.ok) {
      errors.push({ row, column: amountColumn, code: parsed.code, reason: parsed.reason });
      ok = false;
    }

    const passNumber = normalizePassNumber(rawPass.trim());
    if (!passProblem) {
      const first = firstRowOf.get(passNumber);
      if (first !== undefined) {
        errors.push({
          row,
          column: 'passNumber',
          code: 'duplicate-row',
          reason: `pass ${passNumber} is also on row ${first}`,
        });
        ok = false;
      } else firstRowOf.set(passNumber, row);
    }
    if (ok && parsed.ok) rows.push({ row, passNumber, amountCents: parsed.cents });
  }
  if (data.length === 0)
    errors.push({ row: 0, column: null, code: 'no-rows', reason: 'the file has a header but no rows' });
  return { rows, errors, rowCount: data.length };
}
