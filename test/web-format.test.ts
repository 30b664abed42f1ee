import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney } from '../web/src/lib/format.ts';

/** Dates and prices in the reader's language; the same formatter serves every call after the first. */
describe('formatting for the reader', () => {
  it('writes a date in each of the six languages, Arabic with the digits on the street', () => {
    expect(formatDate('2026-12-31', 'nl')).toBe('31 december 2026');
    expect(formatDate('2026-12-31', 'tr')).toContain('Aralık');
    expect(formatDate('2026-12-31', 'pl')).toContain('grudnia');
    expect(formatDate('2026-12-31', 'uk')).toContain('грудня');
    const arabic = formatDate('2026-12-31', 'ar');
    expect(arabic).toContain('ديسمبر');
    expect(arabic).toContain('2026');
  });

  it('gives the same answer from a kept formatter as from the first', () => {
    expect(formatMoney(375, 'nl')).toBe(formatMoney(375, 'nl'));
    expect(formatMoney(375, 'nl')).toMatch(/3,75/);
    expect(formatMoney(375, 'ar')).toMatch(/3[.,]75/);
    expect(formatDate('2026-01-05', 'nl')).toBe('5 januari 2026');
  });
});
