import type { PeriodicJob } from '../../http/module-manifest.ts';
import { RedemptionsRepository } from './redemptions.repository.ts';

/**
 * How long a redemption's Idempotency-Key and its stored answer are kept. A till retries within
 * seconds or minutes; a week covers a till that was offline over a weekend. After that a request
 * with the same key is a new request. The redemption itself is kept: only the key is forgotten.
 */
export const IDEMPOTENCY_KEY_RETENTION_DAYS = 7;

/** How often the server forgets old keys. */
export const KEY_SWEEP_INTERVAL_MS = 6 * 60 * 60 * 1000;

const DAY_MS = 86_400_000;

/** Forgets the Idempotency-Keys older than the retention, in batches of `batchSize`. */
export async function forgetOldIdempotencyKeys(
  repo: RedemptionsRepository,
  now: Date,
  batchSize = 5_000,
): Promise<{ forgotten: number }> {
  const cutoff = new Date(now.getTime() - IDEMPOTENCY_KEY_RETENTION_DAYS * DAY_MS);
  let forgotten = 0;
  for (;;) {
    const deleted = await repo.forgetIdempotencyKeysBefore(cutoff, batchSize);
    forgotten += deleted;
    if (deleted < batchSize) return { forgotten };
  }
}

/** Forgets old keys at start-up and then every 6 hours (not in tests). Safe in several processes at once. */
export const forgetOldIdempotencyKeysJob: PeriodicJob = {
  name: 'Old Idempotency-Keys forgotten',
  intervalMs: KEY_SWEEP_INTERVAL_MS,
  run: async ({ database }, now) => {
    const result = await forgetOldIdempotencyKeys(new RedemptionsRepository(database.db), now);
    return result.forgotten > 0 ? result : undefined;
  },
};
