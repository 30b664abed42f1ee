import type { Principal } from '../access/principal.ts';

/**
 * How long a resolved Bearer API token may be reused without asking the database. A till
 * calls twice per sale (offers, then redemption); this saves a query on nearly every call.
 *
 * The bound on revocation: a revoke through this process forgets the token at once
 * (`forgetToken`). A revoke that another process handled (a second cluster worker, or an
 * UPDATE by hand) takes effect here within this TTL at the latest.
 */
export const API_TOKEN_CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

type TillSystem = Extract<Principal, { kind: 'till_system' }>;

/** Bearer token hash -> principal, for a few seconds. Only known, active tokens are kept. */
export class ApiTokenCache {
  private readonly entries = new Map<string, { principal: TillSystem; expiresAt: number }>();

  constructor(private readonly ttlMs = API_TOKEN_CACHE_TTL_MS, private readonly clock: () => number = Date.now) {}

  get(tokenHash: string): TillSystem | undefined {
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.clock()) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return entry.principal;
  }

  set(tokenHash: string, principal: TillSystem) {
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(tokenHash, { principal, expiresAt: this.clock() + this.ttlMs });
  }

  /** Called when a token is revoked: its next use goes to the database again. */
  forgetToken(tokenId: string) {
    for (const [hash, entry] of this.entries) if (entry.principal.tokenId === tokenId) this.entries.delete(hash);
  }
}

const caches = new WeakMap<object, ApiTokenCache>();

/** One cache per database (per app): tests run several apps, each on its own database, in one process. */
export function apiTokenCacheFor(database: object): ApiTokenCache {
  let cache = caches.get(database);
  if (!cache) caches.set(database, (cache = new ApiTokenCache()));
  return cache;
}
