/**
 * The pass year. A pass is valid from `valid_from` to `valid_until` (by default a calendar year,
 * set when it is issued); after that the till still accepts it for a grace period of one month,
 * so a holder whose renewal is on its way is not turned away. After the grace period the till
 * refuses it as `pass-lapsed`, without saying why the pass existed.
 */
export const GRACE_MONTHS = 1;
/** The same grace as an SQL interval, for the till's booking guard (till-usage.sql.ts). */
export const GRACE_SQL_INTERVAL = `interval '${GRACE_MONTHS} month'`;

/** The last day the till accepts a pass that ends on `validUntil` (YYYY-MM-DD): a month later, at most the month's last day. */
export function graceEndOf(validUntil: string): string {
  const [year, month, day] = validUntil.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + GRACE_MONTHS, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}
