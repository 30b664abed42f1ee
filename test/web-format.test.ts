import { describe, expect, it } from 'vitest';
import {
  dayInNetherlands,
  formatDate,
  formatMoney,
  formatTime,
  formatWeekdayDate,
  weekdayName,
} from '../web/src/lib/format.ts';

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

  it('shows a moment as the day it was in the Netherlands, and a date as itself', () => {
    // 23:30 UTC on 7 December is half past midnight on 8 December in Zaanstad (winter time).
    expect(formatDate('2026-12-07T23:30:00.000Z', 'nl')).toBe('8 december 2026');
    // 21:30 UTC on 30 June is 23:30 the same day in summer time.
    expect(formatDate('2026-06-30T21:30:00Z', 'nl')).toBe('30 juni 2026');
    expect(formatDate('2026-12-07', 'nl')).toBe('7 december 2026');
  });

  it('gives the same answer from a kept formatter as from the first', () => {
    expect(formatMoney(375, 'nl')).toBe(formatMoney(375, 'nl'));
    expect(formatMoney(375, 'nl')).toMatch(/3,75/);
    expect(formatMoney(375, 'ar')).toMatch(/3[.,]75/);
    expect(formatDate('2026-01-05', 'nl')).toBe('5 januari 2026');
  });

  it("names an event's day and time as they are in Zaanstad, whatever the reader's language", () => {
    // 23:30 UTC on Friday 11 December is 00:30 on Saturday 12 December in Zaanstad.
    const lateFriday = '2026-12-11T23:30:00Z';
    expect(dayInNetherlands(new Date(lateFriday))).toBe('2026-12-12');
    expect(formatWeekdayDate(lateFriday, 'nl')).toBe('zaterdag 12 december');
    expect(formatTime(lateFriday, 'nl')).toBe('00:30');
    expect(formatWeekdayDate(lateFriday, 'en')).toMatch(/Saturday/);
    // Arabic keeps the digits and the 24-hour clock of the street in times too.
    expect(formatTime(lateFriday, 'ar')).toContain('00:30');
  });

  it('names the ISO weekdays, Monday first', () => {
    expect([1, 2, 7].map((day) => weekdayName(day, 'nl'))).toEqual(['ma', 'di', 'zo']);
    expect(weekdayName(1, 'nl', 'long')).toBe('maandag');
    expect(weekdayName(6, 'en', 'long')).toBe('Saturday');
  });
});
