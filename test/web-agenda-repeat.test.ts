import { describe, expect, it } from 'vitest';
import { fromRrule, toRrule } from '../web/src/features/agenda-admin/components/repeat.ts';

describe('repeat choices', () => {
  it('maps each choice to a rule and back', () => {
    const weekly = { kind: 'weekly' as const, days: ['TH' as const, 'TU' as const], until: '2030-03-31', rule: null };
    expect(toRrule(weekly, '2030-01-08')).toBe('FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20300331T235959Z');
    expect(fromRrule('FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20300331T235959Z')).toMatchObject({
      kind: 'weekly',
      days: ['TU', 'TH'],
      until: '2030-03-31',
    });
    // Every two weeks on the first date's weekday (8 January 2030 is a Tuesday), without end.
    expect(toRrule({ kind: 'biweekly', days: [], until: '', rule: null }, '2030-01-08')).toBe(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
    );
    expect(toRrule({ kind: 'monthly', days: [], until: '', rule: null }, '2030-01-08')).toBe('FREQ=MONTHLY');
    expect(toRrule({ kind: 'once', days: [], until: '', rule: null }, '2030-01-08')).toBeNull();
    // A rule none of the choices says is kept as it is.
    expect(fromRrule('FREQ=MONTHLY;BYDAY=2TU')).toMatchObject({ kind: 'custom', rule: 'FREQ=MONTHLY;BYDAY=2TU' });
    expect(toRrule(fromRrule('FREQ=MONTHLY;BYDAY=2TU'), '2030-01-08')).toBe('FREQ=MONTHLY;BYDAY=2TU');
  });
});
