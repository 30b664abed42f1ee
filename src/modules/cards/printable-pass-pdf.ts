import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

/**
 * The printable pass: an A4 page with a card to cut out (the size of a bank card, 85.6 × 54 mm)
 * per pass: the pass's name, the holder's name, the pass number with its check digit, the last
 * valid day, and a QR code of the pass number, which every till accepts (a till must serve a
 * person whose phone is dead). Nothing about the category is on it.
 */
export type PdfLanguage = 'nl' | 'en' | 'tr' | 'ar' | 'pl' | 'uk';

interface Texts {
  title: string;
  intro: string;
  cut: string;
  validUntil: string;
  passNumber: string;
}

const TEXTS: Record<Exclude<PdfLanguage, 'ar'>, Texts> = {
  nl: {
    title: 'Uw pas om af te drukken',
    intro:
      'Druk deze pagina af en knip de pas uit langs de stippellijn. Aan de kassa kunt u de QR-code laten scannen of het pasnummer noemen.',
    cut: 'Knip hier',
    validUntil: 'Geldig t/m',
    passNumber: 'Pasnummer',
  },
  en: {
    title: 'Your pass to print',
    intro:
      'Print this page and cut out the pass along the dotted line. At the till, have the QR code scanned or give the pass number.',
    cut: 'Cut here',
    validUntil: 'Valid until',
    passNumber: 'Pass number',
  },
  tr: {
    title: 'Yazdırılacak kartınız',
    intro:
      'Bu sayfayı yazdırın ve kartı noktalı çizgi boyunca kesin. Kasada QR kodunu okutun veya kart numarasını söyleyin.',
    cut: 'Buradan kesin',
    validUntil: 'Son geçerlilik',
    passNumber: 'Kart numarası',
  },
  pl: {
    title: 'Twoja karta do wydruku',
    intro:
      'Wydrukuj tę stronę i wytnij kartę wzdłuż linii przerywanej. Przy kasie pokaż kod QR do zeskanowania lub podaj numer karty.',
    cut: 'Wytnij tutaj',
    validUntil: 'Ważna do',
    passNumber: 'Numer karty',
  },
  uk: {
    title: 'Ваша картка для друку',
    intro:
      'Надрукуйте цю сторінку та виріжте картку по пунктирній лінії. На касі дайте відсканувати QR-код або назвіть номер картки.',
    cut: 'Вирізати тут',
    validUntil: 'Дійсна до',
    passNumber: 'Номер картки',
  },
};

/**
 * A font with Latin Extended and Cyrillic when the machine has one (Debian: fonts-dejavu-core);
 * otherwise the built-in Helvetica, which covers Dutch and English only. Arabic needs right-to-left
 * layout that PDFKit does not do, so an Arabic request gets the Dutch and English texts.
 */
const WIDE_FONT = ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'].find((f) => fs.existsSync(f));

export function pdfTexts(language: PdfLanguage): { texts: Texts; language: PdfLanguage } {
  if (language === 'ar') return { texts: TEXTS.nl, language: 'nl' };
  if (!WIDE_FONT && language !== 'nl' && language !== 'en') return { texts: TEXTS.nl, language: 'nl' };
  return { texts: TEXTS[language], language };
}

export interface PrintableCard {
  passName: string;
  holderName: string;
  /** Formatted with spaces, check digit included. */
  passNumber: string;
  /** The number the QR code carries: digits only. */
  qrPayload: string;
  validUntil: string;
}

const MM = 72 / 25.4;
const CARD_W = 85.6 * MM;
const CARD_H = 54 * MM;
const dutchDay = (iso: string) => iso.split('-').reverse().join('-');

export async function printablePassPdf(cards: PrintableCard[], language: PdfLanguage): Promise<Buffer> {
  const { texts } = pdfTexts(language);
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: texts.title } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  const regular = WIDE_FONT ?? 'Helvetica';
  if (WIDE_FONT) doc.registerFont('wide', WIDE_FONT);
  const font = WIDE_FONT ? 'wide' : regular;

  doc.font(font).fontSize(18).text(texts.title);
  doc.moveDown(0.5).fontSize(11).text(texts.intro, { width: 495 });
  let y = doc.y + 30;
  for (const card of cards) {
    if (y + CARD_H + 40 > doc.page.height - 50) {
      doc.addPage();
      y = 60;
    }
    const x = 50;
    doc
      .font(font)
      .fontSize(8)
      .fillColor('#555555')
      .text(`✂ ${texts.cut}`, x, y - 14);
    doc
      .save()
      .lineWidth(0.8)
      .dash(4, { space: 3 })
      .strokeColor('#555555')
      .roundedRect(x, y, CARD_W, CARD_H, 8)
      .stroke()
      .restore();
    const qr = await QRCode.toBuffer(card.qrPayload, { errorCorrectionLevel: 'M', margin: 1, width: 240 });
    const qrSize = 34 * MM;
    doc.image(qr, x + CARD_W - qrSize - 4 * MM, y + (CARD_H - qrSize) / 2, { width: qrSize, height: qrSize });
    const textX = x + 5 * MM;
    const textW = CARD_W - qrSize - 12 * MM;
    doc
      .fillColor('#000000')
      .font(font)
      .fontSize(12)
      .text(card.passName, textX, y + 5 * MM, { width: textW });
    doc.fontSize(10).text(card.holderName, textX, y + 14 * MM, { width: textW });
    doc
      .fontSize(7)
      .fillColor('#555555')
      .text(texts.passNumber, textX, y + 24 * MM, { width: textW });
    doc
      .fontSize(10)
      .fillColor('#000000')
      .text(card.passNumber, textX, y + 28 * MM, { width: textW });
    doc
      .fontSize(7)
      .fillColor('#555555')
      .text(texts.validUntil, textX, y + 37 * MM, { width: textW });
    doc
      .fontSize(10)
      .fillColor('#000000')
      .text(dutchDay(card.validUntil), textX, y + 41 * MM, { width: textW });
    y += CARD_H + 40;
  }
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
