import { describe, expect, it } from 'vitest';
import { graceEndOf } from './pass-year.ts';

describe('the grace period after the pass year', () => {
  it('is one month, as PostgreSQL adds a month (the last day of a shorter month)', () => {
    expect(graceEndOf('2026-12-31')).toBe('2027-01-31');
    expect(graceEndOf('2027-01-31')).toBe('2027-02-28');
    expect(graceEndOf('2028-01-31')).toBe('2028-02-29');
    expect(graceEndOf('2026-06-15')).toBe('2026-07-15');
  });
});
