import { describe, expect, it } from 'vitest';
import {
  API_TOKEN_CACHE_TTL_MS,
  API_TOKEN_REFRESH_AFTER_MS,
  ApiTokenCache,
  type TillSystem,
} from './api-token-cache.ts';

const principal = (tokenId: string, name = 'Kassa'): TillSystem => ({
  kind: 'till_system',
  tenantId: 't',
  tokenId,
  providerId: 'p',
  name,
});

/** A loader that counts its calls and answers when told to. */
function deferredLoader() {
  const calls: { resolve: (value: TillSystem | undefined) => void; reject: (error: Error) => void }[] = [];
  const load = () =>
    new Promise<TillSystem | undefined>((resolve, reject) => {
      calls.push({ resolve, reject });
    });
  return { load, calls };
}

/** A cache that looked token 'a' up at time 0, its deferred loader, and `at(ms)` to move the clock. */
async function cacheHoldingTokenA() {
  let now = 0;
  const cache = new ApiTokenCache(API_TOKEN_CACHE_TTL_MS, () => now);
  const { load, calls } = deferredLoader();
  const first = cache.resolve('hash-a', load);
  calls[0]!.resolve(principal('a'));
  await first;
  return {
    cache,
    load,
    calls,
    at: (ms: number) => {
      now = ms;
    },
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('ApiTokenCache', () => {
  it('asks the database once, then answers from memory until the TTL (5 s or less) has passed', async () => {
    let now = 1_000;
    let asked = 0;
    const cache = new ApiTokenCache(API_TOKEN_CACHE_TTL_MS, () => now, API_TOKEN_CACHE_TTL_MS);
    const load = async () => {
      asked++;
      return principal('a');
    };
    expect(await cache.resolve('hash-a', load)).toEqual(principal('a'));
    now += API_TOKEN_CACHE_TTL_MS - 1;
    expect(await cache.resolve('hash-a', load)).toEqual(principal('a'));
    expect(asked).toBe(1);
    now += 1;
    expect(await cache.resolve('hash-a', load)).toEqual(principal('a'));
    expect(asked).toBe(2);
    expect(API_TOKEN_CACHE_TTL_MS).toBeLessThanOrEqual(5_000);
  });

  it('counts the TTL from the moment the database was asked, not from its answer', async () => {
    let now = 0;
    const cache = new ApiTokenCache(1_000, () => now, 1_000);
    const { load, calls } = deferredLoader();
    const first = cache.resolve('hash-a', load);
    now = 400; // the lookup took 400 ms
    calls[0]!.resolve(principal('a'));
    await first;
    now = 999;
    await cache.resolve('hash-a', load);
    expect(calls).toHaveLength(1);
    now = 1_000;
    void cache.resolve('hash-a', load);
    expect(calls).toHaveLength(2);
  });

  it('shares one lookup between calls that miss at the same time', async () => {
    const cache = new ApiTokenCache();
    const { load, calls } = deferredLoader();
    const answers = Promise.all([
      cache.resolve('hash-a', load),
      cache.resolve('hash-a', load),
      cache.resolve('hash-a', load),
    ]);
    expect(calls).toHaveLength(1);
    calls[0]!.resolve(principal('a'));
    expect(await answers).toEqual([principal('a'), principal('a'), principal('a')]);
  });

  it('renews a token in use in the background: the call does not wait, and only one renewal runs', async () => {
    const { cache, load, calls, at } = await cacheHoldingTokenA();

    at(API_TOKEN_REFRESH_AFTER_MS);
    // Answered from memory although the renewal has not answered yet.
    expect(await cache.resolve('hash-a', load)).toEqual(principal('a'));
    expect(await cache.resolve('hash-a', load)).toEqual(principal('a'));
    expect(calls).toHaveLength(2);

    calls[1]!.resolve(principal('a', 'Kassa 2'));
    await settle();
    // The renewed answer counts from when it was asked: past the first TTL it still serves at
    // once (the third lookup, its own renewal, never answers here).
    at(API_TOKEN_CACHE_TTL_MS + 1);
    expect(await cache.resolve('hash-a', load)).toEqual(principal('a', 'Kassa 2'));
    expect(calls).toHaveLength(3);
  });

  it('drops a token at once when the renewal finds it revoked', async () => {
    const { cache, load, calls, at } = await cacheHoldingTokenA();
    at(API_TOKEN_REFRESH_AFTER_MS);
    await cache.resolve('hash-a', load);
    calls[1]!.resolve(undefined);
    await settle();

    const next = cache.resolve('hash-a', load);
    expect(calls).toHaveLength(3);
    calls[2]!.resolve(undefined);
    expect(await next).toBeUndefined();
  });

  it('keeps serving until the TTL when a renewal fails, then asks again and reports the failure', async () => {
    const { cache, load, calls, at } = await cacheHoldingTokenA();
    at(API_TOKEN_REFRESH_AFTER_MS);
    await cache.resolve('hash-a', load);
    calls[1]!.reject(new Error('database away'));
    await settle();

    at(API_TOKEN_CACHE_TTL_MS - 1);
    expect(await cache.resolve('hash-a', load)).toEqual(principal('a'));
    // After a failed renewal the next call may try again in the background.
    expect(calls).toHaveLength(3);
    calls[2]!.reject(new Error('database away'));
    await settle();

    at(API_TOKEN_CACHE_TTL_MS);
    const expired = cache.resolve('hash-a', load);
    calls[3]!.reject(new Error('database away'));
    await expect(expired).rejects.toThrow('database away');
  });

  it("renews again on the next call when a revoke of another token dropped the renewal's answer", async () => {
    const { cache, load, calls, at } = await cacheHoldingTokenA();
    at(API_TOKEN_REFRESH_AFTER_MS);
    await cache.resolve('hash-a', load);
    cache.forgetToken('b');
    calls[1]!.resolve(principal('a', 'Kassa 2'));
    await settle();

    // Still served from memory, and a new renewal starts instead of waiting for the TTL.
    expect(await cache.resolve('hash-a', load)).toEqual(principal('a'));
    expect(calls).toHaveLength(3);
  });

  it('forgets a revoked token at once, and only that one', async () => {
    const cache = new ApiTokenCache();
    let asked = 0;
    const load = (id: string) => async () => {
      asked++;
      return principal(id);
    };
    await cache.resolve('hash-a', load('a'));
    await cache.resolve('hash-b', load('b'));
    cache.forgetToken('a');
    await cache.resolve('hash-b', load('b'));
    expect(asked).toBe(2);
    await cache.resolve('hash-a', load('a'));
    expect(asked).toBe(3);
  });

  it('does not keep the answer of a lookup that was running while a token was revoked', async () => {
    const cache = new ApiTokenCache();
    const { load, calls } = deferredLoader();
    const racing = cache.resolve('hash-a', load);
    cache.forgetToken('a');
    calls[0]!.resolve(principal('a'));
    await racing;
    void cache.resolve('hash-a', load);
    expect(calls).toHaveLength(2);
  });
});
