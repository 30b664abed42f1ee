import { describe, expect, it } from 'vitest';
import { makeQrToken, parsePassIdentifier, QR_SLOT_SECONDS } from './pass-identifier.ts';
import { formatPassNumber, makePassNumber } from './pass-number.ts';

const secret = 'test-secret';
const number = makePassNumber('0479', 42);
const now = Date.UTC(2026, 10, 23, 12, 0, 0);

describe('pass identifiers', () => {
  it('accepts a typed card number with spaces', () => {
    expect(parsePassIdentifier(formatPassNumber(number), secret, now)).toBe(number);
  });

  it('accepts a fresh QR token and refuses it two slots later (a screenshot)', () => {
    const { token } = makeQrToken(secret, number, now);
    expect(parsePassIdentifier(token, secret, now + QR_SLOT_SECONDS * 1000)).toBe(number);
    expect(() => parsePassIdentifier(token, secret, now + 2 * QR_SLOT_SECONDS * 1000)).toThrow(/not valid/);
  });

  it('refuses a token signed with another secret or for another pass', () => {
    const { token } = makeQrToken('other', number, now);
    expect(() => parsePassIdentifier(token, secret, now)).toThrow(/not valid/);
    const forged = makeQrToken(secret, number, now).token.replace(number, makePassNumber('0479', 43));
    expect(() => parsePassIdentifier(forged, secret, now)).toThrow(/not valid/);
  });

  it('refuses a number with a typo', () => {
    const typo = number.slice(0, 5) + ((Number(number[5]) + 1) % 10) + number.slice(6);
    expect(() => parsePassIdentifier(typo, secret, now)).toThrow(/not valid/);
  });
});
