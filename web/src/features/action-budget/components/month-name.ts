const LOCALES: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };

/** '2026-03' -> "maart" (long) or "mrt" (short), in the page's language. */
export function monthName(month: string, language: string, style: 'long' | 'short' = 'long'): string {
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALES[language] ?? 'nl-NL', { month: style, timeZone: 'UTC' })
    .format(new Date(Date.UTC(year ?? 2000, (m ?? 1) - 1, 15)))
    .replace('.', '');
}
