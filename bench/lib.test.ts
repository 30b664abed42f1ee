import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeClients, openTillConnection, parseResponse, slowWindows } from './lib.ts';

describe("parseResponse (the benchmark tills' HTTP reader)", () => {
  const response = (body: string, extra = '') =>
    Buffer.from(
      `HTTP/1.1 201 Created\r\ncontent-type: application/json\r\n${extra}content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );

  it('waits until the whole body is there, whatever the chunk it stops in', () => {
    const whole = response('{"ok":"één"}');
    for (let cut = 0; cut < whole.length; cut++) expect(parseResponse(whole.subarray(0, cut))).toBeUndefined();
    const parsed = parseResponse(whole);
    expect(parsed).toMatchObject({ status: 201, length: whole.length });
    expect(JSON.parse((parsed as { body: Buffer }).body.toString('utf8'))).toEqual({ ok: 'één' });
  });

  it('leaves what follows the response for the next one', () => {
    const first = response('{}');
    const parsed = parseResponse(Buffer.concat([first, Buffer.from('HTTP/1.1 2')]));
    expect(parsed).toMatchObject({ length: first.length });
  });

  it('refuses a response it cannot read instead of waiting for ever', () => {
    expect(
      parseResponse(Buffer.from('HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n')),
    ).toEqual({ error: expect.stringContaining('Content-Length') });
    expect(parseResponse(Buffer.from('SSH-2.0-OpenSSH\r\n\r\n'))).toEqual({
      error: expect.stringContaining('not an HTTP/1.1 response'),
    });
  });
});

describe('TillConnection', () => {
  let server: http.Server;
  let port: number;
  const seen: { method: string; url: string; headers: http.IncomingHttpHeaders; body: string }[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
        if (req.url === '/empty') {
          res.writeHead(204);
          res.end();
          return;
        }
        const answer = JSON.stringify({ echo: body ? JSON.parse(body) : null, n: seen.length });
        res.writeHead(req.method === 'POST' ? 201 : 200, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(answer),
        });
        res.end(answer);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await closeClients();
    await new Promise((resolve) => server.close(resolve));
  });

  it('sends requests one after another on one kept-alive connection and reads each answer', async () => {
    const connection = await openTillConnection(port);
    const get = await connection.request('GET', '/till?x=1', { authorization: 'Bearer abc' });
    const post = await connection.request(
      'POST',
      '/redemptions',
      { 'idempotency-key': 'k1' },
      { offerId: 'ö-1', n: 2 },
    );
    const empty = await connection.request('GET', '/empty', {});
    expect(get).toMatchObject({ status: 200, json: { echo: null, n: 1 } });
    expect(post).toMatchObject({ status: 201, json: { echo: { offerId: 'ö-1', n: 2 }, n: 2 } });
    expect(empty).toMatchObject({ status: 204, json: null });
    expect(get.ms).toBeGreaterThanOrEqual(0);
    expect(seen.map((r) => [r.method, r.url, r.headers.authorization ?? r.headers['idempotency-key'] ?? null])).toEqual(
      [
        ['GET', '/till?x=1', 'Bearer abc'],
        ['POST', '/redemptions', 'k1'],
        ['GET', '/empty', null],
      ],
    );
    expect(seen[1]!.headers['content-type']).toBe('application/json');
    expect(new Set(seen.map((r) => r.headers.host))).toEqual(new Set(['127.0.0.1']));
  });

  it('refuses a second request while the first is out, and fails the request when the server goes away', async () => {
    const connection = await openTillConnection(port);
    const first = connection.request('GET', '/till', {});
    await expect(connection.request('GET', '/till', {})).rejects.toThrow('one request at a time');
    await first;
    server.closeAllConnections();
    await expect(connection.request('GET', '/till', {})).rejects.toThrow();
  });
});

describe('slowWindows', () => {
  it('counts the calls over the threshold per window, busiest windows first', () => {
    const calls = [
      [1_000, 10],
      [1_100, 60],
      [1_200, 70], // window 1,000: two slow
      [1_300, 55], // window 1,250: one slow
      [2_000, 50], // exactly the threshold: not slow
      [2_600, 90],
      [2_700, 80],
      [2_740, 51], // window 2,500: three slow
    ];
    const endedAt = calls.map(([at]) => at!);
    const ms = calls.map(([, took]) => took!);
    expect(slowWindows(endedAt, ms, 50, 250)).toEqual({
      slow: 6,
      windows: [
        { start: 2_500, count: 3 },
        { start: 1_000, count: 2 },
        { start: 1_250, count: 1 },
      ],
    });
    expect(slowWindows(endedAt, ms, 50, 250, 1).windows).toEqual([{ start: 2_500, count: 3 }]);
    expect(slowWindows(endedAt, ms, 100, 250)).toEqual({ slow: 0, windows: [] });
  });
});
