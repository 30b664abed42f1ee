/** Thin fetch wrapper for /api/v1. Errors become ApiError, built from application/problem+json. */

export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

export class ApiError extends Error {
  readonly status: number;
  /** Last segment of the problem type URI, e.g. `limit-reached`; `network` when the server was not reached. */
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly invalidParams: InvalidParam[];

  constructor(input: {
    status: number;
    type?: string;
    title?: string;
    detail?: string;
    invalidParams?: InvalidParam[];
  }) {
    super(input.detail || input.title || `HTTP ${input.status}`);
    this.name = 'ApiError';
    this.status = input.status;
    this.code = problemCode(input.type, input.status);
    this.title = input.title ?? '';
    this.detail = input.detail ?? '';
    this.invalidParams = input.invalidParams ?? [];
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

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export const API_BASE = '/api/v1';

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method: options.method ?? 'GET',
      credentials: 'same-origin',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, title: 'Network error' });
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!response.ok) {
    const problem = (data ?? {}) as { type?: string; title?: string; detail?: string; invalidParams?: InvalidParam[] };
    throw new ApiError({ status: response.status, ...problem });
  }
  return data as T;
}

/** Builds `?a=1&b=2`, leaving out empty values. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

export interface PageMeta {
  page: number;
  pageSize: number;
  totalItems: number;
  totalPages: number;
}

export interface Paged<T> {
  items: T[];
  page: PageMeta;
}
