import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { DomainError } from '../../shared/errors.ts';
import type { ImportProblem, IncomeCategory } from './income-import.tables.ts';

/**
 * Reading the income administration's export. A Dutch Excel "CSV (puntkomma)" export must work:
 * semicolons, Windows-1252 or UTF-8 with a BOM, dates as dd-mm-jjjj. Every row's problems are
 * listed with its line number; no BSN is ever read (a file with a BSN column is refused).
 */

export interface ImportRow {
  line: number;
  clientNumber: string;
  name: string;
  address: string;
  birthDate: string;
  email: string | null;
  category: IncomeCategory;
  /** The client number of the head of the household; null for a head. */
  householdHead: string | null;
  /** Identifies the row's content: the same row in a later file changes nothing. */
  hash: string;
}

type Column =
  'clientNumber' | 'name' | 'address' | 'postcode' | 'city' | 'birthDate' | 'email' | 'category' | 'household';

const HEADERS: Record<string, Column | 'forbidden'> = {
  klantnummer: 'clientNumber',
  clientnummer: 'clientNumber',
  clientnumber: 'clientNumber',
  naam: 'name',
  name: 'name',
  adres: 'address',
  address: 'address',
  postcode: 'postcode',
  woonplaats: 'city',
  plaats: 'city',
  city: 'city',
  geboortedatum: 'birthDate',
  birthdate: 'birthDate',
  email: 'email',
  emailadres: 'email',
  categorie: 'category',
  category: 'category',
  doelgroep: 'category',
  huishouden: 'household',
  household: 'household',
  huishoudnummer: 'household',
  bsn: 'forbidden',
  burgerservicenummer: 'forbidden',
  sofinummer: 'forbidden',
};
const REQUIRED: Column[] = ['clientNumber', 'name', 'address', 'birthDate', 'category'];

const CATEGORIES: Record<string, IncomeCategory> = {
  minimum: 'minimum',
  minima: 'minimum',
  laaginkomen: 'minimum',
  lowincome: 'minimum',
  mantelzorger: 'carer',
  mantelzorg: 'carer',
  carer: 'carer',
};

const brokenFile = (detail: string, reason: string) =>
  new DomainError('invalid-csv', detail, [{ name: 'body', code: 'invalid-csv', reason }]);

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8; Windows-1252 (Excel's ANSI) otherwise. */
export function decodeExport(bytes: Uint8Array): string {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const normalizeHeader = (header: string) => header.toLowerCase().replace(/[\s_\-.]/g, '');
const key = (text: string) => text.toLowerCase().replace(/[\s_\-.]/g, '');

/** dd-mm-jjjj (also d-m-jjjj, with / or .) or jjjj-mm-dd, as 'YYYY-MM-DD'; undefined when it is no date. */
export function parseDutchDate(value: string): string | undefined {
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [y, m, d] = dutch ? [dutch[3], dutch[2], dutch[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!y || !m || !d) return undefined;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d))
    return undefined;
  return date.toISOString().slice(0, 10);
}

const yearsBefore = (date: string, years: number) => `${Number(date.slice(0, 4)) - years}${date.slice(4)}`;

/** Parses and checks the whole file. Throws only when the file as a whole cannot be read. */
export function readIncomeExport(
  bytes: Uint8Array,
  today: string,
  /** headerOnly: check only the header line (a real run checks that at once, the rest in the background). */
  options: { headerOnly?: boolean } = {},
): { rows: ImportRow[]; problems: ImportProblem[]; totalRows: number } {
  const decoded = decodeExport(bytes);
  const firstLine = decoded.slice(0, decoded.indexOf('\n') === -1 ? decoded.length : decoded.indexOf('\n'));
  const text = options.headerOnly ? firstLine : decoded;
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw brokenFile(
      `The file is not a readable CSV${line ? ` (line ${line})` : ''}: ${(error as Error).message}`,
      `not a readable CSV${line ? ` at line ${line}` : ''}`,
    );
  }
  if (records.length === 0) throw brokenFile('The file is empty.', 'the file is empty');
  const header = records[0]!.record.map(normalizeHeader);
  const columns = new Map<Column, number>();
  header.forEach((h, i) => {
    const column = HEADERS[h];
    if (column === 'forbidden')
      throw brokenFile(
        'The file has a BSN column. Remove it: the pass needs no BSN.',
        `column "${records[0]!.record[i]}" holds a BSN; remove it`,
      );
    if (column && !columns.has(column)) columns.set(column, i);
  });
  const missing = REQUIRED.filter((c) => !columns.has(c));
  if (missing.length > 0)
    throw brokenFile(
      `Columns missing: ${missing.join(', ')}.`,
      `columns missing: ${missing.join(', ')} (klantnummer, naam, adres, geboortedatum, categorie)`,
    );
  if (options.headerOnly) return { rows: [], problems: [], totalRows: 0 };

  const problems: ImportProblem[] = [];
  const rows: ImportRow[] = [];
  const cell = (record: string[], column: Column) => {
    const i = columns.get(column);
    return i === undefined ? '' : (record[i] ?? '').trim();
  };
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    const problem = (field: string, code: string, message: string) => problems.push({ line, field, code, message });
    const before = problems.length;
    const clientNumber = cell(record, 'clientNumber');
    const name = cell(record, 'name');
    const street = cell(record, 'address');
    const birthText = cell(record, 'birthDate');
    const emailText = cell(record, 'email');
    const categoryText = cell(record, 'category');
    const household = cell(record, 'household');
    if (!/^[A-Za-z0-9-]{1,30}$/.test(clientNumber))
      problem('klantnummer', 'invalid', 'give a client number of letters and digits (at most 30)');
    if (!name) problem('naam', 'empty', 'give the name');
    else if (name.length > 200) problem('naam', 'too-long', 'at most 200 characters');
    if (!street) problem('adres', 'empty', 'give the address');
    const birthDate = parseDutchDate(birthText);
    if (!birthDate) problem('geboortedatum', 'invalid-date', `"${birthText}" is not a date like 31-12-1980`);
    else if (birthDate > today) problem('geboortedatum', 'in-future', 'a birth date cannot be in the future');
    if (emailText && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(emailText))
      problem('e-mail', 'invalid', `"${emailText}" is not an e-mail address`);
    const category = CATEGORIES[key(categoryText)];
    if (!category) problem('categorie', 'unknown', `"${categoryText}" is not minimum or mantelzorger`);
    if (problems.length > before) continue;
    const head = household && household !== clientNumber ? household : null;
    const address = [street, cell(record, 'postcode'), cell(record, 'city')].filter(Boolean).join(', ');
    const fields = {
      clientNumber,
      name,
      address,
      birthDate: birthDate!,
      email: emailText ? emailText.toLowerCase() : null,
      category: category!,
      householdHead: head,
    };
    rows.push({ line, ...fields, hash: createHash('sha256').update(JSON.stringify(fields)).digest('base64url') });
  }
  return { ...refuseDuplicatesAndOrphans(rows, problems, today), totalRows: records.length - 1 };
}

/** Refuses every row of a resident who is in the file twice, and members whose head is not there. */
function refuseDuplicatesAndOrphans(rows: ImportRow[], problems: ImportProblem[], today: string) {
  const refused = new Set<ImportRow>();
  const groups = (keyOf: (r: ImportRow) => string | null, field: string, what: string) => {
    const byKey = new Map<string, ImportRow[]>();
    for (const row of rows) {
      const k = keyOf(row);
      if (k !== null) byKey.set(k, [...(byKey.get(k) ?? []), row]);
    }
    for (const same of byKey.values()) {
      if (same.length < 2) continue;
      for (const row of same) {
        refused.add(row);
        const others = same.filter((o) => o !== row).map((o) => o.line);
        problems.push({
          line: row.line,
          field,
          code: 'duplicate',
          message: `${what} is also on line ${others.join(', ')}`,
        });
      }
    }
  };
  groups((r) => r.clientNumber.toLowerCase(), 'klantnummer', 'this client number');
  groups((r) => `${r.name.toLowerCase()}|${r.birthDate}`, 'naam', 'this resident (name and birth date)');
  groups((r) => r.email, 'e-mail', 'this e-mail address');
  let kept = rows.filter((r) => !refused.has(r));
  const heads = new Set(kept.filter((r) => r.householdHead === null).map((r) => r.clientNumber));
  const adult = yearsBefore(today, 18);
  for (const row of kept) {
    if (row.householdHead !== null && !heads.has(row.householdHead)) {
      refused.add(row);
      problems.push({
        line: row.line,
        field: 'huishouden',
        code: 'unknown-household',
        message: `no valid row with client number ${row.householdHead} heads this household`,
      });
    } else if (row.householdHead === null && row.birthDate > adult) {
      refused.add(row);
      problems.push({
        line: row.line,
        field: 'huishouden',
        code: 'child-without-parent',
        message: 'a child under 18 needs the client number of a parent under huishouden',
      });
    }
  }
  kept = kept.filter((r) => !refused.has(r));
  problems.sort((a, b) => a.line - b.line);
  return { rows: kept, problems, refusedRows: new Set([...refused].map((r) => r.line)) };
}
