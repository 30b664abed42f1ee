/**
 * The rotating QR code, computed on the device: the same as the server's `makeQrToken`
 * (src/modules/passes/pass-identifier.ts). `SP2.<keyId>.<slot>.<signature>`, slot = unix seconds / 30,
 * signature = the first 22 characters of base64url(HMAC-SHA256(key, "SP2.<keyId>.<slot>")). With
 * WebCrypto, so it works without a connection (docs/decisions/0016-offline-qr-codes.md).
 */
export const QR_SLOT_SECONDS = 30;

const fromBase64Url = (text: string) =>
  Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

const toBase64Url = (bytes: ArrayBuffer) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

export const qrSlotAt = (now: number) => Math.floor(now / 1000 / QR_SLOT_SECONDS);

/** The code a key shows at `now`, and when the next one starts. */
export async function qrTokenAt(keyId: string, secret: string, now = Date.now()) {
  const slot = qrSlotAt(now);
  const key = await crypto.subtle.importKey('raw', fromBase64Url(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const signature = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`SP2.${keyId}.${slot}`));
  return {
    token: `SP2.${keyId}.${slot}.${toBase64Url(signature).slice(0, 22)}`,
    nextAt: (slot + 1) * QR_SLOT_SECONDS * 1000,
  };
}
