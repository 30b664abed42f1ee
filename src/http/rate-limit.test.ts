import { describe, expect, it } from 'vitest';
import { FixedWindowLimiter } from './rate-limit.ts';

describe('FixedWindowLimiter', () => {
  it('lets a key go on up to the limit, then says how long to wait, until its window ends', () => {
    let now = 1_000_000;
    const limiter = new FixedWindowLimiter(3, 60, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfter('a')).toBe(0);
      limiter.hit('a');
    }
    expect(limiter.retryAfter('a')).toBe(60);
    expect(limiter.retryAfter('b')).toBe(0);
    now += 59_500;
    expect(limiter.retryAfter('a')).toBe(1);
    now += 500;
    expect(limiter.retryAfter('a')).toBe(0);
    limiter.hit('a');
    expect(limiter.retryAfter('a')).toBe(0);
  });

  it('gives a count back when an attempt turned out fine', () => {
    const limiter = new FixedWindowLimiter(2, 60, () => 0);
    limiter.hit('a');
    limiter.hit('a');
    expect(limiter.retryAfter('a')).toBeGreaterThan(0);
    limiter.release('a');
    expect(limiter.retryAfter('a')).toBe(0);
    limiter.release('a');
    limiter.release('a');
    expect(limiter.size).toBe(0);
  });

  it('keeps at most maxKeys keys: expired windows go first, then the oldest tenth', () => {
    let now = 0;
    const limiter = new FixedWindowLimiter(1, 10, () => now, 100);
    for (let i = 0; i < 50; i++) limiter.hit(`old-${i}`);
    now = 5_000;
    for (let i = 0; i < 50; i++) limiter.hit(`new-${i}`);
    now = 11_000;
    limiter.hit('after');
    expect(limiter.size).toBe(51);
    for (let i = 0; i < 49; i++) limiter.hit(`more-${i}`);
    expect(limiter.size).toBe(100);
    limiter.hit('overflow');
    expect(limiter.size).toBe(91);
    expect(limiter.retryAfter('overflow')).toBe(10);
    // The oldest tenth went: the first of the new keys may try again.
    expect(limiter.retryAfter('new-0')).toBe(0);
    expect(limiter.retryAfter('new-49')).toBeGreaterThan(0);
  });
});
