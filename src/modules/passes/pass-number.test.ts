import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPassNumber, isValidPassNumber, makePassNumber, normalizePassNumber } from './pass-number.ts';

describe('pass numbers', () => {
  it('accepts every number it makes, typed with or without spaces', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (serial) => {
        const number = makePassNumber('0479', serial);
        expect(number).toHaveLength(13);
        expect(isValidPassNumber(number)).toBe(true);
        expect(isValidPassNumber(formatPassNumber(number))).toBe(true);
        expect(normalizePassNumber(formatPassNumber(number))).toBe(number);
      }),
    );
  });

  it('catches every single-digit typo', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 1, max: 9 }),
        (serial, position, delta) => {
          const number = makePassNumber('0479', serial);
          const typo =
            number.slice(0, position) + ((Number(number[position]) + delta) % 10) + number.slice(position + 1);
          expect(isValidPassNumber(typo)).toBe(false);
        },
      ),
    );
  });

  it('rejects wrong lengths and letters', () => {
    expect(isValidPassNumber('047900000001')).toBe(false);
    expect(isValidPassNumber('04790000000a1')).toBe(false);
    expect(isValidPassNumber('')).toBe(false);
  });
});
