/**
 * When in the week an offer can be used: "only on weekdays before noon", "Tuesday and Thursday
 * 14:00–17:00" (seed 000 §8A: quiet hours, "luwe periodes"). Pure rules on Dutch local time,
 * without a database or a clock; the till, the catalogue and the provider portal share them.
 *
 * An offer has a list of windows. No windows: valid at any time of the day. A window names ISO
 * weekdays (1 Monday … 7 Sunday) and a start and end time, 'HH:MM', end after start ('24:00' is
 * midnight at the end of the day). A window over midnight is two windows.
 */
export interface ValidHoursWindow {
  days: number[];
  from: string;
  until: string;
}

/** A moment in the Netherlands as the windows need it: ISO weekday and minutes since midnight. */
export interface DutchClock {
  weekday: number;
  minute: number;
}

export const TIME_PATTERN = '^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$';
const TIME = new RegExp(TIME_PATTERN);
export const MAX_WINDOWS = 14;

/** 'HH:MM' as minutes since midnight. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** Whether `clock` falls inside one of the windows; no windows: always. The end is not included. */
export function isWithinValidHours(windows: readonly ValidHoursWindow[], clock: DutchClock): boolean {
  if (windows.length === 0) return true;
  for (const window of windows) {
    if (!window.days.includes(clock.weekday)) continue;
    if (clock.minute >= minutesOf(window.from) && clock.minute < minutesOf(window.until)) return true;
  }
  return false;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const DUTCH_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
let cachedMinute = Number.NaN;
let cachedClock: DutchClock = { weekday: 1, minute: 0 };

/**
 * Weekday and minute in the Netherlands at `instant`. Worked out once per minute (the Dutch
 * offsets are whole hours), as `dutchDate` is: formatting in a time zone is the dear part.
 */
export function dutchClock(instant: Date): DutchClock {
  const minute = Math.floor(instant.getTime() / 60_000);
  if (minute !== cachedMinute) {
    let weekday = 1;
    let hour = 0;
    let minutes = 0;
    for (const part of DUTCH_CLOCK.formatToParts(instant)) {
      if (part.type === 'weekday') weekday = WEEKDAYS[part.value] ?? 1;
      else if (part.type === 'hour') hour = Number(part.value);
      else if (part.type === 'minute') minutes = Number(part.value);
    }
    cachedClock = { weekday, minute: hour * 60 + minutes };
    cachedMinute = minute;
  }
  return cachedClock;
}

/** The problems of a list of windows, as `[index, field, reason]`; empty when it is sound. */
export function validHoursProblems(
  windows: readonly ValidHoursWindow[],
): { index: number; field: string; reason: string }[] {
  const problems: { index: number; field: string; reason: string }[] = [];
  windows.forEach((window, index) => {
    if (window.days.length === 0 || window.days.some((day) => !Number.isInteger(day) || day < 1 || day > 7))
      problems.push({ index, field: 'days', reason: 'name at least one weekday, 1 (Monday) to 7 (Sunday)' });
    if (!TIME.test(window.from) || window.from === '24:00')
      problems.push({ index, field: 'from', reason: "a time 'HH:MM' from 00:00 to 23:59" });
    if (!TIME.test(window.until)) problems.push({ index, field: 'until', reason: "a time 'HH:MM' up to 24:00" });
    else if (TIME.test(window.from) && minutesOf(window.until) <= minutesOf(window.from))
      problems.push({ index, field: 'until', reason: 'the end must be after the start; split a window over midnight' });
  });
  return problems;
}

/** The windows as stored: weekdays sorted without repeats, so equal windows compare equal. */
export function normaliseValidHours(windows: readonly ValidHoursWindow[]): ValidHoursWindow[] {
  return windows.map((window) => ({
    days: [...new Set(window.days)].sort((a, b) => a - b),
    from: window.from,
    until: window.until,
  }));
}

/** The stored column (jsonb, possibly as text) as windows. */
export function parseValidHours(value: unknown): ValidHoursWindow[] {
  const parsed = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  return Array.isArray(parsed) ? (parsed as ValidHoursWindow[]) : [];
}
