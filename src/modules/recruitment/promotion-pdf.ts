import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

/**
 * Print-ready promotion material in the municipality's colours, drawn with pdfkit's standard
 * fonts: a poster (A3) or flyer (A5) per route or wijk listing its offers with a QR code to its
 * page, a window sticker ("Zaanse Pas welkom") and an offer card for the counter. Pure: it gets
 * what to print and returns the PDF's bytes.
 */

export interface Brand {
  passName: string;
  municipality: string;
  /** The main colour (bands, headings) and the accent (the logo's mark), as #rrggbb. */
  primary: string;
  accent: string;
}

/**
 * The print colours per municipality (tenant id), else per web theme (tenants.theme). A
 * setting: a municipality adds its line here.
 */
const COLOURS: Record<string, { primary: string; accent: string }> = {
  zaanstad: { primary: '#00529c', accent: '#e2001a' },
  voorbeeld: { primary: '#0b5cad', accent: '#d52b1e' },
};

export function brandFor(tenant: { id: string; name: string; pass_name: string; theme: string }): Brand {
  const colours = COLOURS[tenant.id] ?? COLOURS[tenant.theme] ?? COLOURS.voorbeeld!;
  return { passName: tenant.pass_name, municipality: tenant.name, ...colours };
}

export interface PrintOffer {
  title: string;
  providerName: string;
  /** "20% korting", "gratis"... */
  priceText: string;
}

const SIZES = { A3: [841.89, 1190.55], A5: [419.53, 595.28], A6: [297.64, 419.53], sticker: [425.2, 425.2] } as const;

function start(size: keyof typeof SIZES, title: string, brand: Brand) {
  const [width, height] = SIZES[size];
  const doc = new PDFDocument({
    size: [width, height],
    margin: 0,
    info: { Title: title, Author: brand.passName, Subject: `${brand.passName}, ${brand.municipality}` },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, width, height, done };
}

/** The logo: the pass's name beside a mark of three stacked bars (the Zaan houses), in the brand's colours. */
function logo(doc: PDFKit.PDFDocument, brand: Brand, x: number, y: number, scale: number) {
  const bar = 6 * scale;
  doc.save();
  doc.rect(x, y, bar * 4, bar).fill(brand.accent);
  doc.rect(x, y + bar * 1.5, bar * 4, bar).fill('#ffffff');
  doc.rect(x, y + bar * 3, bar * 4, bar).fill(brand.accent);
  doc.restore();
  doc
    .fillColor('#ffffff')
    .font('Helvetica-Bold')
    .fontSize(16 * scale)
    .text(brand.passName, x + bar * 5, y - 2 * scale, { lineBreak: false });
  doc
    .font('Helvetica')
    .fontSize(7 * scale)
    .text(brand.municipality, x + bar * 5, y + 16 * scale, { lineBreak: false });
}

function band(doc: PDFKit.PDFDocument, brand: Brand, width: number, height: number, scale: number) {
  doc.rect(0, 0, width, height).fill(brand.primary);
  logo(doc, brand, 24 * scale, height / 2 - 12 * scale, scale);
}

async function qr(url: string, size: number) {
  return QRCode.toBuffer(url, { errorCorrectionLevel: 'M', margin: 1, width: Math.round(size * 3) });
}

/** A poster (A3) or flyer (A5) for a route or a wijk: its offers and a QR code to its page. */
export async function renderPoster(input: {
  brand: Brand;
  size: 'A3' | 'A5';
  heading: string;
  intro: string;
  offers: PrintOffer[];
  url: string;
}): Promise<Buffer> {
  const { doc, width, height, done } = start(input.size, input.heading, input.brand);
  const s = input.size === 'A3' ? 2 : 1;
  const margin = 28 * s;
  band(doc, input.brand, width, 60 * s, s);
  doc
    .fillColor(input.brand.primary)
    .font('Helvetica-Bold')
    .fontSize(26 * s);
  doc.text(input.heading, margin, 84 * s, { width: width - 2 * margin });
  doc
    .moveDown(0.3)
    .fillColor('#222222')
    .font('Helvetica')
    .fontSize(11 * s);
  doc.text(input.intro, { width: width - 2 * margin });
  doc.moveDown(0.8);

  const qrSize = 90 * s;
  const bottom = height - qrSize - 2 * margin;
  const maxOffers = input.size === 'A3' ? 24 : 10;
  const shown = input.offers.slice(0, maxOffers);
  if (shown.length === 0) {
    doc.fontSize(11 * s).text('Hier komt binnenkort aanbod. Kijk op de website.', { width: width - 2 * margin });
  }
  for (const offer of shown) {
    if (doc.y > bottom - 30 * s) break;
    const y = doc.y;
    doc.rect(margin, y + 3 * s, 4 * s, 4 * s).fill(input.brand.accent);
    doc
      .fillColor('#222222')
      .font('Helvetica-Bold')
      .fontSize(11 * s);
    doc.text(offer.providerName, margin + 10 * s, y, { width: width - 2 * margin - 10 * s });
    doc.font('Helvetica').fontSize(10 * s);
    doc.text(`${offer.title}: ${offer.priceText}`, margin + 10 * s, doc.y, { width: width - 2 * margin - 10 * s });
    doc.moveDown(0.4);
  }
  if (input.offers.length > shown.length) {
    doc.font('Helvetica-Oblique').fontSize(10 * s);
    doc.text(`En nog ${input.offers.length - shown.length} aanbiedingen meer: scan de code.`, margin, doc.y);
  }

  const qrY = height - qrSize - margin;
  doc.image(await qr(input.url, qrSize), margin, qrY, { width: qrSize, height: qrSize });
  doc
    .fillColor('#222222')
    .font('Helvetica-Bold')
    .fontSize(12 * s);
  doc.text('Scan voor al het aanbod', margin + qrSize + 12 * s, qrY + 12 * s, { lineBreak: false });
  doc.font('Helvetica').fontSize(9 * s);
  doc.text(input.url, margin + qrSize + 12 * s, qrY + 32 * s, { width: width - 3 * margin - qrSize });
  doc.text(
    `Met de ${input.brand.passName} doet iedereen mee. Laat uw pas zien bij de kassa.`,
    margin + qrSize + 12 * s,
    qrY + 52 * s,
    { width: width - 3 * margin - qrSize },
  );
  doc.end();
  return done;
}

/** The window sticker for a provider: "Zaanse Pas welkom", with its name and a QR code to its offers. */
export async function renderWindowSticker(input: { brand: Brand; providerName: string; url: string }): Promise<Buffer> {
  const { doc, width, height, done } = start('sticker', `${input.brand.passName} welkom`, input.brand);
  doc.rect(0, 0, width, height).fill(input.brand.primary);
  logo(doc, input.brand, 30, 30, 1.4);
  doc.fillColor('#ffffff').font('Helvetica-Bold').fontSize(40);
  doc.text(`${input.brand.passName} welkom`, 30, 110, { width: width - 60, align: 'center' });
  doc.font('Helvetica').fontSize(14);
  doc.text(input.providerName, 30, doc.y + 10, { width: width - 60, align: 'center' });
  const qrSize = 110;
  doc.rect(width / 2 - qrSize / 2 - 6, height - qrSize - 42, qrSize + 12, qrSize + 12).fill('#ffffff');
  doc.image(await qr(input.url, qrSize), width / 2 - qrSize / 2, height - qrSize - 36, {
    width: qrSize,
    height: qrSize,
  });
  doc.end();
  return done;
}

/** The offer card for the counter (A6): what the pass gives here, until when, and a QR code to the offer. */
export async function renderOfferCard(input: {
  brand: Brand;
  providerName: string;
  offer: PrintOffer & { validUntil: string; summary: string };
  url: string;
}): Promise<Buffer> {
  const { doc, width, height, done } = start('A6', input.offer.title, input.brand);
  band(doc, input.brand, width, 44, 0.8);
  const margin = 20;
  doc
    .fillColor('#222222')
    .font('Helvetica')
    .fontSize(10)
    .text(input.providerName, margin, 58, { width: width - 2 * margin });
  doc.fillColor(input.brand.primary).font('Helvetica-Bold').fontSize(18);
  doc.text(input.offer.title, margin, doc.y + 4, { width: width - 2 * margin });
  doc
    .fillColor(input.brand.accent)
    .fontSize(22)
    .text(input.offer.priceText, margin, doc.y + 6, { width: width - 2 * margin });
  doc.fillColor('#222222').font('Helvetica').fontSize(9);
  if (input.offer.summary) doc.text(input.offer.summary, margin, doc.y + 6, { width: width - 2 * margin });
  const until = input.offer.validUntil.split('-').reverse().join('-');
  doc.text(`Geldig tot en met ${until}. Laat uw ${input.brand.passName} zien.`, margin, doc.y + 6, {
    width: width - 2 * margin,
  });
  const qrSize = 80;
  doc.image(await qr(input.url, qrSize), width - margin - qrSize, height - margin - qrSize, {
    width: qrSize,
    height: qrSize,
  });
  doc.end();
  return done;
}

const euro = (cents: number) => `€ ${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;

/** What the pass gives, in Dutch, from an offer's price columns. Never the kansentarief. */
export function priceText(offer: {
  price_type: string;
  discount_percent: number | null;
  amount_off_cents: number | null;
  fixed_price_cents: number | null;
}): string {
  switch (offer.price_type) {
    case 'free':
      return 'gratis';
    case 'percentage_discount':
      return `${offer.discount_percent ?? 0}% korting`;
    case 'amount_off':
      return `${euro(offer.amount_off_cents ?? 0)} korting`;
    case 'fixed_price':
      return `voor ${euro(offer.fixed_price_cents ?? 0)}`;
    default:
      return 'met korting';
  }
}
