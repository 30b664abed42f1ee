import { describe, expect, it } from 'vitest';
import { graceEndOf, renewableFrom, renewalRefusal } from './pass-year.ts';

describe('the grace period after the pass year', () => {
  it('is one month, as PostgreSQL adds a month (the last day of a shorter month)', () => {
    expect(graceEndOf('2026-12-31')).toBe('2027-01-31');
    expect(graceEndOf('2027-01-31')).toBe('2027-02-28');
    expect(graceEndOf('2028-01-31')).toBe('2028-02-29');
    expect(graceEndOf('2026-06-15')).toBe('2026-07-15');
  });
});

describe('renewing by paying', () => {
  const today = '2026-11-01';
  const paid = { status: 'active', valid_until: '2026-12-31', paid: true };

  it('is possible for a paid pass in its last 60 days, or once it has ended', () => {
    expect(renewalRefusal(paid, today)).toBeNull();
    expect(renewalRefusal({ ...paid, valid_until: '2026-12-31' }, '2026-11-02')).toBeNull();
    expect(renewalRefusal({ ...paid, status: 'expired', valid_until: '2025-12-31' }, today)).toBeNull();
  });

  it('says why not: replaced before blocked before free before too early', () => {
    expect(renewalRefusal({ ...paid, valid_until: '2027-12-31' }, today)).toBe('pass-renewal-too-early');
    expect(renewalRefusal({ ...paid, valid_until: '2026-12-31' }, '2026-10-31')).toBe('pass-renewal-too-early');
    expect(renewalRefusal({ ...paid, paid: false, valid_until: '2027-12-31' }, today)).toBe('pass-renewal-free-pass');
    expect(renewalRefusal({ ...paid, status: 'blocked', paid: false }, today)).toBe('pass-blocked');
    expect(renewalRefusal({ ...paid, status: 'replaced', paid: false }, today)).toBe('pass-replaced');
    expect(renewableFrom('2026-12-31')).toBe('2026-11-01');
  });
});
