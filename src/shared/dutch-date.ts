/**
 * Dates as a Dutch reader writes them, for every text the server writes for people (e-mails):
 * "6 december 2026", never 2026-12-06 or an English date.
 */
const DUTCH_DATE = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * '2026-12-06' (a calendar date, as the database's `date` columns give it) or a moment in time
 * (the day it is in the Netherlands then) -> "6 december 2026".
 */
export function formatDutchDate(value: string | Date): string {
  if (typeof value === 'string') {
    if (!DATE_ONLY.test(value)) throw new Error(`not a date (YYYY-MM-DD): ${JSON.stringify(value)}`);
    // Noon UTC is the same calendar day in Amsterdam, in summer and in winter.
    return DUTCH_DATE.format(new Date(`${value}T12:00:00Z`));
  }
  return DUTCH_DATE.format(value);
}
