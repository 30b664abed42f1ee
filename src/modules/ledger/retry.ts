/** SQLSTATEs of a transaction PostgreSQL aborted to break a deadlock or a serialization conflict. */
const RETRYABLE_SQLSTATES = new Set(['40001', '40P01']);

/**
 * Runs a whole transaction again when PostgreSQL aborted it for a deadlock or serialization
 * failure. Nothing of an aborted attempt was committed, so running it again is safe.
 */
export async function withRetry<T>(work: () => Promise<T>, maxAttempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (attempt >= maxAttempts || typeof code !== 'string' || !RETRYABLE_SQLSTATES.has(code)) throw error;
    }
  }
}
