import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerProblemHandlers } from './problem.ts';

const pgError = (code: string, message = 'from PostgreSQL') => Object.assign(new Error(message), { code });

/** A server with one route that throws `error`, answered by the API's problem handler. */
async function answerTo(error: Error) {
  const app = Fastify({ logger: false });
  registerProblemHandlers(app);
  app.get('/fails', async () => {
    throw error;
  });
  const response = await app.inject({ method: 'GET', url: '/fails' });
  await app.close();
  return response;
}

describe('the problem handler for database errors', () => {
  it('answers 503 with Retry-After when the database cannot be reached, and says a keyed redemption can be sent again', async () => {
    const response = await answerTo(pgError('57P01', 'terminating connection due to administrator command'));
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers['retry-after']).toBe('1');
    const body = response.json();
    expect(body).toMatchObject({
      type: 'https://stadspas.nl/problems/service-unavailable',
      status: 503,
      instance: '/fails',
    });
    expect(body.detail).toMatch(/Idempotency-Key/);
    expect(JSON.stringify(body)).not.toMatch(/administrator/); // the server's own words stay in the log
  });

  it('answers 503 "nothing was changed" when PostgreSQL gave up on a deadlock, a conflict or a lock wait', async () => {
    for (const code of ['40001', '40P01', '55P03']) {
      const response = await answerTo(pgError(code));
      expect(response.statusCode).toBe(503);
      expect(response.json().detail).toMatch(/Nothing was changed/);
    }
  });

  it('still answers 500 to an error it does not know', async () => {
    const response = await answerTo(pgError('42P01', 'relation "x" does not exist'));
    expect(response.statusCode).toBe(500);
    expect(response.headers['retry-after']).toBeUndefined();
    expect(response.json().title).toBe('Internal server error');
  });
});
