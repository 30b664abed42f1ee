import * as rrulePackage from 'rrule';

/**
 * When events happen. Times are kept as instants; repetition follows the wall clock in Amsterdam
 * (a club night at 19:30 stays at 19:30 across the change to summer time), so a rule is expanded
 * on "floating" local times and each occurrence is turned back into an instant.
 */
// rrule is CommonJS: under Node its classes sit on the default export, under a bundler on the module.
const { RRule } = (rrulePackage as unknown as { default?: typeof rrulePackage }).default ?? rrulePackage;

const TIME_ZONE = 'Europe/Amsterdam';
const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});
const MAX_PER_EVENT = 400;

/** The Amsterdam wall-clock time of an instant, written as if it were UTC ("floating"). */
export function toFloating(instant: Date): Date {
  const p = Object.fromEntries(PARTS.formatToParts(instant).map((part) => [part.type, part.value]));
  return new Date(Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!));
}

/** The instant at which Amsterdam's clocks show the floating time. */
export function fromFloating(floating: Date): Date {
  // The offset is one or two hours; correct twice to land on the right side of a change.
  let guess = new Date(floating.getTime());
  for (let i = 0; i < 2; i++) guess = new Date(floating.getTime() - (toFloating(guess).getTime() - guess.getTime()));
  return guess;
}

/** Midnight at the start of a day in Amsterdam ('YYYY-MM-DD'). */
export const startOfDay = (date: string) => fromFloating(new Date(`${date}T00:00:00Z`));

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday. */
export const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();

export type Period = 'upcoming' | 'week' | 'weekend';

/** The days a view covers, as [first day, day after the last): "this week" ends on Sunday; "this weekend" is Saturday and Sunday. */
export function periodDays(period: Period, today: string): { from: string; to: string } {
  const day = weekday(today);
  if (period === 'week') return { from: today, to: addDays(today, day === 0 ? 1 : 8 - day) };
  if (period === 'weekend') {
    if (day === 6 || day === 0) return { from: today, to: addDays(today, day === 6 ? 2 : 1) };
    return { from: addDays(today, 6 - day), to: addDays(today, 8 - day) };
  }
  return { from: today, to: addDays(today, 31) };
}

export interface Timing {
  startsAt: Date;
  endsAt: Date;
  rrule: string | null;
}

/** The occurrences of an event that overlap [from, to). */
export function occurrencesBetween(event: Timing, from: Date, to: Date): { start: Date; end: Date }[] {
  const duration = event.endsAt.getTime() - event.startsAt.getTime();
  if (!event.rrule)
    return event.endsAt > from && event.startsAt < to ? [{ start: event.startsAt, end: event.endsAt }] : [];
  const rule = new RRule({ ...RRule.parseString(event.rrule), dtstart: toFloating(event.startsAt) });
  const floatingFrom = new Date(toFloating(from).getTime() - duration);
  const result: { start: Date; end: Date }[] = [];
  rule.between(floatingFrom, toFloating(to), true, (floating) => {
    const start = fromFloating(floating);
    const end = new Date(start.getTime() + duration);
    if (end > from && start < to) result.push({ start, end });
    return result.length < MAX_PER_EVENT;
  });
  return result;
}

/** Whether a rule is one we can expand: RRULE parts only, no DTSTART of its own. */
export function isValidRule(rule: string): boolean {
  if (/DTSTART|\n/i.test(rule)) return false;
  try {
    const options = RRule.parseString(rule);
    return options.freq !== undefined;
  } catch {
    return false;
  }
}

/** The most occurrences a rule with an end may have; more would make `lastDay` slow. */
export const MAX_OCCURRENCES = 5000;

/** The Amsterdam day of an instant, 'YYYY-MM-DD'. */
export const localDay = (instant: Date) => toFloating(instant).toISOString().slice(0, 10);

/**
 * The last day an event happens (for `events.last_on`): the day a one-off event ends; for a rule
 * with UNTIL or COUNT, the day its last occurrence ends; null for a rule without end. Undefined
 * when the rule yields no occurrence at all, or more than MAX_OCCURRENCES.
 */
export function lastDay(event: Timing): string | null | undefined {
  if (!event.rrule) return localDay(event.endsAt);
  const options = RRule.parseString(event.rrule);
  if (!options.until && !options.count) return null;
  const duration = event.endsAt.getTime() - event.startsAt.getTime();
  let last: Date | undefined;
  let count = 0;
  try {
    new RRule({ ...options, dtstart: toFloating(event.startsAt) }).all((floating) => {
      last = floating;
      count++;
      return count <= MAX_OCCURRENCES;
    });
  } catch {
    return undefined;
  }
  if (!last || count > MAX_OCCURRENCES) return undefined;
  return new Date(last.getTime() + duration).toISOString().slice(0, 10);
}
