import PDFDocument from 'pdfkit';
import type { AnnualPlanBody } from './policy-goals.schemas.ts';

/**
 * The Jaarplan Opgaven as a PDF (one section per opgave, with a bar chart of holders reached and
 * reach per opgave) and as CSV. Standard PDF fonts only. A figure about fewer than 10 people reads
 * "minder dan 10" and gets no bar.
 */
const HIDDEN = 'minder dan 10';
const figure = (f: { value: number | null; suppressed: boolean; reason?: string | undefined }, suffix = '') =>
  f.suppressed || f.value === null
    ? f.reason === 'protects-another'
      ? 'verborgen'
      : HIDDEN
    : `${f.value.toLocaleString('nl-NL')}${suffix}`;

export function renderAnnualPlanPdf(plan: AnnualPlanBody): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: `Jaarplan Opgaven ${plan.year}`, Author: 'Zaanse Pas' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(20).text(`Jaarplan Opgaven ${plan.year}`);
  doc.moveDown(0.3).font('Helvetica').fontSize(11);
  doc.text(
    'Per opgave: de doelen, wat op de pas komt, de regeling en haar bijdrage aan kansengelijkheid, de prioriteiten en de resultaten die het platform meet. Cijfers over minder dan 10 mensen staan er niet in.',
  );

  if (plan.entries.length > 0) {
    doc.moveDown().font('Helvetica-Bold').fontSize(13).text('Houders bereikt per opgave');
    barChart(
      doc,
      plan.entries.map((e) => ({
        label: e.goalName,
        value: e.results.holdersReached.suppressed ? null : e.results.holdersReached.value,
      })),
    );
    doc.moveDown().font('Helvetica-Bold').fontSize(13).text('Bereik van de doelgroep per opgave (%)');
    barChart(
      doc,
      plan.entries.map((e) => ({
        label: e.goalName,
        value: e.results.reachPercent.suppressed ? null : e.results.reachPercent.value,
      })),
    );
  } else {
    doc.moveDown().text('Voor dit jaar is nog geen opgave in het jaarplan gezet.');
  }

  for (const e of plan.entries) {
    doc.addPage();
    doc.font('Helvetica-Bold').fontSize(16).text(e.goalName);
    for (const [title, body] of [
      ['Doelen', e.goals],
      ['Wat op de pas komt', e.onThePass],
      ['Regeling', e.scheme],
      ['Bijdrage aan kansengelijkheid', e.contribution],
      ['Prioriteiten', e.priorities],
    ] as const) {
      doc.moveDown(0.6).font('Helvetica-Bold').fontSize(12).text(title);
      doc
        .font('Helvetica')
        .fontSize(11)
        .text(body || '-');
    }
    doc.moveDown(0.6).font('Helvetica-Bold').fontSize(12).text('Resultaten gemeten door het platform');
    doc.font('Helvetica').fontSize(11);
    doc.text(`Houders van de doelgroep die de pas gebruikten: ${figure(e.results.holdersReached)}`);
    doc.text(`Bereik van de geschatte doelgroep: ${figure(e.results.reachPercent, '%')}`);
    doc.text(`Aanbiedingen bij deze opgave: ${e.results.taggedOffers}`);
    doc.text(`Kansen die lopen of geëvalueerd zijn: ${e.results.opportunitiesRunning}`);
  }
  doc.end();
  return done;
}

/** A horizontal bar chart: one bar per item, scaled to the largest shown value. */
function barChart(doc: PDFKit.PDFDocument, items: { label: string; value: number | null }[]) {
  const left = doc.page.margins.left;
  const labelWidth = 170;
  const maxWidth = doc.page.width - left - doc.page.margins.right - labelWidth - 60;
  const max = Math.max(1, ...items.map((i) => i.value ?? 0));
  let y = doc.y + 6;
  doc.fontSize(10).font('Helvetica');
  for (const item of items) {
    doc.fillColor('#000').text(item.label, left, y, { width: labelWidth - 8, lineBreak: false, ellipsis: true });
    if (item.value === null) {
      doc.fillColor('#555').text(HIDDEN, left + labelWidth, y);
    } else {
      const width = Math.max(1, (item.value / max) * maxWidth);
      doc.rect(left + labelWidth, y, width, 12).fill('#1f5fa6');
      doc.fillColor('#000').text(item.value.toLocaleString('nl-NL'), left + labelWidth + width + 6, y);
    }
    y += 18;
  }
  doc.fillColor('#000');
  doc.x = left;
  doc.y = y;
}

const csvCell = (v: string) => (/[",\n\r;]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

export function annualPlanCsv(plan: AnnualPlanBody): string {
  const text = (f: { value: number | null; suppressed: boolean; reason?: string | undefined }) =>
    f.suppressed || f.value === null ? (f.reason === 'protects-another' ? 'verborgen' : '<10') : String(f.value);
  const header = [
    'year',
    'goal',
    'goals',
    'onThePass',
    'scheme',
    'contribution',
    'priorities',
    'holdersReached',
    'reachPercent',
    'taggedOffers',
    'opportunitiesRunning',
  ];
  const rows = plan.entries.map((e) => [
    String(plan.year),
    e.goalName,
    e.goals,
    e.onThePass,
    e.scheme,
    e.contribution,
    e.priorities,
    text(e.results.holdersReached),
    text(e.results.reachPercent),
    String(e.results.taggedOffers),
    String(e.results.opportunitiesRunning),
  ]);
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
