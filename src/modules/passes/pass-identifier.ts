import { createHmac, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../../shared/errors.ts';
import { isValidPassNumber, normalizePassNumber } from './pass-number.ts';

/**
 * What a till can send to identify a pass: the number printed on the card, or the content of
 * the QR code in the app. The QR code changes every 30 seconds and is signed, so a screenshot
 * stops working within a minute: `SP1.<passNumber>.<timeSlot>.<signature>`.
 */
export const QR_SLOT_SECONDS = 30;
const QR_PREFIX = 'SP1';

function sign(secret: string, passNumber: string, slot: number): string {
  return createHmac('sha256', secret).update(`${QR_PREFIX}.${passNumber}.${slot}`).digest('base64url').slice(0, 22);
}

export function makeQrToken(secret: string, passNumber: string, now = Date.now()) {
  const slot = Math.floor(now / 1000 / QR_SLOT_SECONDS);
  return {
    token: `${QR_PREFIX}.${passNumber}.${slot}.${sign(secret, passNumber, slot)}`,
    expiresAt: new Date((slot + 2) * QR_SLOT_SECONDS * 1000),
  };
}

/** Whether `input` is the content of a QR code (signed or not), rather than a typed card number. */
export const isQrToken = (input: string) => input.trim().startsWith(`${QR_PREFIX}.`);

/** Returns the pass number, or throws `pass-number-invalid` for typos, forged and stale QR codes. */
export function parsePassIdentifier(input: string, secret: string, now = Date.now()): string {
  const trimmed = input.trim();
  if (isQrToken(trimmed)) {
    const [, passNumber = '', slotText = '', signature = ''] = trimmed.split('.');
    const slot = Number(slotText);
    const currentSlot = Math.floor(now / 1000 / QR_SLOT_SECONDS);
    const expected = Buffer.from(sign(secret, passNumber, slot));
    const given = Buffer.from(signature);
    const signed = Number.isInteger(slot) && expected.length === given.length && timingSafeEqual(expected, given);
    // The current and the previous slot are accepted: a code shown at a slot's end still works.
    if (!signed || slot > currentSlot || slot < currentSlot - 1) {
      throw new DomainError(
        'pass-number-invalid',
        'This QR code is not valid (any more). Ask the holder to show the pass again.',
      );
    }
    return passNumber;
  }
  const passNumber = normalizePassNumber(trimmed);
  if (!isValidPassNumber(passNumber)) {
    throw new DomainError('pass-number-invalid', 'This pass number is not valid. Check the number and type it again.');
  }
  return passNumber;
}
