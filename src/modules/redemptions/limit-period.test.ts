import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dutchDate, passYearStart, periodStartDate, periodStarts } from './limit-period.ts';

describe('dutchDate', () => {
  it('uses Dutch time, not UTC', () => {
    expect(dutchDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(dutchDate(new Date('2026-01-31T22:59:00Z'))).toBe('2026-01-31');
    expect(dutchDate(new Date('2026-01-31T23:00:00Z'))).toBe('2026-02-01');
  });

  it('changes at Dutch midnight to the millisecond, although it is worked out once a minute', () => {
    // Summer time: midnight is 22:00 UTC.
    expect(dutchDate(new Date('2026-06-30T21:59:59.999Z'))).toBe('2026-06-30');
    expect(dutchDate(new Date('2026-06-30T22:00:00.000Z'))).toBe('2026-07-01');
    expect(dutchDate(new Date('2026-06-30T21:59:59.999Z'))).toBe('2026-06-30');
  });

  it('gives the time-zone date for any instant, in any order of calls', () => {
    const dutch = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Amsterdam',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }).map((ms) => new Date(ms));
    fc.assert(
      fc.property(fc.array(instant, { minLength: 1, maxLength: 20 }), (instants) => {
        for (const at of instants) expect(dutchDate(at)).toBe(dutch.format(at));
      }),
    );
  });
});

describe('periodStartDate', () => {
  it('starts weeks on Monday', () => {
    expect(periodStartDate('week', '2026-03-04', '2026-01-01')).toBe('2026-03-02'); // Wednesday
    expect(periodStartDate('week', '2026-03-02', '2026-01-01')).toBe('2026-03-02'); // Monday
    expect(periodStartDate('week', '2026-03-08', '2026-01-01')).toBe('2026-03-02'); // Sunday
    expect(periodStartDate('week', '2026-01-01', '2025-01-01')).toBe('2025-12-29'); // across a year
  });

  it('starts months on the first and days on the day itself', () => {
    expect(periodStartDate('month', '2026-03-31', '2026-01-01')).toBe('2026-03-01');
    expect(periodStartDate('day', '2026-03-31', '2026-01-01')).toBe('2026-03-31');
    expect(periodStartDate('ever', '2026-03-31', '2026-01-01')).toBeNull();
  });
});

describe('passYearStart', () => {
  it('is the validity start for a one-year pass', () => {
    expect(passYearStart('2026-01-01', '2026-12-31')).toBe('2026-01-01');
    expect(passYearStart('2025-09-01', '2026-03-15')).toBe('2025-09-01');
  });

  it('moves to each anniversary of the validity start for a longer pass', () => {
    expect(passYearStart('2020-01-01', '2026-06-15')).toBe('2026-01-01');
    expect(passYearStart('2020-09-01', '2026-06-15')).toBe('2025-09-01');
    expect(passYearStart('2020-09-01', '2026-09-01')).toBe('2026-09-01');
  });

  it('handles 29 February and dates before validity', () => {
    expect(passYearStart('2024-02-29', '2025-03-01')).toBe('2025-02-28');
    expect(passYearStart('2026-05-01', '2026-04-01')).toBe('2026-05-01');
  });

  it('gives every period start at once', () => {
    expect(periodStarts('2026-03-04', '2020-09-01')).toEqual({
      day: '2026-03-04',
      week: '2026-03-02',
      month: '2026-03-01',
      passYear: '2025-09-01',
    });
  });
});
