import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { problemFor, problemLanguage, sendProblem } from './problem.ts';

/** The built React app. */
export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Hashed build output: its name changes with its content, so a browser may keep it for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html above all): the browser asks again each time (a 304 when unchanged). */
export const REVALIDATE = 'no-cache';

const isHashedAsset = (file: string) => file.includes(`${path.sep}assets${path.sep}`);

/**
 * Serves the built React app, with every unknown non-API GET answered by index.html (the app's
 * router takes it from there), and answers unknown API paths with a 404 problem.
 *
 * Compression is done once, at build time (web/precompress.ts writes .br and .gz next to each
 * text file); here @fastify/static sends the copy the browser accepts (brotli before gzip) with
 * `Vary: Accept-Encoding`, or the file itself. Files under /assets/ carry a content hash in
 * their name and are cached for a year as immutable; index.html and the rest are `no-cache`.
 * A missing /assets/ file is a 404, never index.html: a stale page asking for an old chunk must
 * not get HTML as its script.
 */
/** A page's own <head> tags (see ModuleManifest.pageHead), or undefined. */
export type PageHead = (request: FastifyRequest, path: string) => Promise<string | undefined>;

/**
 * index.html with a page's own head: its <title> and description replaced by the page's (when
 * it brings them), the other tags added before </head>.
 */
export function withHead(indexHtml: string, head: string): string {
  let html = indexHtml;
  if (/<title>/i.test(head)) html = html.replace(/<title>[\s\S]*?<\/title>\s*/i, '');
  if (/<meta name="description"/i.test(head)) html = html.replace(/<meta name="description"[^>]*>\s*/i, '');
  return html.replace(/<\/head>/i, `  ${head}\n  </head>`);
}

export async function serveWebApp(app: FastifyInstance, root = WEB_DIST, heads: readonly PageHead[] = []) {
  const hasBuild = fs.existsSync(path.join(root, 'index.html'));
  if (hasBuild) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: ['index.html'],
      preCompressed: true,
      // The .br and .gz copies are sent in place of their file, not as files of their own.
      globIgnore: ['**/*.br', '**/*.gz'],
      cacheControl: false,
      setHeaders: (reply: FastifyReply, file: string) => {
        reply.header('cache-control', isHashedAsset(file) ? IMMUTABLE : REVALIDATE);
      },
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const url = request.url;
    if (hasBuild && request.method === 'GET' && !url.startsWith('/api/') && !url.startsWith('/assets/')) {
      const pagePath = url.split('?')[0]!;
      for (const head of heads) {
        const tags = await head(request, pagePath);
        if (tags === undefined) continue;
        const index = await fs.promises.readFile(path.join(root, 'index.html'), 'utf8');
        return reply.type('text/html; charset=utf-8').header('cache-control', REVALIDATE).send(withHead(index, tags));
      }
      return reply.type('text/html').sendFile('index.html');
    }
    return sendProblem(reply, {
      ...problemFor(
        'not-found',
        `No resource at ${request.method} ${url}.`,
        undefined,
        problemLanguage(request.headers['accept-language']),
      ),
      instance: url,
    });
  });
}
