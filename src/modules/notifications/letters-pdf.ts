import PDFDocument from 'pdfkit';
import { formatDutchDate } from '../../shared/dutch-date.ts';

export interface PrintedLetter {
  recipientName: string;
  addressLines: string[];
  subject: string;
  bodyText: string;
  writtenOn: Date;
}

/**
 * The day's letters as one print-ready PDF: A4, one letter per page (longer ones go on), the
 * address where a Dutch window envelope shows it, the place and a Dutch date, the subject in bold.
 * Helvetica: the letters are Dutch, and a standard font keeps the text findable in the PDF.
 */
export function lettersPdf(letters: PrintedLetter[], sender: { city: string; passName: string }): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 70,
    autoFirstPage: false,
    info: { Title: `Brieven ${sender.passName}` },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const letter of letters) {
    doc.addPage();
    doc.font('Helvetica-Bold').fontSize(9).text(sender.passName, 70, 60);
    doc.font('Helvetica').fontSize(11);
    doc.text(letter.recipientName, 70, 140);
    for (const line of letter.addressLines) doc.text(line);
    doc.text(`${sender.city}, ${formatDutchDate(letter.writtenOn)}`, 70, 260);
    doc.moveDown(2);
    doc.font('Helvetica-Bold').fontSize(13).text(letter.subject, { width: 455 });
    doc.moveDown();
    doc.font('Helvetica').fontSize(11);
    for (const paragraph of letter.bodyText.split('\n\n')) {
      doc.text(paragraph, { width: 455 });
      doc.moveDown();
    }
  }
  if (letters.length === 0) doc.addPage().font('Helvetica').text('Geen brieven.');
  doc.end();
  return done;
}
