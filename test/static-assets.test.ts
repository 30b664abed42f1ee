import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerProblemHandlers } from '../src/http/problem.ts';
import { IMMUTABLE, REVALIDATE, serveWebApp, WEB_DIST } from '../src/http/static-assets.ts';

/**
 * The web app's files: precompressed copies sent to browsers that accept them, hashed assets
 * cached for a year, index.html never. First on a small build of our own, then on the real one
 * (web/dist, which the test set-up builds).
 */
let root: string;
let app: FastifyInstance;
const SCRIPT = `export const hello = ${JSON.stringify('hallo '.repeat(500))};\n`;
const HTML =
  '<!doctype html><html lang="nl"><head><script type="module" src="/assets/app-Abc123.js"></script></head><body>' +
  '<div id="root"></div>'.repeat(50) +
  '</body></html>';

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'stadspas-dist-'));
  fs.mkdirSync(path.join(root, 'assets'));
  const write = (file: string, content: string, compressed: boolean) => {
    fs.writeFileSync(path.join(root, file), content);
    if (!compressed) return;
    fs.writeFileSync(path.join(root, `${file}.br`), zlib.brotliCompressSync(content));
    fs.writeFileSync(path.join(root, `${file}.gz`), zlib.gzipSync(content));
  };
  write('index.html', HTML, true);
  write('assets/app-Abc123.js', SCRIPT, true);
  write('favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>', false);
  app = Fastify();
  registerProblemHandlers(app);
  await serveWebApp(app, root);
  await app.ready();
});
afterAll(async () => {
  await app.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  app.inject({ url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

const decode = (body: Buffer, encoding: string | undefined) =>
  (encoding === 'br' ? zlib.brotliDecompressSync(body) : encoding === 'gzip' ? zlib.gunzipSync(body) : body).toString();

describe('static files', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0.5, gzip;q=1', 'gzip'],
    [undefined, undefined],
    ['identity', undefined],
  ])('with Accept-Encoding %s, sends the %s copy of a script, with its own type', async (accept, encoding) => {
    const response = await get('/assets/app-Abc123.js', accept);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe(encoding);
    expect(response.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(String(response.headers.vary)).toMatch(/accept-encoding/i);
    expect(decode(response.rawPayload, encoding)).toBe(SCRIPT);
    if (encoding) expect(response.rawPayload.length).toBeLessThan(SCRIPT.length / 5);
  });

  it('caches hashed assets for a year as immutable', async () => {
    for (const accept of ['br', 'gzip', undefined])
      expect((await get('/assets/app-Abc123.js', accept)).headers['cache-control']).toBe(IMMUTABLE);
  });

  it('makes the browser ask again for index.html, at / and as the answer to any page of the app', async () => {
    for (const url of ['/', '/index.html', '/kassa', '/mijn-pas?x=1']) {
      const response = await get(url, 'br, gzip');
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe(REVALIDATE);
      expect(response.headers['content-type'], url).toMatch(/^text\/html/);
      expect(decode(response.rawPayload, response.headers['content-encoding'] as string), url).toBe(HTML);
    }
    expect((await get('/kassa', 'br')).headers['content-encoding']).toBe('br');
  });

  it('sends a file without a compressed copy as it is, not cached as immutable', async () => {
    const response = await get('/favicon.svg', 'br, gzip');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['cache-control']).toBe(REVALIDATE);
  });

  it('answers a missing asset with 404, not with index.html', async () => {
    const response = await get('/assets/app-Old999.js', 'br');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('does not serve the compressed copies as files of their own', async () => {
    expect((await get('/assets/app-Abc123.js.br')).statusCode).toBe(404);
  });
});

describe('the real build (web/dist)', () => {
  it('has a brotli and a gzip copy of every script and style sheet, each smaller, and serves them as immutable', async () => {
    const assets = fs.readdirSync(path.join(WEB_DIST, 'assets')).filter((f) => /\.(js|css)$/.test(f));
    expect(assets.length).toBeGreaterThan(5);
    const real = Fastify();
    await serveWebApp(real);
    try {
      for (const file of assets) {
        const size = fs.statSync(path.join(WEB_DIST, 'assets', file)).size;
        if (size < 512) continue;
        for (const [extension, encoding] of [
          ['br', 'br'],
          ['gz', 'gzip'],
        ] as const) {
          expect(fs.statSync(path.join(WEB_DIST, 'assets', `${file}.${extension}`)).size, file).toBeLessThan(size);
          const response = await real.inject({ url: `/assets/${file}`, headers: { 'accept-encoding': encoding } });
          expect(response.headers['content-encoding'], file).toBe(encoding);
          expect(response.headers['cache-control'], file).toBe(IMMUTABLE);
        }
      }
      const page = await real.inject({ url: '/', headers: { 'accept-encoding': 'br' } });
      expect(page.headers['content-encoding']).toBe('br');
      expect(page.headers['cache-control']).toBe(REVALIDATE);
    } finally {
      await real.close();
    }
  });
});
