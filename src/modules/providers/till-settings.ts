import type { Database } from '../../db/database.ts';
import { ProvidersRepository } from './providers.repository.ts';

/**
 * The till's view of a provider's till settings, kept in the process for a few seconds: the
 * till asks on every typed pass number, and the setting rarely changes. A change through this
 * process is seen at once; one made by another process within the TTL.
 */
export const TILL_SETTINGS_TTL_MS = 5_000;

export class TillSettingsLookup {
  private readonly entries = new Map<string, { accepts: boolean; askedAt: number }>();

  constructor(
    private readonly repo: ProvidersRepository,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Whether the provider's tills take a typed pass number (an unknown provider: yes, the till refuses it anyway). */
  async acceptsTypedPassNumbers(tenantId: string, providerId: string): Promise<boolean> {
    const key = `${tenantId}:${providerId}`;
    const now = this.clock();
    const entry = this.entries.get(key);
    if (entry !== undefined && now - entry.askedAt < TILL_SETTINGS_TTL_MS) return entry.accepts;
    const row = await this.repo.findTillSettings(tenantId, providerId);
    const accepts = row?.accepts_typed_pass_numbers ?? true;
    this.entries.set(key, { accepts, askedAt: now });
    return accepts;
  }

  forget(tenantId: string, providerId: string): void {
    this.entries.delete(`${tenantId}:${providerId}`);
  }
}

const lookups = new WeakMap<Database, TillSettingsLookup>();

export function tillSettingsLookupFor(database: Database): TillSettingsLookup {
  let lookup = lookups.get(database);
  if (!lookup) {
    lookup = new TillSettingsLookup(new ProvidersRepository(database.db));
    lookups.set(database, lookup);
  }
  return lookup;
}
