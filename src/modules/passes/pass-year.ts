import type { PassCategory, PassValidity } from './passes.tables.ts';

/**
 * The pass year. A pass is valid from `valid_from` to `valid_until`, set when it is issued from
 * the municipality's setting for its pass type: a calendar year (the default) or twelve months.
 * After that the till still accepts it for a grace period (default one month, a setting too), so
 * a holder whose renewal is on its way is not turned away. After the grace period the till
 * refuses it as `pass-lapsed`, without saying why the pass existed. The last day of grace is kept
 * on the pass (`grace_until`, by a database trigger), so the till reads one column.
 */
export const GRACE_MONTHS = 1;
/** The reminder e-mail goes this many days before a pass year ends. */
export const REMINDER_DAYS = 30;
/** A paid pass can be renewed in its last 60 days, or once it has ended (as at a desk). */
export const RENEWAL_WINDOW_DAYS = 60;

/** What a municipality that never changed its settings gets. */
export const DEFAULT_VALIDITY: Record<PassCategory, PassValidity> = {
  regular: 'calendar_year',
  low_income: 'calendar_year',
  carer: 'calendar_year',
  child: 'calendar_year',
};

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD' plus whole years (29 February becomes 28 February in a year without it). */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

/**
 * The last day of a pass year that starts on `start`. A calendar year ends on 31 December; a pass
 * that starts in the last 30 days of a year (the reminder window) runs to the end of the next
 * year, so nobody gets a pass and its renewal reminder at once. Twelve months end the day before
 * the same date a year later.
 */
export function passYearEnd(validity: PassValidity, start: string): string {
  if (validity === 'twelve_months') return addDays(addYears(start, 1), -1);
  const year = Number(start.slice(0, 4));
  const endOfYear = `${year}-12-31`;
  return start > addDays(endOfYear, -REMINDER_DAYS) ? `${year + 1}-12-31` : endOfYear;
}

/** The first day of the next pass year: the day after the current one ends, or today once it has ended. */
export function renewalStart(validUntil: string, today: string): string {
  return validUntil >= today ? addDays(validUntil, 1) : today;
}

/** Whether a paid pass can be renewed today: in its last 60 days, or after it ended. */
export function inRenewalWindow(validUntil: string, today: string): boolean {
  return validUntil <= addDays(today, RENEWAL_WINDOW_DAYS);
}

/** The last day the till accepts a pass that ends on `validUntil` (YYYY-MM-DD): `months` later, at most the month's last day. */
export function graceEndOf(validUntil: string, months = GRACE_MONTHS): string {
  const [year, month, day] = validUntil.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * Why a pass cannot be renewed by paying for it today, as the problem code every renewal route
 * uses (online, at a desk, from the holder's file); null when it can. A replaced pass never comes
 * back, a blocked one is unblocked first, a free pass is renewed by an import or an application.
 */
export type RenewalRefusal = 'pass-replaced' | 'pass-blocked' | 'pass-renewal-free-pass' | 'pass-renewal-too-early';

export function renewalRefusal(
  pass: { status: string; valid_until: string; paid: boolean },
  today: string,
): RenewalRefusal | null {
  if (pass.status === 'replaced') return 'pass-replaced';
  if (pass.status === 'blocked') return 'pass-blocked';
  if (!pass.paid) return 'pass-renewal-free-pass';
  if (!inRenewalWindow(pass.valid_until, today)) return 'pass-renewal-too-early';
  return null;
}

/** The first day a pass that ends on `validUntil` can be renewed. */
export function renewableFrom(validUntil: string): string {
  return addDays(validUntil, -RENEWAL_WINDOW_DAYS);
}
