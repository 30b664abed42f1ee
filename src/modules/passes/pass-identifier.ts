import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../../shared/errors.ts';
import { isValidPassNumber, normalizePassNumber } from './pass-number.ts';

/**
 * What a till can send to identify a pass: the number printed on the card, or the content of
 * the QR code the resident's device shows. The QR code is opaque and rotates every 30 seconds:
 * `SP2.<keyId>.<timeSlot>.<signature>`. The key id is random (it names a device's key for one
 * pass, never the pass number); the signature is an HMAC over key id and slot with the device's
 * key, which the device got while online and keeps, so it computes codes offline too
 * (docs/decisions/0016-offline-qr-codes.md). The key's secret is derived from the server's QR
 * secret and the key id: the database holds no secrets, and checking a signature needs no query.
 */
export const QR_SLOT_SECONDS = 30;
const QR_PREFIX = 'SP2';
/** Slots a code stays valid after its own: a code shown at a slot's end still works. */
const SLOTS_BEHIND = 1;
/** Slots ahead of the server's clock a device's clock may be. */
const SLOTS_AHEAD = 2;
const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{16}$/;

/** A new random key id: 12 bytes, 16 characters base64url. */
export const newQrKeyId = () => randomBytes(12).toString('base64url');

/** The secret of a device key: what the device signs its codes with (32 bytes). */
export function deviceKeySecret(qrSecret: string, keyId: string): Buffer {
  return createHmac('sha256', qrSecret).update(`${QR_PREFIX}-device-key.${keyId}`).digest();
}

/** The signature of one code; the web app computes the same with WebCrypto (web/src/features/my-pass/qr). */
export function qrSignature(secret: Buffer, keyId: string, slot: number): string {
  return createHmac('sha256', secret).update(`${QR_PREFIX}.${keyId}.${slot}`).digest('base64url').slice(0, 22);
}

export const qrSlotAt = (now: number) => Math.floor(now / 1000 / QR_SLOT_SECONDS);

/** The code a device with key `keyId` shows at `now` (the server uses it in tests and the demo). */
export function makeQrToken(qrSecret: string, keyId: string, now = Date.now()) {
  const slot = qrSlotAt(now);
  return {
    token: `${QR_PREFIX}.${keyId}.${slot}.${qrSignature(deviceKeySecret(qrSecret, keyId), keyId, slot)}`,
    expiresAt: new Date((slot + 1 + SLOTS_BEHIND) * QR_SLOT_SECONDS * 1000),
  };
}

/** Whether `input` is the content of a QR code (signed or not, of any version), rather than a typed card number. */
export const isQrToken = (input: string) => /^SP\d\./.test(input.trim());

/**
 * The key id of a QR code whose signature holds and whose slot is current. Throws
 * `pass-number-invalid` for forged, mangled or old-style codes, `qr-code-expired` for a genuine
 * code older than its window (a screenshot, a replay).
 */
export function parseQrToken(input: string, qrSecret: string, now = Date.now()): string {
  const [prefix, keyId = '', slotText = '', signature = ''] = input.trim().split('.');
  const slot = Number(slotText);
  const wellFormed = prefix === QR_PREFIX && KEY_ID_PATTERN.test(keyId) && /^\d{1,12}$/.test(slotText);
  const expected = Buffer.from(wellFormed ? qrSignature(deviceKeySecret(qrSecret, keyId), keyId, slot) : '');
  const given = Buffer.from(signature);
  const currentSlot = qrSlotAt(now);
  if (
    !wellFormed ||
    expected.length !== given.length ||
    !timingSafeEqual(expected, given) ||
    slot > currentSlot + SLOTS_AHEAD
  )
    throw new DomainError('pass-number-invalid', 'This QR code is not valid. Ask the holder to show the pass again.');
  if (slot < currentSlot - SLOTS_BEHIND)
    throw new DomainError(
      'qr-code-expired',
      'This QR code is too old: it changes every 30 seconds. Ask the holder to show the code on their phone again.',
    );
  return keyId;
}

/** The pass number typed at a till (spaces allowed), or `pass-number-invalid` for a typo. */
export function parseTypedPassNumber(input: string): string {
  const passNumber = normalizePassNumber(input.trim());
  if (!isValidPassNumber(passNumber)) {
    throw new DomainError('pass-number-invalid', 'This pass number is not valid. Check the number and type it again.');
  }
  return passNumber;
}
