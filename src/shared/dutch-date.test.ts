import { describe, expect, it } from 'vitest';
import { formatDutchDate } from './dutch-date.ts';

describe('formatDutchDate', () => {
  it('writes a calendar date the Dutch way', () => {
    expect(formatDutchDate('2026-12-06')).toBe('6 december 2026');
    expect(formatDutchDate('2027-03-01')).toBe('1 maart 2027');
    expect(formatDutchDate('2028-02-29')).toBe('29 februari 2028');
    expect(formatDutchDate('2026-07-31')).toBe('31 juli 2026');
  });

  it('writes a moment as the day it is in the Netherlands then', () => {
    // 23:30 UTC on 31 December is already New Year in Amsterdam (UTC+1).
    expect(formatDutchDate(new Date('2026-12-31T23:30:00Z'))).toBe('1 januari 2027');
    // 22:30 UTC on 30 June is 00:30 on 1 July in summer time (UTC+2).
    expect(formatDutchDate(new Date('2026-06-30T22:30:00Z'))).toBe('1 juli 2026');
    expect(formatDutchDate(new Date('2026-06-30T21:30:00Z'))).toBe('30 juni 2026');
  });

  it('refuses what is not a date rather than writing nonsense in an e-mail', () => {
    expect(() => formatDutchDate('6-12-2026')).toThrow(/not a date/);
  });
});
