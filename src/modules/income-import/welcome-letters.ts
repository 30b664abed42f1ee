import PDFDocument from 'pdfkit';
import { formatDutchDate } from '../../shared/dutch-date.ts';
import { formatPassNumber } from '../passes/pass-number.ts';

export interface WelcomeLetter {
  name: string;
  address: string;
  passes: { name: string; number: string }[];
  validUntil: string;
}

/**
 * One print-ready PDF (A4, one page per letter, address where a window envelope shows it) with a
 * welcome letter for every household of the batch without an e-mail address.
 */
export function welcomeLettersPdf(letters: WelcomeLetter[], passName: string, publicUrl: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 60,
    autoFirstPage: false,
    info: { Title: `Welkom bij de ${passName}` },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const letter of letters) {
    doc.addPage();
    doc.font('Helvetica').fontSize(11);
    // The address block of a Dutch window envelope (left, about 5 cm from the top).
    doc.text(letter.name, 70, 140);
    for (const part of letter.address.split(', ')) doc.text(part);
    doc.moveDown(4);
    doc.font('Helvetica-Bold').fontSize(14).text(`Welkom bij de ${passName}`, 70);
    doc.moveDown();
    doc.font('Helvetica').fontSize(11);
    doc.text(`Beste ${letter.name},`);
    doc.moveDown();
    doc.text(
      `U krijgt de ${passName} gratis van de gemeente. Met de pas krijgt u korting bij sport, cultuur, uitjes en winkels in Zaanstad. ` +
        `Uw pas is geldig tot en met ${formatDutchDate(letter.validUntil)}.`,
    );
    doc.moveDown();
    doc.text(letter.passes.length === 1 ? 'Uw pasnummer:' : 'De pasnummers van uw huishouden:');
    for (const pass of letter.passes) doc.text(`${pass.name}: ${formatPassNumber(pass.number)}`, { indent: 20 });
    doc.moveDown();
    doc.text(`Laat het pasnummer zien aan de kassa. Alle aanbiedingen staan op ${publicUrl}.`);
    doc.moveDown();
    doc.text('Heeft u vragen? Loop binnen bij het wijkteam of bel 14 075.');
    doc.moveDown(2);
    doc.text('Met vriendelijke groet,');
    doc.text(`Het uitvoerend bureau van de ${passName}`);
  }
  doc.end();
  return done;
}
