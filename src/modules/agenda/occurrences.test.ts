import { describe, expect, it } from 'vitest';
import { fromFloating, isValidRule, occurrencesBetween, periodDays, startOfDay, toFloating } from './occurrences.ts';

describe('agenda times', () => {
  it('keeps a weekly 19:30 at 19:30 in Amsterdam across the change to summer time', () => {
    // Tuesday 17 March 2026, 19:30 in Amsterdam (CET, UTC+1).
    const startsAt = new Date('2026-03-17T18:30:00Z');
    const list = occurrencesBetween(
      { startsAt, endsAt: new Date('2026-03-17T20:30:00Z'), rrule: 'FREQ=WEEKLY;BYDAY=TU' },
      startOfDay('2026-03-17'),
      startOfDay('2026-04-08'),
    );
    expect(list.map((o) => o.start.toISOString())).toEqual([
      '2026-03-17T18:30:00.000Z',
      '2026-03-24T18:30:00.000Z',
      // Summer time from 29 March: 19:30 is 17:30 UTC.
      '2026-03-31T17:30:00.000Z',
      '2026-04-07T17:30:00.000Z',
    ]);
    expect(list.every((o) => o.end.getTime() - o.start.getTime() === 2 * 3600_000)).toBe(true);
  });

  it('finds a one-off event only when it overlaps the range', () => {
    const event = { startsAt: new Date('2026-06-20T10:00:00Z'), endsAt: new Date('2026-06-20T16:00:00Z'), rrule: null };
    expect(occurrencesBetween(event, startOfDay('2026-06-20'), startOfDay('2026-06-21'))).toHaveLength(1);
    expect(occurrencesBetween(event, startOfDay('2026-06-21'), startOfDay('2026-06-22'))).toHaveLength(0);
  });

  it('converts wall-clock time in Amsterdam both ways', () => {
    const instant = new Date('2026-07-01T08:15:00Z');
    expect(toFloating(instant).toISOString()).toBe('2026-07-01T10:15:00.000Z');
    expect(fromFloating(toFloating(instant)).toISOString()).toBe(instant.toISOString());
  });

  it('gives "this week" up to Sunday and "this weekend" as Saturday and Sunday', () => {
    // Wednesday 9 December 2026.
    expect(periodDays('week', '2026-12-09')).toEqual({ from: '2026-12-09', to: '2026-12-14' });
    expect(periodDays('weekend', '2026-12-09')).toEqual({ from: '2026-12-12', to: '2026-12-14' });
    // On Sunday, the weekend is today only.
    expect(periodDays('weekend', '2026-12-13')).toEqual({ from: '2026-12-13', to: '2026-12-14' });
    expect(periodDays('week', '2026-12-13')).toEqual({ from: '2026-12-13', to: '2026-12-14' });
  });

  it('accepts RRULE parts and refuses anything else', () => {
    expect(isValidRule('FREQ=WEEKLY;BYDAY=TU')).toBe(true);
    expect(isValidRule('FREQ=MONTHLY;BYDAY=1SA;UNTIL=20271231T000000Z')).toBe(true);
    expect(isValidRule('DTSTART:20260101T000000Z\nFREQ=DAILY')).toBe(false);
    expect(isValidRule('nonsense')).toBe(false);
  });
});
