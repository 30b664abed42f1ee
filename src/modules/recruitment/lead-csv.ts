import { parse } from 'csv-parse/sync';
import type { ProviderKind } from '../providers/providers.tables.ts';
import type { LeadStage } from './recruitment.tables.ts';

/**
 * Reading a list of leads that someone kept in Excel. A Dutch Excel "CSV (puntkomma)" export must
 * work: semicolons (or commas), Windows-1252 or UTF-8 with a BOM, dates as dd-mm-jjjj. Routes and
 * wijken are given by name (or slug / CBS code) and looked up by the service; every row's problems
 * are listed with its line number. Pure: no database.
 */

export interface LeadCsvRow {
  line: number;
  name: string;
  kind: ProviderKind;
  contactName: string;
  email: string;
  phone: string;
  street: string;
  postcode: string;
  city: string;
  kvkNumber: string | null;
  route: string | null;
  wijk: string | null;
  stage: LeadStage;
  nextStepOn: string | null;
  notes: string;
  source: string;
}

export interface LeadCsvProblem {
  line: number;
  field: string;
  reason: string;
}

type Column = Exclude<keyof LeadCsvRow, 'line'>;

const HEADERS: Record<string, Column> = {
  naam: 'name',
  name: 'name',
  organisatie: 'name',
  bedrijf: 'name',
  soort: 'kind',
  kind: 'kind',
  type: 'kind',
  contactpersoon: 'contactName',
  contact: 'contactName',
  email: 'email',
  emailadres: 'email',
  telefoon: 'phone',
  phone: 'phone',
  adres: 'street',
  straat: 'street',
  street: 'street',
  postcode: 'postcode',
  plaats: 'city',
  woonplaats: 'city',
  city: 'city',
  kvk: 'kvkNumber',
  kvknummer: 'kvkNumber',
  route: 'route',
  wijk: 'wijk',
  fase: 'stage',
  stage: 'stage',
  volgendestap: 'nextStepOn',
  datumvolgendestap: 'nextStepOn',
  nextstep: 'nextStepOn',
  notities: 'notes',
  opmerkingen: 'notes',
  notes: 'notes',
  bron: 'source',
  source: 'source',
};

const KINDS: Record<string, ProviderKind> = {
  bedrijf: 'business',
  ondernemer: 'business',
  business: 'business',
  nonprofit: 'non_profit',
  stichting: 'non_profit',
  vereniging: 'non_profit',
  buurthuis: 'community_centre',
  communitycentre: 'community_centre',
  vrijwilligersinitiatief: 'volunteer_initiative',
  volunteerinitiative: 'volunteer_initiative',
  stillekracht: 'stille_kracht',
};

const STAGES: Record<string, LeadStage> = {
  lead: 'lead',
  kandidaat: 'lead',
  eerstegesprek: 'first_conversation',
  firstconversation: 'first_conversation',
  followup: 'follow_up',
  opvolging: 'follow_up',
  nietnu: 'not_now',
  notnow: 'not_now',
};

const key = (value: string) =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8; Windows-1252 (Excel's ANSI) otherwise. */
export function decodeCsv(bytes: Uint8Array): string {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** dd-mm-jjjj, d-m-jjjj, dd/mm/jjjj or jjjj-mm-dd to jjjj-mm-dd; undefined when it is no real date. */
export function parseDutchDate(value: string): string | undefined {
  const v = value.trim();
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  let [y, m, d] = match ? [match[1], match[2], match[3]] : [];
  if (!match) {
    match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(v);
    if (!match) return undefined;
    [d, m, y] = [match[1], match[2], match[3]];
  }
  const iso = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? undefined : iso;
}

/** The rows of the file with every problem; only the header row is required to be right. */
export function parseLeadCsv(bytes: Uint8Array): { rows: LeadCsvRow[]; problems: LeadCsvProblem[] } {
  const text = decodeCsv(bytes);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    return { rows: [], problems: [{ line: 0, field: 'file', reason: `not a readable CSV file: ${String(error)}` }] };
  }
  const [header, ...body] = records;
  if (!header) return { rows: [], problems: [{ line: 0, field: 'file', reason: 'the file is empty' }] };
  const columns = header.map((h) => HEADERS[key(h)]);
  if (!columns.includes('name'))
    return { rows: [], problems: [{ line: 1, field: 'naam', reason: 'the header row needs a column "naam"' }] };

  const rows: LeadCsvRow[] = [];
  const problems: LeadCsvProblem[] = [];
  body.forEach((record, index) => {
    const line = index + 2;
    const cell = (column: Column) => {
      const at = columns.indexOf(column);
      return at < 0 ? '' : (record[at] ?? '').trim();
    };
    const problem = (field: string, reason: string) => problems.push({ line, field, reason });
    const name = cell('name');
    if (!name) problem('naam', 'give the name of the business or organisation');
    if (name.length > 200) problem('naam', 'at most 200 characters');
    const kindText = cell('kind');
    const kind = kindText ? KINDS[key(kindText)] : 'business';
    if (!kind) problem('soort', `unknown kind "${kindText}"`);
    const stageText = cell('stage');
    const stage = stageText ? STAGES[key(stageText)] : 'lead';
    if (!stage) problem('fase', `unknown stage "${stageText}" (a lead joins on the board, not by import)`);
    const kvk = cell('kvkNumber').replace(/\s/g, '');
    if (kvk && !/^[0-9]{8}$/.test(kvk)) problem('kvk', 'a KvK number has 8 digits');
    const email = cell('email');
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problem('email', 'not an e-mail address');
    const nextText = cell('nextStepOn');
    const nextStepOn = nextText ? parseDutchDate(nextText) : null;
    if (nextStepOn === undefined) problem('volgende stap', `not a date: "${nextText}" (use dd-mm-jjjj)`);
    const source =
      cell('source')
        .toLowerCase()
        .replace(/[^a-z_]/g, '') || 'csv';
    rows.push({
      line,
      name,
      kind: kind ?? 'business',
      contactName: cell('contactName'),
      email: email.toLowerCase(),
      phone: cell('phone'),
      street: cell('street'),
      postcode: cell('postcode').toUpperCase(),
      city: cell('city'),
      kvkNumber: kvk || null,
      route: cell('route') || null,
      wijk: cell('wijk') || null,
      stage: stage ?? 'lead',
      nextStepOn: nextStepOn ?? null,
      notes: cell('notes'),
      source: source.slice(0, 40),
    });
  });
  return { rows, problems };
}
