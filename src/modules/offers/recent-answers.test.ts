import { describe, expect, it } from 'vitest';
import { RecentAnswers } from './recent-answers.ts';

describe('RecentAnswers', () => {
  it('answers from what it kept until the time is up, then asks again', async () => {
    let clock = 0;
    let asked = 0;
    const answers = new RecentAnswers<number>({ ttlMs: 1_000, now: () => clock });
    const ask = () => answers.get('k', async () => ++asked);
    expect(await ask()).toBe(1);
    clock = 999;
    expect(await ask()).toBe(1);
    clock = 1_000;
    expect(await ask()).toBe(2);
  });

  it('keeps only what `keep` accepts, and at most maxEntries, the oldest going first', async () => {
    const answers = new RecentAnswers<number>({ maxEntries: 2, keep: (n) => n > 0 });
    await answers.get('zero', async () => 0);
    expect(answers.peek('zero')).toBeUndefined();
    answers.remember('a', 1);
    answers.remember('b', 2);
    answers.remember('c', 3);
    expect(answers.peek('a')).toBeUndefined();
    expect(answers.peek('b')).toEqual({ value: 2 });
    expect(answers.peek('c')).toEqual({ value: 3 });
  });
});
