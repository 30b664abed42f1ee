import type { Database } from '../../db/database.ts';
import { PassDevicesRepository } from './pass-devices.repository.ts';

/**
 * The till's lookup of a QR code's key: which pass it is for, while its device is not revoked.
 * Kept in the process for a few seconds, as API tokens are (identity/api-token-cache.ts): a till
 * asks twice per sale (list, then redemption), and the second ask needs no query. A device
 * revoked through this process is forgotten at once; one revoked through another process stops
 * working here within the TTL.
 */
export const QR_KEY_CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  number: string | undefined;
  askedAt: number;
}

export class QrKeyLookup {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly repo: PassDevicesRepository,
    private readonly clock: () => number = Date.now,
  ) {}

  async passNumberOf(tenantId: string, keyId: string): Promise<string | undefined> {
    const cacheKey = `${tenantId}:${keyId}`;
    const now = this.clock();
    const entry = this.entries.get(cacheKey);
    if (entry !== undefined && now - entry.askedAt < QR_KEY_CACHE_TTL_MS) return entry.number;
    const number = await this.repo.passNumberOfKey(tenantId, keyId);
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(cacheKey, { number, askedAt: now });
    return number;
  }

  /** After a device is revoked, or its pass blocked: ask the database next time. */
  forgetAll(): void {
    this.entries.clear();
  }
}

const lookups = new WeakMap<Database, QrKeyLookup>();

/** The one lookup per database (the till's routes and the resident's device routes share it). */
export function qrKeyLookupFor(database: Database): QrKeyLookup {
  let lookup = lookups.get(database);
  if (!lookup) {
    lookup = new QrKeyLookup(new PassDevicesRepository(database.db));
    lookups.set(database, lookup);
  }
  return lookup;
}
