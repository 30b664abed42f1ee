import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../../shared/errors.ts';

/**
 * The static code on a physical card: `SPC.<code id>.<signature>`, in the card's QR code. The code
 * id is random (32 hex digits, 128 bits) and names the card, never the pass number; the signature
 * (24 hex digits) is an HMAC of the code id with the server's QR secret. Guessing one is hopeless,
 * the database alone cannot make one, and a till refuses a forged code before any query. Unlike
 * the app's rotating code it does not change: it works until the card is blocked.
 */
const PREFIX = 'SPC';
const CODE_ID = /^[0-9a-f]{32}$/;
const SIGNATURE = /^[0-9a-f]{24}$/;

/** A new random code id (the database makes one too, by default). */
export const newCardCodeId = () => randomBytes(16).toString('hex');

const signature = (qrSecret: string, codeId: string) =>
  createHmac('sha256', qrSecret).update(`${PREFIX}-card.${codeId}`).digest('hex').slice(0, 24);

/** The code printed on the card with this code id. */
export const cardCode = (qrSecret: string, codeId: string) => `${PREFIX}.${codeId}.${signature(qrSecret, codeId)}`;

/** Whether `input` is a card's static code (signed or not) rather than a typed number or an app code. */
export const isCardCode = (input: string) => input.trim().startsWith(`${PREFIX}.`);

/** The code id of a genuine card code; `pass-number-invalid` for a forged or mangled one. */
export function parseCardCode(input: string, qrSecret: string): string {
  const [prefix, codeId = '', given = ''] = input.trim().split('.');
  const wellFormed = prefix === PREFIX && CODE_ID.test(codeId) && SIGNATURE.test(given);
  if (!wellFormed || !timingSafeEqual(Buffer.from(signature(qrSecret, codeId)), Buffer.from(given)))
    throw new DomainError('pass-number-invalid', 'This card code is not valid. Ask the holder for the pass number.');
  return codeId;
}
