/**
 * Domain errors. Services throw these and know nothing of HTTP; src/http/problem.ts maps each
 * code to a status and an application/problem+json body in one place.
 */
export type ProblemCode =
  | 'settlement-period-open'
  | 'settlement-period-overlaps'
  | 'settlement-run-not-found'
  | 'settlement-not-found'
  | 'payout-account-missing'
  | 'bank-statement-invalid'
  | 'sponsor-pledge-not-found'
  | 'action-budget-insufficient'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'invalid-input'
  | 'conflict'
  | 'invalid-credentials'
  | 'login-link-invalid'
  | 'pass-not-found'
  | 'pass-number-invalid'
  | 'pass-blocked'
  | 'pass-expired'
  | 'offer-not-found'
  | 'offer-not-available'
  | 'offer-not-valid-today'
  | 'offer-sold-out'
  | 'offer-of-other-provider'
  | 'limit-reached'
  | 'redemption-not-found'
  | 'redemption-not-cancellable'
  | 'idempotency-key-reused'
  | 'idempotency-key-in-use'
  | 'credit-scheme-not-found'
  | 'credit-scheme-expired'
  | 'credit-scheme-not-expired'
  | 'credit-insufficient'
  | 'scheme-budget-exceeded'
  | 'pass-not-eligible'
  | 'ledger-entry-not-found'
  | 'ledger-reference-conflict'
  | 'ledger-entry-not-reversible'
  | 'pass-sales-unavailable'
  | 'pass-order-not-found'
  | 'pass-order-not-refundable'
  | 'pass-already-active'
  | 'email-in-use'
  | 'payment-not-found'
  | 'payment-amount-mismatch'
  | 'payment-provider-error'
  | 'service-unavailable'
  | 'too-many-requests';

export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ProblemCode,
    message: string,
    readonly invalidParams?: InvalidParam[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) =>
  new DomainError('not-found', `${what} does not exist or is not visible to you.`);
