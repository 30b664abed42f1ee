import PDFDocument from 'pdfkit';
import { formatIban } from './iban.ts';

/**
 * The PDF statement of one settlement: every redemption of the provider in the period, with
 * what was charged, what was paid from pass credit and what the municipality reimburses. Only
 * the standard PDF fonts (no files to load). Nothing about holders: no pass number, no name,
 * no category, no scheme.
 */
export interface StatementData {
  municipality: string;
  passName: string;
  settlementId: string;
  providerName: string;
  creditorName: string;
  creditorIban: string;
  periodStart: string;
  periodEnd: string;
  amountCents: number;
  status: 'pending' | 'paid';
  paidOn: string | null;
  rows: {
    date: Date;
    offerTitle: string;
    priceCents: number;
    creditCents: number;
    reimbursementCents: number;
    cancelled: boolean;
  }[];
  /** Settled bookings not tied to a redemption of the period (e.g. carried over from before). */
  otherRows: { date: Date; description: string; amountCents: number }[];
}

const DUTCH_DATE = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const dutchDay = (isoDate: string) => isoDate.split('-').reverse().join('-');
export function euro(cents: number): string {
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${cents < 0 ? '-' : ''}€ ${whole},${String(abs % 100).padStart(2, '0')}`;
}

const COLUMNS = [
  { title: 'Datum', width: 70, align: 'left' as const },
  { title: 'Aanbod', width: 185, align: 'left' as const },
  { title: 'Betaald aan kassa', width: 85, align: 'right' as const },
  { title: 'Uit pastegoed', width: 80, align: 'right' as const },
  { title: 'Vergoeding', width: 75, align: 'right' as const },
];

export function renderStatementPdf(data: StatementData, options: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    compress: options.compress ?? true,
    info: {
      Title: `Afrekening ${data.providerName} ${data.periodStart} t/m ${data.periodEnd}`,
      Author: data.municipality,
      Subject: data.settlementId,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(16).text(`Afrekening ${data.passName}`);
  doc.font('Helvetica').fontSize(10).moveDown(0.5);
  doc.text(`${data.municipality}`);
  doc.text(`Aanbieder: ${data.providerName}`);
  doc.text(`Periode: ${dutchDay(data.periodStart)} t/m ${dutchDay(data.periodEnd)}`);
  doc.text(`Afrekeningsnummer: ${data.settlementId}`);
  doc.text(`Uitbetaling naar: ${data.creditorName}, ${formatIban(data.creditorIban)}`);
  doc.text(
    `Status: ${data.status === 'paid' ? `betaald op ${dutchDay(data.paidOn ?? '')}` : 'opdracht aan de bank gegeven'}`,
  );
  doc.font('Helvetica-Bold').text(`Totaal uit te betalen: ${euro(data.amountCents)}`);
  doc.moveDown();

  const left = doc.page.margins.left;
  const header = () => {
    doc.font('Helvetica-Bold').fontSize(9);
    let x = left;
    const y = doc.y;
    for (const c of COLUMNS) {
      doc.text(c.title, x, y, { width: c.width - 5, align: c.align });
      x += c.width;
    }
    doc
      .moveTo(left, doc.y + 2)
      .lineTo(left + COLUMNS.reduce((w, c) => w + c.width, 0), doc.y + 2)
      .stroke();
    doc.moveDown(0.5);
    doc.font('Helvetica').fontSize(9);
  };
  const row = (cells: string[]) => {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 30) {
      doc.addPage();
      header();
    }
    let x = left;
    const y = doc.y;
    let bottom = y;
    cells.forEach((cell, i) => {
      const c = COLUMNS[i]!;
      doc.text(cell, x, y, { width: c.width - 5, align: c.align });
      bottom = Math.max(bottom, doc.y);
      x += c.width;
    });
    doc.y = bottom + 2;
  };

  doc.font('Helvetica-Bold').fontSize(11).text('Verzilveringen in deze periode', left);
  doc.moveDown(0.3);
  header();
  if (data.rows.length === 0) row(['', 'Geen verzilveringen', '', '', '']);
  for (const r of data.rows) {
    row([
      DUTCH_DATE.format(r.date),
      r.cancelled ? `${r.offerTitle} (geannuleerd)` : r.offerTitle,
      euro(r.priceCents),
      euro(r.creditCents),
      euro(r.reimbursementCents),
    ]);
  }
  const credit = data.rows.reduce((t, r) => t + r.creditCents, 0);
  const reimbursement = data.rows.reduce((t, r) => t + r.reimbursementCents, 0);
  const charged = data.rows.filter((r) => !r.cancelled).reduce((t, r) => t + r.priceCents, 0);
  doc.font('Helvetica-Bold');
  row(['Totaal', `${data.rows.length} verzilvering(en)`, euro(charged), euro(credit), euro(reimbursement)]);
  doc.font('Helvetica');

  if (data.otherRows.length > 0) {
    doc.moveDown();
    doc.font('Helvetica-Bold').fontSize(11).text('Overige boekingen in deze afrekening', left);
    doc.moveDown(0.3);
    doc.font('Helvetica').fontSize(9);
    for (const o of data.otherRows) row([DUTCH_DATE.format(o.date), o.description, '', '', euro(o.amountCents)]);
  }
  doc.moveDown();
  doc
    .font('Helvetica')
    .fontSize(8)
    .fillColor('#444444')
    .text(
      'Uit pastegoed: betaald met het tegoed op de pas. Vergoeding: de korting die de gemeente vergoedt. ' +
        'Het totaal is de som van beide, min annuleringen.',
      left,
      doc.y,
      { width: 495 },
    );
  doc.end();
  return done;
}
