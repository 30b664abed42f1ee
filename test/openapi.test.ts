import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from './support/test-app.ts';

/** The OpenAPI document promises what src/http/problem.ts does for every call. */
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

type Operation = {
  operationId?: string;
  responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, unknown> }>;
};

describe('the OpenAPI document', () => {
  it('documents on every operation the 503 a database that is gone or too busy gives, with Retry-After, as problem+json', async () => {
    const doc = (await ctx.app.inject({ url: '/api/v1/openapi.json' })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map(([method, op]) => ({ at: `${method} ${path}`, op })),
    );
    expect(operations.length).toBeGreaterThan(20);
    const without = operations
      .filter(({ op }) => {
        const unavailable = op.responses['503'];
        return !unavailable?.headers?.['Retry-After'] || !unavailable.content?.['application/problem+json'];
      })
      .map(({ at }) => at);
    expect(without).toEqual([]);
  });
});
