import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dutchClock,
  isWithinValidHours,
  minutesOf,
  normaliseValidHours,
  validHoursProblems,
  type ValidHoursWindow,
} from './valid-hours.ts';

const hhmm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** A sound window: some weekdays, a start, an end after it (up to 24:00). */
const windowArb = fc
  .record({
    days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    start: fc.integer({ min: 0, max: 24 * 60 - 1 }),
    length: fc.integer({ min: 1, max: 24 * 60 }),
  })
  .map(({ days, start, length }) => ({ days, from: hhmm(start), until: hhmm(Math.min(start + length, 24 * 60)) }));
const clockArb = fc.record({
  weekday: fc.integer({ min: 1, max: 7 }),
  minute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
});

/** The model: the week as 7 × 1440 minutes, each marked when a window covers it. */
function model(windows: ValidHoursWindow[], clock: { weekday: number; minute: number }) {
  if (windows.length === 0) return true;
  return windows.some(
    (w) => w.days.includes(clock.weekday) && clock.minute >= minutesOf(w.from) && clock.minute < minutesOf(w.until),
  );
}

describe('the weekdays and hours an offer is valid', () => {
  it('agrees with the minute-by-minute model of the week, for any windows and moment', () => {
    fc.assert(
      fc.property(fc.array(windowArb, { maxLength: 5 }), clockArb, (windows, clock) => {
        expect(validHoursProblems(windows)).toEqual([]);
        expect(isWithinValidHours(windows, clock)).toBe(model(windows, clock));
        // Storing normalises the weekdays; the answer stays the same.
        expect(isWithinValidHours(normaliseValidHours(windows), clock)).toBe(model(windows, clock));
      }),
    );
  });

  it('includes the start and excludes the end of a window, on its weekdays only', () => {
    fc.assert(
      fc.property(windowArb, (window) => {
        const from = minutesOf(window.from);
        const until = minutesOf(window.until);
        const day = window.days[0]!;
        expect(isWithinValidHours([window], { weekday: day, minute: from })).toBe(true);
        expect(isWithinValidHours([window], { weekday: day, minute: until - 1 })).toBe(true);
        if (until < 24 * 60) expect(isWithinValidHours([window], { weekday: day, minute: until })).toBe(false);
        const other = [1, 2, 3, 4, 5, 6, 7].find((d) => !window.days.includes(d));
        if (other) expect(isWithinValidHours([window], { weekday: other, minute: from })).toBe(false);
      }),
    );
  });

  it('is always valid without windows', () => {
    fc.assert(fc.property(clockArb, (clock) => isWithinValidHours([], clock)));
  });

  it('names the broken parts of a window', () => {
    expect(
      validHoursProblems([
        { days: [], from: '10:00', until: '12:00' },
        { days: [1], from: '25:00', until: '12:00' },
        { days: [8], from: '14:00', until: '09:00' },
      ]),
    ).toEqual([
      { index: 0, field: 'days', reason: expect.any(String) },
      { index: 1, field: 'from', reason: expect.any(String) },
      { index: 2, field: 'days', reason: expect.any(String) },
      { index: 2, field: 'until', reason: expect.any(String) },
    ]);
  });

  it('reads the clock in Dutch time, across summer and winter time', () => {
    // Monday 30 March 2026, 09:30 summer time (UTC+2) and Monday 2 March 2026, 09:30 winter time (UTC+1).
    expect(dutchClock(new Date('2026-03-30T07:30:00Z'))).toEqual({ weekday: 1, minute: 9 * 60 + 30 });
    expect(dutchClock(new Date('2026-03-02T08:30:00Z'))).toEqual({ weekday: 1, minute: 9 * 60 + 30 });
    // Sunday 23:59 in Amsterdam is already Monday in no time zone of ours: still Sunday.
    expect(dutchClock(new Date('2026-03-01T22:59:00Z'))).toEqual({ weekday: 7, minute: 23 * 60 + 59 });
  });
});
