/** Dutch formatting of money (integer cents), dates ('YYYY-MM-DD') and timestamps (ISO). */

/**
 * The locale per language of the app. Arabic keeps the digits of the prices and dates on the
 * street (`nu-latn`): a price on the page should read like the one on the shop's label.
 */
const LOCALES: Record<string, string> = {
  nl: 'nl-NL',
  en: 'en-GB',
  tr: 'tr-TR',
  ar: 'ar-u-nu-latn',
  pl: 'pl-PL',
  uk: 'uk-UA',
};
const locale = (language: string) => LOCALES[language] ?? 'nl-NL';

/**
 * One formatter per locale and kind, made once: making an Intl formatter costs far more than
 * using it, and a catalogue page formats a price and a date for every offer it shows.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let made = formatters.get(key) as T | undefined;
  if (!made) {
    made = make();
    formatters.set(key, made);
  }
  return made;
}

/** 375 -> "€ 3,75" (nl). */
export function formatMoney(cents: number, language = 'nl'): string {
  const loc = locale(language);
  return formatter(`money|${loc}`, () => new Intl.NumberFormat(loc, { style: 'currency', currency: 'EUR' })).format(
    cents / 100,
  );
}

/**
 * '2026-12-31' -> "31 december 2026": a calendar date, never shifted by time zones. A moment
 * ('2026-12-07T23:30:00Z') shows the day it was in the Netherlands: 8 December, not the UTC day.
 */
export function formatDate(date: string, language = 'nl'): string {
  const loc = locale(language);
  const moment = date.length > 10 ? new Date(date) : undefined;
  if (moment && !Number.isNaN(moment.getTime()))
    return formatter(
      `day-in-nl|${loc}`,
      () =>
        new Intl.DateTimeFormat(loc, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }),
    ).format(moment);
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return date;
  return formatter(
    `date|${loc}`,
    () => new Intl.DateTimeFormat(loc, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ).format(new Date(Date.UTC(y, m - 1, d)));
}

/** ISO timestamp -> "12 maart 2026 om 14:05" style, in the Amsterdam time zone. */
export function formatDateTime(iso: string, language = 'nl'): string {
  const value = new Date(iso);
  if (Number.isNaN(value.getTime())) return iso;
  const loc = locale(language);
  return formatter(
    `datetime|${loc}`,
    () =>
      new Intl.DateTimeFormat(loc, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'Europe/Amsterdam',
      }),
  ).format(value);
}

/** A UTF-8 string as base64, for data: URLs. */
export function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The Dutch calendar day of a moment, 'YYYY-MM-DD'. From 23:00 or 22:00 UTC that is already the
 * next UTC date. Read from the parts of an nl-NL formatter: the locale the page has loaded anyway
 * (a formatter of another locale, such as en-CA for its ISO order, costs a locale's data).
 */
export function dayInNetherlands(moment: Date): string {
  const parts = formatter(
    'day-key-in-nl',
    () =>
      new Intl.DateTimeFormat('nl-NL', {
        timeZone: 'Europe/Amsterdam',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }),
  ).formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Today in the Netherlands, 'YYYY-MM-DD'. */
export function todayInNetherlands(now = new Date()): string {
  return dayInNetherlands(now);
}

/** An ISO moment -> "zaterdag 12 december": the day in the Netherlands, with its weekday. */
export function formatWeekdayDate(iso: string, language = 'nl'): string {
  const loc = locale(language);
  return formatter(
    `weekday-date|${loc}`,
    () =>
      new Intl.DateTimeFormat(loc, { timeZone: 'Europe/Amsterdam', weekday: 'long', day: 'numeric', month: 'long' }),
  ).format(new Date(iso));
}

/** An ISO moment -> "14:05", the time in the Netherlands, on the 24-hour clock of the posters in town. */
export function formatTime(iso: string, language = 'nl'): string {
  const loc = locale(language);
  return formatter(
    `time|${loc}`,
    () =>
      new Intl.DateTimeFormat(loc, {
        timeZone: 'Europe/Amsterdam',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
  ).format(new Date(iso));
}

/** ISO weekday 1 (Monday) to 7 (Sunday) -> "ma" (short) or "maandag" (long), in the reader's language. */
export function weekdayName(day: number, language = 'nl', style: 'short' | 'long' = 'short'): string {
  const loc = locale(language);
  // Monday 5 January 2026 plus `day - 1` days: a date on each ISO weekday.
  return formatter(
    `weekday-${style}|${loc}`,
    () => new Intl.DateTimeFormat(loc, { weekday: style, timeZone: 'UTC' }),
  ).format(new Date(Date.UTC(2026, 0, 4 + day)));
}
