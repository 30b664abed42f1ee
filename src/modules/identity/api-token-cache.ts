import type { Principal } from '../access/principal.ts';

/**
 * How long a resolved Bearer API token may be reused without asking the database. A till
 * calls twice per sale (offers, then redemption); this saves a query on nearly every call.
 *
 * The bound on revocation: a revoke through this process forgets the token at once
 * (`forgetToken`). A revoke that another process handled (a second cluster worker, or an
 * UPDATE by hand) takes effect here within this TTL at the latest, counted from the moment the
 * database was asked.
 */
export const API_TOKEN_CACHE_TTL_MS = 5_000;
/**
 * From this age on, a token in use is looked up again in the background while the cached answer
 * still serves. A till in use therefore never waits for its token's lookup. Without it, every
 * till's token ran out at about the same moment and each till's next call waited for the
 * database at once (in the till benchmark, a stall of 100 to 250 ms every 5 to 10 s).
 */
export const API_TOKEN_REFRESH_AFTER_MS = API_TOKEN_CACHE_TTL_MS / 2;
const MAX_ENTRIES = 10_000;

export type TillSystem = Extract<Principal, { kind: 'till_system' }>;

/** Asks the database for the principal of a token hash: undefined when unknown or revoked. */
export type TokenLoader = () => Promise<TillSystem | undefined>;

interface Entry {
  principal: TillSystem;
  askedAt: number;
  refreshing: boolean;
}

/** Bearer token hash -> principal, for a few seconds. Only known, active tokens are kept. */
export class ApiTokenCache {
  private readonly entries = new Map<string, Entry>();
  /** Lookups in flight for tokens that are not cached: concurrent calls share one. */
  private readonly pending = new Map<string, Promise<TillSystem | undefined>>();
  /** Bumped by `forgetToken`: a lookup that started before a revoke must not cache its answer. */
  private generation = 0;

  constructor(
    private readonly ttlMs = API_TOKEN_CACHE_TTL_MS,
    private readonly clock: () => number = Date.now,
    private readonly refreshAfterMs = Math.min(API_TOKEN_REFRESH_AFTER_MS, ttlMs),
  ) {}

  /**
   * The principal of `tokenHash`: from the cache while it is younger than the TTL, else from
   * `load`. A cached answer past `refreshAfterMs` is still returned, and `load` runs once in the
   * background to renew it (a failed renewal leaves the entry to run out at its TTL).
   */
  async resolve(tokenHash: string, load: TokenLoader): Promise<TillSystem | undefined> {
    const now = this.clock();
    const entry = this.entries.get(tokenHash);
    if (entry && now - entry.askedAt < this.ttlMs) {
      if (!entry.refreshing && now - entry.askedAt >= this.refreshAfterMs) {
        entry.refreshing = true;
        // A renewal that stored its answer replaced this entry. One that failed, or whose answer
        // was dropped because a token was revoked meanwhile, leaves it: the next call tries again.
        const renewed = () => {
          entry.refreshing = false;
        };
        this.ask(tokenHash, load).then(renewed, renewed);
      }
      return entry.principal;
    }
    if (entry) this.entries.delete(tokenHash);
    let lookup = this.pending.get(tokenHash);
    if (!lookup) {
      lookup = this.ask(tokenHash, load).finally(() => this.pending.delete(tokenHash));
      this.pending.set(tokenHash, lookup);
    }
    return lookup;
  }

  /** Called when a token is revoked: its next use goes to the database again. */
  forgetToken(tokenId: string) {
    this.generation++;
    for (const [hash, entry] of this.entries) if (entry.principal.tokenId === tokenId) this.entries.delete(hash);
  }

  /** Runs `load` and stores what it found, unless a token was revoked meanwhile. */
  private async ask(tokenHash: string, load: TokenLoader): Promise<TillSystem | undefined> {
    const askedAt = this.clock();
    const generation = this.generation;
    const principal = await load();
    if (generation !== this.generation) return principal;
    if (!principal) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    if (this.entries.size >= MAX_ENTRIES && !this.entries.has(tokenHash)) this.entries.clear();
    this.entries.set(tokenHash, { principal, askedAt, refreshing: false });
    return principal;
  }
}

const caches = new WeakMap<object, ApiTokenCache>();

/** One cache per database (per app): tests run several apps, each on its own database, in one process. */
export function apiTokenCacheFor(database: object): ApiTokenCache {
  let cache = caches.get(database);
  if (!cache) caches.set(database, (cache = new ApiTokenCache()));
  return cache;
}
