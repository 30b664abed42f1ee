import ExcelJS from 'exceljs';
import type { DashboardBody } from './dashboards.schemas.ts';

/** What a suppressed figure reads as in an export: never the number. */
export const SUPPRESSED_TEXT = '<10';
/** A figure of 10 or more hidden so that a total cannot give a small one away (complementary suppression). */
export const PROTECTING_TEXT = 'verborgen';

const COLUMNS = ['section', 'key', 'label', 'measure', 'unit', 'value'] as const;

/**
 * A dashboard as rows: indicators, the monthly trend and the three breakdowns. Suppressed figures
 * read "<10", or "verborgen" where a figure of 10 or more protects a small one.
 */
export function dashboardRows(d: DashboardBody): string[][] {
  const text = (f: { value: number | null; suppressed: boolean; reason?: string | undefined }) =>
    f.suppressed || f.value === null
      ? f.reason === 'protects-another'
        ? PROTECTING_TEXT
        : SUPPRESSED_TEXT
      : String(f.value);
  const rows: string[][] = [];
  for (const i of d.indicators)
    rows.push(['indicator', i.key, i.key, i.key, i.unit, i.available ? text(i.figure) : 'n/a']);
  for (const m of d.trend.months) rows.push(['trend', m.month, m.month, d.trend.measure, d.trend.unit, text(m.figure)]);
  for (const [section, b] of [
    ['wijk', d.byWijk],
    ['route', d.byRoute],
    ['targetGroup', d.byTargetGroup],
  ] as const) {
    for (const item of b.items) rows.push([section, item.key, item.label, b.measure, b.unit, text(item.figure)]);
  }
  return rows;
}

const csvCell = (v: string) => (/[",\n\r;]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

export function dashboardCsv(d: DashboardBody): string {
  return [COLUMNS as readonly string[], ...dashboardRows(d)].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export async function dashboardXlsx(d: DashboardBody): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(`${d.condition} ${d.year}`.slice(0, 31));
  sheet.addRow([...COLUMNS]);
  sheet.getRow(1).font = { bold: true };
  for (const row of dashboardRows(d)) {
    const value = row[5]!;
    const n = Number(value);
    sheet.addRow([...row.slice(0, 5), value !== '' && Number.isFinite(n) ? n : value]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
