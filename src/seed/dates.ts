/**
 * Calendar helpers for the seed. All dates are 'YYYY-MM-DD' strings or day numbers (days since
 * 1970-01-01), computed in UTC so the result does not depend on the machine's time zone.
 */
const DAY_MS = 86_400_000;

export const dayNumber = (date: string): number => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
export const dateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const addDays = (date: string, days: number): string => dateOf(dayNumber(date) + days);

/** Today's calendar date in the Netherlands: the seed's anchor when none is given. */
export function todayInAmsterdam(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export const firstOfMonth = (date: string): string => `${date.slice(0, 7)}-01`;

/** Adds whole months to a first-of-month date. */
export function addMonths(firstOfMonthDate: string, months: number): string {
  const y = Number(firstOfMonthDate.slice(0, 4));
  const m = Number(firstOfMonthDate.slice(5, 7)) - 1 + months;
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  return `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

export const endOfMonth = (date: string): string => addDays(addMonths(firstOfMonth(date), 1), -1);

/** 0 = Monday … 6 = Sunday. */
export const weekday = (day: number): number => (day + 3) % 7;
/** Monday-based week number since the epoch (the same weeks as PostgreSQL's date_trunc('week')). */
export const weekIndex = (day: number): number => Math.floor((day + 3) / 7);
export const monthIndex = (day: number): number => {
  const d = dateOf(day);
  return Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;
};
/** 0 = January. */
export const monthOfYear = (day: number): number => Number(dateOf(day).slice(5, 7)) - 1;

/** Last Sunday of a month, as a day number. */
function lastSunday(year: number, month0: number): number {
  const last = dayNumber(`${year}-${String(month0 + 2).padStart(2, '0')}-01`) - 1;
  return last - ((weekday(last) + 1) % 7);
}

/** An instant for a local Amsterdam wall-clock time (CET/CEST, switching at 01:00 UTC). */
export function amsterdamInstant(day: number, hour: number, minute: number): Date {
  const year = Number(dateOf(day).slice(0, 4));
  const summerStart = lastSunday(year, 2);
  const summerEnd = lastSunday(year, 9);
  const offsetHours =
    day > summerStart && day < summerEnd
      ? 2
      : day === summerStart
        ? hour >= 3
          ? 2
          : 1
        : day === summerEnd
          ? hour >= 3
            ? 1
            : 2
          : 1;
  return new Date(day * DAY_MS + (hour - offsetHours) * 3_600_000 + minute * 60_000);
}
