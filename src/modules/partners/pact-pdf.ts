import type { Static } from '@sinclair/typebox';
import PDFDocument from 'pdfkit';
import type { Pact } from './pacts.schemas.ts';

/**
 * The pact as a PDF for signing: both sides' commitments, the period, the evaluation moments with
 * the figures filled in so far, and lines for two signatures. Standard PDF fonts only. Figures
 * about fewer than 10 people read "minder dan 10".
 */
const dutchDay = (isoDate: string) => isoDate.split('-').reverse().join('-');
const euro = (cents: number) =>
  `€ ${Math.floor(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${String(cents % 100).padStart(2, '0')}`;

export function renderPactPdf(pact: Static<typeof Pact>): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: `Pact ${pact.partner.name}`, Author: 'Zaanse Pas' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(18).text(`Pact tussen de Zaanse Pas en ${pact.partner.name}`);
  doc.moveDown(0.5).font('Helvetica').fontSize(11);
  doc.text(`Looptijd: ${dutchDay(pact.startsOn)} tot en met ${dutchDay(pact.endsOn)}.`);
  if (pact.status === 'ended' && pact.endedOn)
    doc.text(`Beëindigd op ${dutchDay(pact.endedOn)}: ${pact.endReason ?? ''}`);

  doc.moveDown().font('Helvetica-Bold').text('Wat de Zaanse Pas doet');
  doc.font('Helvetica').text(pact.organisationCommitments);
  doc.text(`Steun uit het actiebudget: ${euro(pact.supportCents)}.`);
  doc.moveDown().font('Helvetica-Bold').text(`Wat ${pact.partner.name} doet`);
  doc.font('Helvetica').text(pact.partnerCommitments);
  doc.text(
    `Activiteiten per kwartaal: ${pact.activitiesPerQuarter}. Verwacht bereik: ${pact.expectedReach} pashouders.`,
  );

  doc.moveDown().font('Helvetica-Bold').text('Evaluatiemomenten');
  doc.font('Helvetica');
  for (const e of pact.evaluations) {
    if (!e.due) {
      doc.text(`${dutchDay(e.moment)}: nog niet.`);
      continue;
    }
    const reached = e.holdersReached?.suppressed ? 'minder dan 10' : String(e.holdersReached?.value ?? 0);
    const paid = e.supportPaidCents === null ? 'niet te tonen (minder dan 10 deelnemers)' : euro(e.supportPaidCents);
    doc.text(
      `${dutchDay(e.moment)} (sinds ${dutchDay(e.from)}): ${e.activitiesHeld ?? 0} activiteiten, ${reached} pashouders bereikt, steun betaald ${paid}.`,
    );
  }

  doc.moveDown(2);
  const y = doc.y;
  doc.text('Voor de Zaanse Pas', 50, y);
  doc.text(`Voor ${pact.partner.name}`, 300, y);
  doc
    .moveTo(50, y + 60)
    .lineTo(250, y + 60)
    .stroke();
  doc
    .moveTo(300, y + 60)
    .lineTo(545, y + 60)
    .stroke();
  doc.text('Naam, datum en handtekening', 50, y + 65);
  doc.text('Naam, datum en handtekening', 300, y + 65);
  doc.end();
  return done;
}
