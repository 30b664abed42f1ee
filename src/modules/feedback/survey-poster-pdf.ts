import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

/**
 * The poster that spreads a survey in a wijk (buurthuis, library, school): A4 with the survey's
 * title, its introduction, a large QR code to the answering page (with the wijk filled in) and
 * the same address in print, for who has no camera. In Dutch, with a line in English.
 */
const WIDE_FONT = ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'].find((f) => fs.existsSync(f));

export async function surveyPosterPdf(poster: {
  title: string;
  intro: string;
  url: string;
  wijkName: string | null;
}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 60, info: { Title: poster.title } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  if (WIDE_FONT) doc.registerFont('wide', WIDE_FONT);
  const font = WIDE_FONT ? 'wide' : 'Helvetica';
  const width = doc.page.width - 120;

  doc.font(font).fontSize(14).fillColor('#555555');
  doc.text(poster.wijkName ? `Voor bewoners van ${poster.wijkName}` : 'Voor bewoners van Zaanstad', { width });
  doc.moveDown(0.5).fontSize(30).fillColor('#000000').text(poster.title, { width });
  if (poster.intro) doc.moveDown(0.5).fontSize(14).text(poster.intro, { width });
  doc.moveDown(0.8).fontSize(16).text('Vul de vragenlijst in: scan de QR-code met uw telefoon.', { width });
  doc.fontSize(12).fillColor('#555555').text('Answer the survey: scan the QR code with your phone.', { width });
  doc.fontSize(12).text('Anoniem: wij vragen niet wie u bent. / Anonymous: we do not ask who you are.', { width });

  const qr = await QRCode.toBuffer(poster.url, { errorCorrectionLevel: 'M', margin: 1, width: 600 });
  const size = 260;
  const y = Math.min(doc.y + 30, doc.page.height - size - 140);
  doc.image(qr, (doc.page.width - size) / 2, y, { width: size, height: size });
  doc
    .fillColor('#000000')
    .fontSize(11)
    .text(poster.url, 60, y + size + 20, { width, align: 'center' });
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
