import { describe, expect, it } from 'vitest';
import { makeQrToken, newQrKeyId, parseQrToken, parseTypedPassNumber, QR_SLOT_SECONDS } from './pass-identifier.ts';
import { formatPassNumber, makePassNumber } from './pass-number.ts';

const secret = 'test-secret';
const number = makePassNumber('0479', 42);
const keyId = newQrKeyId();
const now = Date.UTC(2026, 10, 23, 12, 0, 0);

describe('pass identifiers', () => {
  it('accepts a typed card number with spaces', () => {
    expect(parseTypedPassNumber(formatPassNumber(number))).toBe(number);
  });

  it('makes opaque QR codes: the key id, never the pass number', () => {
    const { token } = makeQrToken(secret, keyId, now);
    expect(token).toMatch(/^SP2\.[A-Za-z0-9_-]{16}\.\d+\.[A-Za-z0-9_-]{22}$/);
    expect(token).not.toContain(number);
    expect(parseQrToken(token, secret, now)).toBe(keyId);
  });

  it('accepts a QR code in its slot and the next, and refuses an older one as expired', () => {
    const { token } = makeQrToken(secret, keyId, now);
    expect(parseQrToken(token, secret, now + QR_SLOT_SECONDS * 1000)).toBe(keyId);
    expect(() => parseQrToken(token, secret, now + 2 * QR_SLOT_SECONDS * 1000)).toThrow(
      expect.objectContaining({ code: 'qr-code-expired' }),
    );
  });

  it('refuses forged and mangled QR codes as invalid, not as expired', () => {
    const { token } = makeQrToken('other', keyId, now);
    expect(() => parseQrToken(token, secret, now)).toThrow(expect.objectContaining({ code: 'pass-number-invalid' }));
    const otherKey = makeQrToken(secret, keyId, now).token.replace(keyId, newQrKeyId());
    expect(() => parseQrToken(otherKey, secret, now)).toThrow(expect.objectContaining({ code: 'pass-number-invalid' }));
    expect(() => parseQrToken(`SP1.${number}.1.AAAAAAAAAAAAAAAAAAAAAA`, secret, now)).toThrow(
      expect.objectContaining({ code: 'pass-number-invalid' }),
    );
    // From the far future (a device clock hours ahead): not valid either.
    const ahead = makeQrToken(secret, keyId, now + 3600_000).token;
    expect(() => parseQrToken(ahead, secret, now)).toThrow(expect.objectContaining({ code: 'pass-number-invalid' }));
  });

  it('rejects typos by the check digit', () => {
    const typo = number.slice(0, -1) + String((Number(number.at(-1)) + 1) % 10);
    expect(() => parseTypedPassNumber(typo)).toThrow(/not valid/);
  });
});
