/**
 * Answers of recent lookups, kept for a short while per process: the catalogue's facet counts,
 * the centres of wijken, the catalogue words that contain a typed word. Each is costly to
 * compute on every request and changes rarely; a change shows after at most `ttlMs`.
 * `keep` says which answers are worth keeping (only large facet counts, only found wijken).
 * At most `maxEntries` are kept; the oldest goes first.
 */
export class RecentAnswers<T> {
  private readonly entries = new Map<string, { at: number; value: T }>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly keep: (value: T) => boolean;
  private readonly now: () => number;

  constructor(options: { ttlMs?: number; maxEntries?: number; keep?: (value: T) => boolean; now?: () => number } = {}) {
    this.ttlMs = options.ttlMs ?? 30_000;
    this.maxEntries = options.maxEntries ?? 500;
    this.keep = options.keep ?? (() => true);
    this.now = options.now ?? Date.now;
  }

  async get(key: string, compute: () => Promise<T>): Promise<T> {
    const kept = this.peek(key);
    if (kept !== undefined) return kept.value;
    const value = await compute();
    this.remember(key, value);
    return value;
  }

  /** The kept answer, if there is one and it is recent enough. */
  peek(key: string): { value: T } | undefined {
    const hit = this.entries.get(key);
    return hit && this.now() - hit.at < this.ttlMs ? { value: hit.value } : undefined;
  }

  remember(key: string, value: T): void {
    if (!this.keep(value)) return;
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { at: this.now(), value });
  }
}
