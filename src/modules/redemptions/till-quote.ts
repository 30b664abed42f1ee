import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { ValidHoursWindow } from '../offers/valid-hours.ts';
import type { SpendableCredit } from './redemptions.repository.ts';

/**
 * A till quote: what the till list decided for one pass, for every offer on the list the pass
 * could use, sealed for the till to hand back with the redemption. The redemption can then book
 * straight away, without reading again; the booking statement still checks everything that can
 * have changed since (the pass's usage version, its status and dates, the offer's status and
 * dates, the stock). A quote is a short-cut, never a permission: one that is missing, expired,
 * for something else or not ours is ignored and the redemption reads as usual.
 *
 * One quote per list, not per offer: sealing costs about the same for one offer as for ten.
 *
 * Sealed with AES-256-GCM, not only signed: the price and the reimbursement it carries could
 * tell why a holder pays less, and the till must learn nothing about the person.
 */
export interface TillQuote {
  tenantId: string;
  providerId: string;
  pass: QuotedPass;
  offers: QuotedOffer[];
  /** Epoch milliseconds after which the quote is ignored. */
  expiresAt: number;
}

/** The pass a till list was for. */
export interface QuotedPass {
  passId: string;
  passNumber: string;
  /** The pass's usage version the list was decided at. */
  passVersion: number;
}

/**
 * What the till list decided for one offer the pass could use: the price, who bears the discount,
 * and the pass's credit that could pay there.
 */
export interface QuotedOffer {
  offerId: string;
  offerTitle: string;
  priceCents: number;
  regularPriceCents: number | null;
  reimbursedCents: number;
  source: { type: 'scheme_fund'; schemeId: string } | { type: 'action_budget' } | null;
  takeStock: boolean;
  /**
   * The pass's credit accounts that could pay at this offer, in spending order, with their balance
   * when listed. A payment from credit on the quote spends them; the booking takes each amount only
   * while the account still holds it.
   */
  spendableCredit: SpendableCredit[];
  /**
   * The offer's weekdays and hours (offers/valid-hours.ts; empty: any time): a redemption on the
   * quote is checked against them again, since the list may be shown just before a window closes.
   * Absent in a quote sealed before offers had hours: those offers had none.
   */
  validHours?: ValidHoursWindow[];
}

/** How long the till may take from showing the list to redeeming on it. */
export const QUOTE_SECONDS = 120;
const VERSION = 'q3';
/**
 * The longest quote handed out: about 40 offers (fewer when the pass has credit that can pay at
 * them). A longer till list gets no quote, and its redemptions read as usual.
 */
export const MAX_QUOTE_LENGTH = 16_000;
const IV_BYTES = 12;

/**
 * Random IVs, drawn from the system 512 at a time: one call for random bytes per quote cost more
 * than the sealing itself. Every IV is still random.
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

  /** The sealed quote, or undefined when it would be longer than MAX_QUOTE_LENGTH. */
  seal(quote: TillQuote): string | undefined {
    const iv = this.ivs.next();
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(quote), 'utf8'), cipher.final()]);
    const sealed = `${VERSION}.${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url')}`;
    return sealed.length <= MAX_QUOTE_LENGTH ? sealed : undefined;
  }

  /** The quote, or null when it is not one of ours, was changed, or has expired at `now`. */
  open(sealed: string | undefined, now: number): TillQuote | null {
    if (!sealed?.startsWith(`${VERSION}.`) || sealed.length > MAX_QUOTE_LENGTH) return null;
    const bytes = Buffer.from(sealed.slice(VERSION.length + 1), 'base64url');
    if (bytes.length < IV_BYTES + 16 + 2) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, IV_BYTES));
      decipher.setAuthTag(bytes.subarray(bytes.length - 16));
      const text = Buffer.concat([
        decipher.update(bytes.subarray(IV_BYTES, bytes.length - 16)),
        decipher.final(),
      ]).toString('utf8');
      const quote = JSON.parse(text) as TillQuote;
      return quote.expiresAt >= now ? quote : null;
    } catch {
      return null;
    }
  }
}
