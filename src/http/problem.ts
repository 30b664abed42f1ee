import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { isAbortedForConcurrency, isConnectionLost } from '../db/errors.ts';
import { clientErrorProblem } from './input-guards.ts';
import { DomainError, type InvalidParam, type ProblemCode } from '../shared/errors.ts';

/** Status and title per problem code. The `type` URI is derived from the code. */
const PROBLEMS: Record<ProblemCode, { status: number; title: string }> = {
  'settlement-period-open': { status: 409, title: 'Settlement period has not ended yet' },
  'settlement-period-overlaps': { status: 409, title: 'Settlement period overlaps another run' },
  'settlement-run-not-found': { status: 404, title: 'Settlement run not found' },
  'settlement-not-found': { status: 404, title: 'Settlement not found' },
  'payout-account-missing': { status: 409, title: 'The municipality has no valid bank account for payouts' },
  'bank-statement-invalid': { status: 400, title: 'Bank statement cannot be read' },
  'sponsor-pledge-not-found': { status: 404, title: 'Sponsor pledge not found' },
  'action-budget-insufficient': { status: 409, title: 'Not enough money in the actiebudget' },
  'unauthenticated': { status: 401, title: 'Log in first' },
  'forbidden': { status: 403, title: 'Not allowed' },
  'not-found': { status: 404, title: 'Not found' },
  'invalid-input': { status: 400, title: 'Invalid input' },
  'conflict': { status: 409, title: 'Conflict' },
  'invalid-credentials': { status: 401, title: 'E-mail address or password is wrong' },
  'login-link-invalid': { status: 400, title: 'Login link is invalid or expired' },
  'pass-not-found': { status: 404, title: 'Pass not found' },
  'pass-number-invalid': { status: 400, title: 'Pass number is not valid' },
  'pass-blocked': { status: 409, title: 'Pass is blocked' },
  'pass-expired': { status: 409, title: 'Pass has expired' },
  'offer-not-found': { status: 404, title: 'Offer not found' },
  'offer-not-available': { status: 409, title: 'Offer is not published' },
  'offer-not-valid-today': { status: 409, title: 'Offer is not valid today' },
  'offer-sold-out': { status: 409, title: 'Offer is sold out' },
  'offer-of-other-provider': { status: 403, title: 'Offer belongs to another provider' },
  'limit-reached': { status: 409, title: 'Limit for this pass reached' },
  'redemption-not-found': { status: 404, title: 'Redemption not found' },
  'redemption-not-cancellable': { status: 409, title: 'Redemption can no longer be cancelled' },
  'idempotency-key-reused': { status: 422, title: 'Idempotency-Key was used for a different request' },
  'idempotency-key-in-use': { status: 409, title: 'A request with this Idempotency-Key is still being processed' },
  'credit-scheme-not-found': { status: 404, title: 'Credit scheme not found' },
  'credit-scheme-expired': { status: 409, title: 'Credit scheme has expired' },
  'credit-scheme-not-expired': { status: 409, title: 'Credit scheme has not expired yet' },
  'credit-insufficient': { status: 409, title: 'Not enough credit' },
  'scheme-budget-exceeded': { status: 409, title: 'Not enough budget in the scheme fund' },
  'pass-not-eligible': { status: 409, title: 'Pass is not eligible for this credit scheme' },
  'ledger-entry-not-found': { status: 404, title: 'Journal entry not found' },
  'ledger-reference-conflict': { status: 409, title: 'This reference was already booked differently' },
  'ledger-entry-not-reversible': { status: 409, title: 'Journal entry cannot be reversed' },
  'pass-sales-unavailable': { status: 409, title: 'Passes cannot be bought online here' },
  'pass-order-not-found': { status: 404, title: 'Pass order not found' },
  'pass-order-not-refundable': { status: 409, title: 'Pass order cannot be refunded' },
  'pass-already-active': { status: 409, title: 'You already have a valid pass' },
  'email-in-use': { status: 409, title: 'This e-mail address is already known; log in first' },
  'payment-not-found': { status: 404, title: 'Payment not found' },
  'payment-amount-mismatch': { status: 409, title: 'Payment amount does not match the order' },
  'payment-provider-error': { status: 502, title: 'The payment provider did not answer' },
  'service-unavailable': { status: 503, title: 'Temporarily unavailable' },
  'too-many-requests': { status: 429, title: 'Too many requests' },
};

export const PROBLEM_TYPE_BASE = 'https://stadspas.nl/problems/';
export const problemType = (code: ProblemCode) => `${PROBLEM_TYPE_BASE}${code}`;

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  invalidParams?: InvalidParam[];
}

export function problemFor(code: ProblemCode, detail: string, invalidParams?: InvalidParam[]): ProblemBody {
  const { status, title } = PROBLEMS[code];
  return { type: problemType(code), title, status, detail, ...(invalidParams ? { invalidParams } : {}) };
}

export function sendProblem(reply: FastifyReply, body: ProblemBody) {
  return reply.code(body.status).type('application/problem+json').send(body);
}

interface AjvError {
  instancePath?: string;
  message?: string;
  keyword?: string;
  params?: { missingProperty?: string; additionalProperty?: string };
}

function invalidParamsFromValidation(error: FastifyError): InvalidParam[] {
  const context = (error as FastifyError & { validationContext?: string }).validationContext ?? 'body';
  const items = (error.validation ?? []) as AjvError[];
  return items.map((item) => {
    const missing = item.params?.missingProperty ?? item.params?.additionalProperty ?? '';
    const pointer = (item.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
    const name = [context, pointer, missing].filter(Boolean).join('.');
    return { name, code: item.keyword ?? 'invalid', reason: item.message ?? 'is invalid' };
  });
}

/** Why the request failed for the moment, not for what it asked: the database is gone or too busy. */
function unavailableDetail(error: unknown): string | undefined {
  if (isConnectionLost(error)) {
    return (
      'The connection to the database broke or could not be made. Try again in a moment. ' +
      'A redemption sent with an Idempotency-Key can safely be sent again with the same key.'
    );
  }
  if (isAbortedForConcurrency(error))
    return 'The database was too busy to finish this request. Nothing was changed. Try again in a moment.';
  return undefined;
}

/** Every error leaves the API as application/problem+json. Nothing else decides statuses. */
export function registerProblemHandlers(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) {
      return sendProblem(reply, {
        ...problemFor(error.code, error.message, error.invalidParams),
        instance: request.url,
      });
    }
    if (error.validation) {
      const invalidParams = invalidParamsFromValidation(error);
      return sendProblem(reply, {
        ...problemFor(
          'invalid-input',
          `${invalidParams.length} field(s) are invalid; see invalidParams.`,
          invalidParams,
        ),
        instance: request.url,
      });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return sendProblem(reply, { ...clientErrorProblem(error, status), instance: request.url });
    }
    const unavailable = unavailableDetail(error);
    if (unavailable) {
      request.log.warn({ err: error }, 'database unavailable');
      reply.header('Retry-After', '1');
      return sendProblem(reply, { ...problemFor('service-unavailable', unavailable), instance: request.url });
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendProblem(reply, {
      type: 'about:blank',
      title: 'Internal server error',
      status: 500,
      detail: 'Something went wrong on our side. Nothing was changed. Please try again.',
      instance: request.url,
    });
  });
}
