/** The catalogue's calendar runs on Dutch time: an offer valid until today is shown all day. */
const DUTCH_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in the Netherlands, 'YYYY-MM-DD'. */
export function todayInNetherlands(now: Date = new Date()): string {
  return DUTCH_DATE.format(now);
}
