/** What a facet count holds: the number of matches and the count per filter value. */
export interface Facets {
  total: number;
  keys: { key: string; count: number }[];
}

/**
 * Facet counts of recent broad searches, kept for a short while. Counting is one pass over
 * every matching offer: at 100,000 offers that costs more than the page itself when a visitor
 * browses without search words. Only counts over at least `minTotal` offers are kept: small
 * counts are cheap, and so a small catalogue (a test, a new city) always shows exact counts.
 * Per process; a change to the catalogue shows in large counts after at most `ttlMs`.
 */
export class FacetCache {
  private readonly entries = new Map<string, { at: number; value: Facets }>();

  constructor(
    private readonly ttlMs = 30_000,
    private readonly minTotal = 1_000,
    private readonly maxEntries = 500,
    private readonly now: () => number = Date.now,
  ) {}

  async get(key: string, compute: () => Promise<Facets>): Promise<Facets> {
    const hit = this.entries.get(key);
    if (hit && this.now() - hit.at < this.ttlMs) return hit.value;
    const value = await compute();
    if (value.total >= this.minTotal) {
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(key, { at: this.now(), value });
    }
    return value;
  }
}
