/**
 * The repeat choices a B1 reader understands, and the RRULE each stands for. The form never shows
 * a rule: "once", "every week on <days>", "every two weeks", "every month", with an optional last
 * day. A rule made elsewhere that none of these describes is kept as it is ("custom").
 */
export type RepeatKind = 'once' | 'weekly' | 'biweekly' | 'monthly' | 'custom';
export const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Day = (typeof DAYS)[number];

export interface Repeat {
  kind: RepeatKind;
  days: Day[];
  /** The last day, YYYY-MM-DD, or '' for no end. */
  until: string;
  /** The rule as stored, for `custom`. */
  rule: string | null;
}

/** The weekday of a date (YYYY-MM-DD) as an RRULE day. */
export const dayOf = (date: string): Day => DAYS[(new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7]!;

/** The RRULE for a choice; the rule repeats on the wall-clock time of the first date. */
export function toRrule(repeat: Repeat, firstDate: string): string | null {
  if (repeat.kind === 'once') return null;
  if (repeat.kind === 'custom') return repeat.rule;
  // UNTIL is compared with Amsterdam wall-clock times: the end of the last day.
  const until = repeat.until ? `;UNTIL=${repeat.until.replaceAll('-', '')}T235959Z` : '';
  if (repeat.kind === 'monthly') return `FREQ=MONTHLY${until}`;
  const days = DAYS.filter((d) => repeat.days.includes(d));
  const byDay = (days.length > 0 ? days : [dayOf(firstDate)]).join(',');
  return `FREQ=WEEKLY${repeat.kind === 'biweekly' ? ';INTERVAL=2' : ''};BYDAY=${byDay}${until}`;
}

/** The choice a stored rule stands for; `custom` when none of the choices says it. */
export function fromRrule(rule: string | null): Repeat {
  const none: Repeat = { kind: 'once', days: [], until: '', rule: null };
  if (!rule) return none;
  const parts = Object.fromEntries(rule.split(';').map((p) => p.split('=') as [string, string]));
  const { FREQ, INTERVAL, BYDAY, UNTIL, ...rest } = parts;
  const untilDay = UNTIL?.match(/^(\d{4})(\d{2})(\d{2})/);
  const until = untilDay ? `${untilDay[1]}-${untilDay[2]}-${untilDay[3]}` : '';
  const days = (BYDAY ?? '').split(',').filter(Boolean);
  const custom = { kind: 'custom' as const, days: [], until, rule };
  if (Object.keys(rest).length > 0 || (UNTIL && !untilDay)) return custom;
  if (FREQ === 'MONTHLY' && !INTERVAL && !BYDAY) return { kind: 'monthly', days: [], until, rule };
  if (FREQ === 'WEEKLY' && (!INTERVAL || INTERVAL === '1' || INTERVAL === '2')) {
    if (!days.every((d) => (DAYS as readonly string[]).includes(d))) return custom;
    return { kind: INTERVAL === '2' ? 'biweekly' : 'weekly', days: days as Day[], until, rule };
  }
  return custom;
}
