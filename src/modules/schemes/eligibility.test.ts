import { describe, expect, it } from 'vitest';
import { matches, type CheckAnswers } from './eligibility.ts';

const base: CheckAnswers = {
  household: 'single',
  incomeBand: 'above_130',
  childrenAges: [],
  caring: false,
  age: 40,
  lifeEvent: 'none',
};
const freePass = { anyOf: [{ maxIncomePercent: 120 }, { caring: true as const }] };

describe('eligibility rules', () => {
  it('matches on any condition set: income up to the limit, or caring', () => {
    expect(matches(freePass, base)).toBe(false);
    expect(matches(freePass, { ...base, incomeBand: 'up_to_120' })).toBe(true);
    expect(matches(freePass, { ...base, incomeBand: 'up_to_130' })).toBe(false);
    expect(matches(freePass, { ...base, caring: true })).toBe(true);
    expect(matches(freePass, { ...base, incomeBand: 'unknown' })).toBe(true);
  });

  it('needs every condition of a set: a child in the age range and a low income', () => {
    const sport = { anyOf: [{ maxIncomePercent: 120, childAgeFrom: 4, childAgeTo: 17 }] };
    expect(matches(sport, { ...base, incomeBand: 'up_to_100', childrenAges: [2] })).toBe(false);
    expect(matches(sport, { ...base, incomeBand: 'up_to_100', childrenAges: [2, 9] })).toBe(true);
    expect(matches(sport, { ...base, childrenAges: [9] })).toBe(false);
  });

  it('checks age, household and life event; an empty rule list never matches', () => {
    const rules = { anyOf: [{ minAge: 67, households: ['single' as const], lifeEvents: ['retirement' as const] }] };
    expect(matches(rules, { ...base, age: 70, lifeEvent: 'retirement' })).toBe(true);
    expect(matches(rules, { ...base, age: 70, lifeEvent: 'none' })).toBe(false);
    expect(matches(rules, { ...base, age: 60, lifeEvent: 'retirement' })).toBe(false);
    expect(matches(rules, { ...base, age: 70, lifeEvent: 'retirement', household: 'couple' })).toBe(false);
    expect(matches({ anyOf: [] }, base)).toBe(false);
  });
});
