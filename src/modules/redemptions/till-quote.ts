import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * A till quote: what the till list decided for one offer and one pass, sealed for the till to
 * hand back with the redemption. The redemption can then book straight away, without reading
 * again; the booking statement still checks everything that can have changed since (the pass's
 * usage version, its status and dates, the offer's status and dates, the stock). A quote is a
 * short-cut, never a permission: one that is missing, expired, for something else or not ours
 * is ignored and the redemption reads as usual.
 *
 * Sealed with AES-256-GCM, not only signed: the price and the reimbursement it carries could
 * tell why a holder pays less, and the till must learn nothing about the person.
 */
export interface QuotedRedemption {
  tenantId: string;
  providerId: string;
  offerId: string;
  offerTitle: string;
  passId: string;
  passNumber: string;
  /** The pass's usage version the quote was decided at. */
  passVersion: number;
  priceCents: number;
  regularPriceCents: number | null;
  reimbursedCents: number;
  source: { type: 'scheme_fund'; schemeId: string } | { type: 'action_budget' } | null;
  takeStock: boolean;
  /** Epoch milliseconds after which the quote is ignored. */
  expiresAt: number;
}

/** How long the till may take from showing the list to redeeming on it. */
export const QUOTE_SECONDS = 120;
const VERSION = 'q1';
const IV_BYTES = 12;

/**
 * Random IVs, drawn from the system 512 at a time: a till list seals a quote per offer, and one
 * call for random bytes per quote cost more than the sealing itself. Every IV is still random.
 */
class IvSource {
  private pool = Buffer.alloc(0);
  private offset = 0;

  next(): Buffer {
    if (this.offset >= this.pool.length) {
      this.pool = randomBytes(IV_BYTES * 512);
      this.offset = 0;
    }
    const iv = this.pool.subarray(this.offset, this.offset + IV_BYTES);
    this.offset += IV_BYTES;
    return iv;
  }
}

export class TillQuotes {
  private readonly key: Buffer;
  private readonly ivs = new IvSource();

  constructor(secret: string) {
    this.key = Buffer.from(hkdfSync('sha256', secret, 'stadspas', 'till quote v1', 32));
  }

  seal(quote: QuotedRedemption): string {
    const iv = this.ivs.next();
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(quote), 'utf8'), cipher.final()]);
    return `${VERSION}.${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url')}`;
  }

  /** The quote, or null when it is not one of ours, was changed, or has expired at `now`. */
  open(sealed: string | undefined, now: number): QuotedRedemption | null {
    if (!sealed?.startsWith(`${VERSION}.`)) return null;
    const bytes = Buffer.from(sealed.slice(VERSION.length + 1), 'base64url');
    if (bytes.length < IV_BYTES + 16 + 2) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, IV_BYTES));
      decipher.setAuthTag(bytes.subarray(bytes.length - 16));
      const text = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - 16)), decipher.final()]).toString('utf8');
      const quote = JSON.parse(text) as QuotedRedemption;
      return quote.expiresAt >= now ? quote : null;
    } catch {
      return null;
    }
  }
}
