/**
 * The one typed client for /api/v1, generated from the server's OpenAPI document (schema.d.ts,
 * `npm run gen:api`). Every call goes through `ok()`: it returns the body, or throws ApiError built
 * from application/problem+json, so pages and TanStack Query see one kind of error.
 */
import createClient, { createQuerySerializer } from 'openapi-fetch';
import i18next from 'i18next';
import type { components, operations, paths } from './schema';

export const API_BASE = '/api/v1';
const ACCEPT = 'application/json, application/problem+json';

export type InvalidParam = NonNullable<components['schemas']['Problem']['invalidParams']>[number];

export class ApiError extends Error {
  readonly status: number;
  /** Last segment of the problem type URI, e.g. `limit-reached`; `network` when the server was not reached. */
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly invalidParams: InvalidParam[];
  /** The language the server wrote title and detail in (Content-Language), when it said so. */
  readonly language: string | null;

  constructor(input: {
    status: number;
    type?: string;
    title?: string;
    detail?: string;
    invalidParams?: InvalidParam[];
    language?: string | null;
  }) {
    super(input.detail || input.title || `HTTP ${input.status}`);
    this.name = 'ApiError';
    this.status = input.status;
    this.code = problemCode(input.type, input.status);
    this.title = input.title ?? '';
    this.detail = input.detail ?? '';
    this.invalidParams = input.invalidParams ?? [];
    this.language = input.language ?? null;
  }

  /** Worth trying again with the same request (and the same Idempotency-Key). */
  get retryable(): boolean {
    return this.status === 0 || this.status >= 500 || this.code === 'idempotency-key-in-use';
  }
}

function problemCode(type: string | undefined, status: number): string {
  if (status === 0) return 'network';
  if (!type || type === 'about:blank') return `http-${status}`;
  return type.split('/').pop() || `http-${status}`;
}

/** The error of a response that is not 2xx, from its problem+json body when it has one. */
export function problemError(response: Response, body: unknown): ApiError {
  const problem = body !== null && typeof body === 'object' ? (body as Partial<components['schemas']['Problem']>) : {};
  const language = response.headers.get('Content-Language');
  return new ApiError({
    status: response.status,
    ...(typeof problem.type === 'string' ? { type: problem.type } : {}),
    ...(typeof problem.title === 'string' ? { title: problem.title } : {}),
    ...(typeof problem.detail === 'string' ? { detail: problem.detail } : {}),
    ...(Array.isArray(problem.invalidParams) ? { invalidParams: problem.invalidParams } : {}),
    language: language ? language.split(',')[0]!.trim().slice(0, 2).toLowerCase() : null,
  });
}

export const networkError = () => new ApiError({ status: 0, title: 'Network error' });

/** The headers every call sends: what we accept, and the language the person reads. */
export function apiHeaders(): Record<string, string> {
  return { 'Accept': ACCEPT, 'Accept-Language': i18next.resolvedLanguage ?? i18next.language ?? 'nl' };
}

// Empty filters are left out of the query, as a person would expect ("all wijken").
const serializeQuery = createQuerySerializer();

export const api = createClient<paths>({
  baseUrl: API_BASE,
  credentials: 'same-origin',
  querySerializer: (query) =>
    serializeQuery(Object.fromEntries(Object.entries(query).filter(([, value]) => value !== ''))),
});

api.use({
  onRequest({ request }) {
    for (const [name, value] of Object.entries(apiHeaders())) request.headers.set(name, value);
  },
  onError({ error }) {
    // An aborted request (a page left, a newer query) stays an abort; anything else is the network.
    if (error instanceof DOMException && error.name === 'AbortError') return error;
    return networkError();
  },
});

/** The body of a successful call, or ApiError: `const offers = await ok(api.GET('/offers', ...))`. */
export async function ok<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw problemError(response, error);
  return data as T;
}

/** The JSON body of an operation's success response (by operationId), e.g. `ApiJson<'getOffer'>`. */
export type ApiJson<
  O extends keyof operations,
  S extends keyof operations[O]['responses'] = SuccessStatus<O>,
> = operations[O]['responses'][S] extends { content: { 'application/json': infer T } } ? T : never;

type SuccessStatus<O extends keyof operations> = Extract<keyof operations[O]['responses'], 200 | 201>;

/** The JSON request body of an operation, e.g. `ApiBody<'createPassOrder'>`. */
export type ApiBody<O extends keyof operations> = operations[O] extends {
  requestBody?: { content: { 'application/json': infer T } };
}
  ? T
  : never;

/** One item of a list operation's `items`, e.g. `ApiItem<'listOffers'>`. */
export type ApiItem<O extends keyof operations> = ApiJson<O> extends { items: (infer T)[] } ? T : never;
