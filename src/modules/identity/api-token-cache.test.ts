import { describe, expect, it } from 'vitest';
import { API_TOKEN_CACHE_TTL_MS, ApiTokenCache } from './api-token-cache.ts';

const principal = (tokenId: string) => ({ kind: 'till_system', tenantId: 't', tokenId, providerId: 'p', name: 'Kassa' } as const);

describe('ApiTokenCache', () => {
  it('keeps a token at most the TTL (5 s or less)', () => {
    let now = 1_000;
    const cache = new ApiTokenCache(API_TOKEN_CACHE_TTL_MS, () => now);
    cache.set('hash-a', principal('a'));
    now += API_TOKEN_CACHE_TTL_MS - 1;
    expect(cache.get('hash-a')).toEqual(principal('a'));
    now += 1;
    expect(cache.get('hash-a')).toBeUndefined();
    expect(API_TOKEN_CACHE_TTL_MS).toBeLessThanOrEqual(5_000);
  });

  it('forgets a revoked token at once, and only that one', () => {
    const cache = new ApiTokenCache();
    cache.set('hash-a', principal('a'));
    cache.set('hash-b', principal('b'));
    cache.forgetToken('a');
    expect(cache.get('hash-a')).toBeUndefined();
    expect(cache.get('hash-b')).toEqual(principal('b'));
  });
});
