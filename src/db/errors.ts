/**
 * What PostgreSQL's errors mean for the caller, in one place: which ones can be tried again.
 */

/**
 * SQLSTATEs of a statement or transaction PostgreSQL gave up on and kept nothing of: a
 * serialization conflict (40001), a deadlock (40P01), a lock wait longer than its lock_timeout
 * (55P03, the pipeline's safety net, src/db/pipeline.ts). Running the whole of it again is safe.
 */
const ABORTED_SQLSTATES = new Set(['40001', '40P01', '55P03']);

export function isAbortedForConcurrency(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && ABORTED_SQLSTATES.has(code);
}

/**
 * SQLSTATEs: the server is shutting down or ended this backend (57P01 admin_shutdown, 57P02
 * crash_shutdown), is starting up (57P03 cannot_connect_now), or the connection failed (class 08).
 */
const LOST_SQLSTATES = new Set(['57P01', '57P02', '57P03']);

/** What Node's sockets say when the server is unreachable or the connection breaks. */
const LOST_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** What the pg driver says of a connection that ended or broke (it gives these no code). */
const LOST_DRIVER_MESSAGES = new Set([
  'Connection terminated unexpectedly',
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'timeout expired',
]);

/**
 * Whether the connection to PostgreSQL is gone, not a statement wrong. After one of these the
 * statement's outcome is known only for a read: it changed nothing. A write may have been
 * committed just before the connection went, so only a caller that can tell (an Idempotency-Key,
 * see the redemptions service) sends it again. The HTTP layer answers 503.
 */
export function isConnectionLost(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return LOST_SQLSTATES.has(code) || code.startsWith('08') || LOST_SOCKET_CODES.has(code);
  return LOST_DRIVER_MESSAGES.has(error.message);
}
