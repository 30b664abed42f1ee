import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { InvalidParam } from '../shared/errors.ts';
import { problemFor, problemLanguage, sendProblem } from './problem.ts';
import { setSecurityHeaders } from './security-headers.ts';

/**
 * Guards every request's input before a route sees it, so that bad input ends in a 4xx
 * problem+json naming the field, never in an error from PostgreSQL or the router:
 *
 * - No NUL character (U+0000) in any string: PostgreSQL cannot store it in text or jsonb. Checked
 *   in one place for path parameters, query parameters, headers and the body (JSON at any depth,
 *   or a text body), right after validation; the answer is 400 invalid-input naming each field.
 *   In the same pass: no infinite number (see unsafeFields).
 * - Every number in a request schema is bounded: an integer without its own `minimum` or
 *   `maximum` gets PostgreSQL's integer range, a number ±1e15. A huge value is refused by
 *   validation (400 naming the field) instead of overflowing a column or an OFFSET.
 * - Errors of the router itself (bad percent-encoding, an over-long path segment) and of the body
 *   parsers (invalid JSON, wrong content type, too large) are problem+json too.
 */

/** PostgreSQL's `integer`: the default bounds of an integer in a request. */
export const INTEGER_MIN = -2_147_483_648;
export const INTEGER_MAX = 2_147_483_647;
/** The default bounds of a (non-integer) number in a request. */
export const NUMBER_LIMIT = 1e15;
/** The longest path segment the router accepts; longer ones get 400 (schemas say less, per parameter). */
export const MAX_PARAM_LENGTH = 500;
/** At most this many fields are listed in one answer about NUL characters. */
const MAX_REPORTED = 20;

const NUL_REASON = 'must not contain the NUL character (U+0000)';
const NOT_FINITE_REASON = 'must be a finite number';

/** Installs the guards; call before the routes are registered. */
export function installInputGuards(app: FastifyInstance) {
  app.addHook('onRoute', (route) => {
    const schema = route.schema as Record<string, unknown> | undefined;
    if (!schema) return;
    const bounded = { ...schema };
    let changed = false;
    for (const part of ['body', 'querystring', 'params', 'headers'] as const) {
      if (!schema[part]) continue;
      const next = boundNumbers(schema[part]);
      if (next !== schema[part]) {
        bounded[part] = next;
        changed = true;
      }
    }
    if (changed) route.schema = bounded;
  });

  // After validation (which coerced query strings to numbers), before any handler or rate limit.
  app.addHook('preHandler', (request, reply, done) => {
    const found = unsafeFields(request);
    if (found.length === 0) return done();
    void sendProblem(reply, {
      ...problemFor(
        'invalid-input',
        `${found.length} field(s) are invalid; see invalidParams.`,
        found,
        problemLanguage(request.headers['accept-language']),
      ),
      instance: request.url,
    });
  });
}

/**
 * The fields of a request that hold a NUL character, or a number that is not finite (JSON's
 * `1e400`, or `Infinity` in a query string, which Ajv coerces to a number and then skips the
 * schema's `maximum` for), named as invalidParams names fields.
 */
export function unsafeFields(request: Pick<FastifyRequest, 'params' | 'query' | 'headers' | 'body'>): InvalidParam[] {
  const found: InvalidParam[] = [];
  visit(request.params, 'params', found);
  visit(request.query, 'querystring', found);
  const headers = request.headers;
  for (const name in headers) {
    const value = headers[name];
    if (typeof value === 'string' ? value.includes('\0') : Array.isArray(value) && value.some((v) => v.includes('\0')))
      found.push({ name: `headers.${name}`, code: 'nul-character', reason: NUL_REASON });
  }
  visit(request.body, 'body', found);
  return found;
}

function visit(value: unknown, name: string, found: InvalidParam[]): void {
  if (found.length >= MAX_REPORTED) return;
  if (typeof value === 'string') {
    if (value.includes('\0')) found.push({ name, code: 'nul-character', reason: NUL_REASON });
    return;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) found.push({ name, code: 'not-finite', reason: NOT_FINITE_REASON });
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) visit(value[i], `${name}.${i}`, found);
    return;
  }
  if (Buffer.isBuffer(value)) {
    if (value.includes(0)) found.push({ name, code: 'nul-character', reason: NUL_REASON });
    return;
  }
  for (const key in value as Record<string, unknown>) {
    if (key.includes('\0')) {
      found.push({ name: `${name}.${key}`, code: 'nul-character', reason: 'the field name ' + NUL_REASON });
      continue;
    }
    visit((value as Record<string, unknown>)[key], `${name}.${key}`, found);
  }
}

type JsonSchema = Record<string | symbol, unknown>;

/**
 * The schema with default bounds on every integer and number that lacks them; the same object
 * when nothing was missing. Copies what it changes, so schemas shared with responses stay as
 * they are.
 */
export function boundNumbers(schema: unknown): unknown {
  if (Array.isArray(schema)) {
    const items = schema.map(boundNumbers);
    return items.some((item, i) => item !== schema[i]) ? items : schema;
  }
  if (schema === null || typeof schema !== 'object') return schema;
  const original = schema as JsonSchema;
  let copy: JsonSchema | undefined;
  const set = (key: string, value: unknown) => {
    copy ??= { ...original };
    copy[key] = value;
  };
  for (const key of [
    'properties',
    'patternProperties',
    'items',
    'anyOf',
    'oneOf',
    'allOf',
    'not',
    'additionalProperties',
  ]) {
    const child = original[key];
    if (child === undefined || typeof child !== 'object') continue;
    const next =
      key === 'properties' || key === 'patternProperties'
        ? boundEach(child as Record<string, unknown>)
        : boundNumbers(child);
    if (next !== child) set(key, next);
  }
  const types = Array.isArray(original.type) ? (original.type as unknown[]) : [original.type];
  const integer = types.includes('integer');
  if (integer || types.includes('number')) {
    const limit = integer ? INTEGER_MAX : NUMBER_LIMIT;
    if (original.maximum === undefined && original.exclusiveMaximum === undefined) set('maximum', limit);
    if (original.minimum === undefined && original.exclusiveMinimum === undefined)
      set('minimum', integer ? INTEGER_MIN : -limit);
  }
  return copy ?? original;
}

function boundEach(properties: Record<string, unknown>): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(properties)) {
    const next = boundNumbers(value);
    if (next !== value) (copy ??= { ...properties })[key] = next;
  }
  return copy ?? properties;
}

/**
 * Fastify's `frameworkErrors`: what the router cannot even route (bad percent-encoding, a path
 * segment longer than MAX_PARAM_LENGTH) as problem+json, naming the path.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  // No request hook ran for this reply: it gets the security headers here.
  setSecurityHeaders(reply, request.server.deps.config);
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  const reason = tooLong
    ? `has a segment longer than ${MAX_PARAM_LENGTH} characters`
    : 'is not valid percent-encoded UTF-8';
  void sendProblem(reply, {
    ...problemFor(
      'invalid-input',
      `The path of this request cannot be read: it ${reason}.`,
      [{ name: 'path', code: tooLong ? 'too-long' : 'bad-url', reason }],
      problemLanguage(request.headers['accept-language']),
    ),
    instance: request.url,
  });
}
