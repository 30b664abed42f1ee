import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Config } from '../config.ts';

/**
 * The browser-facing security headers, on every response (pages, assets, API answers, errors).
 *
 * - Content-Security-Policy: scripts, styles, fonts and connections only from this origin, no
 *   inline script or style element, images from here or data: URLs (the QR code is one), no
 *   plug-ins, and no framing by anyone (`frame-ancestors 'none'`, and X-Frame-Options for
 *   browsers that predate it). The built web app (web/dist) runs under it: Vite emits only
 *   external scripts and style sheets, and React sets style attributes through the DOM, which
 *   CSP allows.
 * - X-Content-Type-Options: nosniff, Referrer-Policy: no-referrer (login links carry their
 *   token in the URL), Cross-Origin-Opener-Policy and -Resource-Policy: same-origin, and a
 *   Permissions-Policy that switches off what the app never uses (camera, microphone, location,
 *   payment handlers, USB, interest-based advertising).
 * - Strict-Transport-Security only in production behind https (STADSPAS_PUBLIC_URL starts with
 *   https://): a browser then refuses plain http to this host for a year. Not on a laptop, where
 *   it would break every other site on http://localhost.
 */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy(null);

/**
 * The policy, with the basemap's origin allowed for images and fetches when the maps use one
 * (config.basemapUrl). The map library draws tiles from blob: images it fetched itself.
 */
export function contentSecurityPolicy(basemapUrl: string | null) {
  const basemap = basemapUrl ? ` ${new URL(basemapUrl.replace(/[{}]/g, '')).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: blob:${basemap}`,
    "font-src 'self' data:",
    `connect-src 'self'${basemap}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()';

/** One year, in seconds. */
const HSTS_MAX_AGE = 31_536_000;

export function securityHeaders(
  config: Pick<Config, 'environment' | 'publicUrl'> & Partial<Pick<Config, 'basemapUrl'>>,
): Record<string, string> {
  const headers: Record<string, string> = {
    'content-security-policy': contentSecurityPolicy(config.basemapUrl ?? null),
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'permissions-policy': PERMISSIONS_POLICY,
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
  };
  if (config.environment === 'production' && config.publicUrl.startsWith('https://'))
    headers['strict-transport-security'] = `max-age=${HSTS_MAX_AGE}`;
  return headers;
}

/** Sets the headers on every reply, first thing, so error answers carry them too. */
export function installSecurityHeaders(app: FastifyInstance, config: Config) {
  const headers = securityHeaders(config);
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}

/** For replies made outside the request hooks (Fastify's frameworkErrors). */
export function setSecurityHeaders(reply: FastifyReply, config: Pick<Config, 'environment' | 'publicUrl'>) {
  reply.headers(securityHeaders(config));
}
