/** Dutch formatting of money (integer cents), dates ('YYYY-MM-DD') and timestamps (ISO). */

const LOCALES: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };
const locale = (language: string) => LOCALES[language] ?? 'nl-NL';

/** 375 -> "€ 3,75" (nl). */
export function formatMoney(cents: number, language = 'nl'): string {
  return new Intl.NumberFormat(locale(language), { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** '2026-12-31' -> "31 december 2026". Parsed as a calendar date, never shifted by time zones. */
export function formatDate(date: string, language = 'nl'): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return date;
  return new Intl.DateTimeFormat(locale(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** ISO timestamp -> "12 maart 2026 om 14:05" style, in the Amsterdam time zone. */
export function formatDateTime(iso: string, language = 'nl'): string {
  const value = new Date(iso);
  if (Number.isNaN(value.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  }).format(value);
}

/** A UTF-8 string as base64, for data: URLs. */
export function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
