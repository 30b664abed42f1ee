import { isAbortedForConcurrency } from '../../db/errors.ts';

/**
 * Runs a whole transaction again when PostgreSQL aborted it for a deadlock or serialization
 * failure. Nothing of an aborted attempt was committed, so running it again is safe.
 */
export async function withRetry<T>(work: () => Promise<T>, maxAttempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= maxAttempts || !isAbortedForConcurrency(error)) throw error;
    }
  }
}
