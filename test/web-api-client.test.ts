/**
 * The web app's typed API client, in plain Node with a stand-in fetch: the headers every call
 * sends, problem+json turned into ApiError, network trouble and aborts.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import i18next from 'i18next';
import type * as Client from '../web/src/lib/api/client.ts';

let ApiError: typeof Client.ApiError;
let api: typeof Client.api;
let ok: typeof Client.ok;

const requests: Request[] = [];
let respond: () => Response | Promise<Response> = () => new Response(null, { status: 500 });

/** What the stand-in server answers next. */
function answer(response: () => Response | Promise<Response>) {
  respond = response;
}

beforeAll(async () => {
  await i18next.init({ lng: 'nl', resources: {} });
  // A browser resolves /api/v1 against the page; Node's Request needs the page's origin said.
  const NodeRequest = globalThis.Request;
  class PageRequest extends NodeRequest {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(typeof input === 'string' ? new URL(input, 'http://localhost:3000') : input, init);
    }
  }
  vi.stubGlobal('Request', PageRequest);
  // The client keeps the fetch it was made with: a stand-in that answers what the test says.
  vi.stubGlobal('fetch', async (request: Request) => {
    requests.push(request);
    return respond();
  });
  ({ ApiError, api, ok } = await import('../web/src/lib/api/client.ts'));
});
afterAll(() => {
  vi.unstubAllGlobals();
});
afterEach(() => {
  requests.length = 0;
});

describe('the web API client', () => {
  it('asks same-origin under /api/v1, in the chosen language, for JSON or problem+json; empty filters left out', async () => {
    answer(() => Response.json({ items: [], page: { page: 1, pageSize: 12, totalItems: 0, totalPages: 0 } }));
    const offers = await ok(api.GET('/offers', { params: { query: { q: '', wijk: 'WK047912', page: 2 } } }));
    expect(offers.items).toEqual([]);
    const [request] = requests;
    const url = new URL(request!.url);
    expect(url.pathname).toBe('/api/v1/offers');
    expect([...url.searchParams]).toEqual([
      ['wijk', 'WK047912'],
      ['page', '2'],
    ]);
    expect(request!.headers.get('accept')).toBe('application/json, application/problem+json');
    expect(request!.headers.get('accept-language')).toBe('nl');
    expect(request!.credentials).toBe('same-origin');

    await i18next.changeLanguage('en');
    answer(() => Response.json({ items: [] }));
    await ok(api.GET('/routes'));
    expect(requests.at(-1)!.headers.get('accept-language')).toBe('en');
    await i18next.changeLanguage('nl');
  });

  it('turns a problem+json answer into ApiError with its code, fields and language', async () => {
    answer(
      () =>
        new Response(
          JSON.stringify({
            type: 'https://stadspas.nl/problems/credit-insufficient',
            title: 'Not enough credit',
            status: 409,
            detail: 'The pass has 500 cents to spend here.',
            invalidParams: [{ name: 'body.creditCents', code: 'too-much', reason: 'more than the pass holds' }],
          }),
          { status: 409, headers: { 'Content-Type': 'application/problem+json', 'Content-Language': 'en' } },
        ),
    );
    const error = await ok(
      api.POST('/redemptions', { body: { passIdentifier: '0479000000014', offerId: 'x', creditCents: 900 } }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 409,
      code: 'credit-insufficient',
      title: 'Not enough credit',
      language: 'en',
      retryable: false,
    });
    expect((error as Client.ApiError).invalidParams).toHaveLength(1);
  });

  it('a refusal without a body still becomes ApiError, by its status', async () => {
    answer(() => new Response(null, { status: 404 }));
    const error = await ok(api.GET('/me/pass')).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404, code: 'http-404', language: null });
  });

  it('network trouble is ApiError 0, worth trying again; an abort stays an abort', async () => {
    answer(() => Promise.reject(new TypeError('fetch failed')));
    const error = await ok(api.GET('/routes')).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, code: 'network', retryable: true });

    answer(() => Promise.reject(new DOMException('The operation was aborted.', 'AbortError')));
    const aborted = await ok(api.GET('/routes')).catch((e: unknown) => e);
    expect(aborted).toBeInstanceOf(DOMException);
    expect((aborted as DOMException).name).toBe('AbortError');
  });
});
