import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type { Principal } from '../modules/access/principal.ts';
import { DomainError } from '../shared/errors.ts';
import { problemFor, problemLanguage, sendProblem } from './problem.ts';

/**
 * Rate limits against guessing: passwords, login-link e-mails, and pass numbers at the till.
 * Each limit counts per key in a fixed window that starts at the key's first count; over the
 * limit, the key gets 429 `too-many-requests` with `Retry-After` until its window ends.
 *
 * The counts live in this process's memory: a restart forgets them, and with
 * STADSPAS_WORKERS=n each worker counts on its own (an attacker gets at most n times the limit).
 * Every check and count is a Map lookup; the till's limit counts failures only (unknown passes),
 * so a till that serves real passes never waits and is never slowed.
 *
 * The numbers are documented in README.md ("Security").
 */
export const RATE_LIMITS = {
  /** Failed password logins per account (municipality and e-mail address). */
  loginPerAccount: { limit: 10, windowSeconds: 15 * 60 },
  /** Failed logins (password or login link) per client address. */
  loginPerAddress: { limit: 50, windowSeconds: 15 * 60 },
  /** Login-link e-mails per e-mail address, whether or not it belongs to a holder. */
  loginLinksPerEmail: { limit: 5, windowSeconds: 60 * 60 },
  /** Login-link requests per client address. */
  loginLinksPerAddress: { limit: 30, windowSeconds: 15 * 60 },
  /** Till lookups and redemptions of a pass that does not exist, per till system or staff member. */
  unknownPassesPerCaller: { limit: 20, windowSeconds: 10 * 60 },
  /** The same, per provider: all its tills and API tokens together. */
  unknownPassesPerProvider: { limit: 100, windowSeconds: 10 * 60 },
  /** Membership checks (yes or no) per staff member or till system, every check counted. */
  membershipChecksPerCaller: { limit: 60, windowSeconds: 10 * 60 },
  /** The same, per partner: all its staff and API tokens together. */
  membershipChecksPerProvider: { limit: 300, windowSeconds: 10 * 60 },
  /** Partner sign-ups (each makes an account) per client address. */
  partnerSignUpsPerAddress: { limit: 10, windowSeconds: 60 * 60 },
  /** Activations of appreciation codes (guessable) per client address. */
  appreciationCodesPerAddress: { limit: 20, windowSeconds: 60 * 60 },
  /** E-mails of the eligibility check's result, per e-mail address (schemes module). */
  checkEmailsPerEmail: { limit: 3, windowSeconds: 60 * 60 },
  /** The same, per client address. */
  checkEmailsPerAddress: { limit: 20, windowSeconds: 60 * 60 },
  /** Problem reports about schemes (knelpunten), per client address. */
  schemeReportsPerAddress: { limit: 20, windowSeconds: 60 * 60 },
  /** Help requests of residents (each goes to a moderator), per client address. */
  helpRequestsPerAddress: { limit: 10, windowSeconds: 60 * 60 },
  /** Newsletter subscriptions (each may send a confirmation e-mail) per client address. */
  newsletterSubscriptionsPerAddress: { limit: 20, windowSeconds: 60 * 60 },
  /** Confirm and unsubscribe tokens tried per client address. */
  newsletterTokensPerAddress: { limit: 60, windowSeconds: 15 * 60 },
} as const;

export type RateLimitName = keyof typeof RATE_LIMITS;

/**
 * Counts per key in a fixed window from the key's first count. Memory is bounded: beyond
 * `maxKeys` keys, expired windows are dropped, and if that is not enough the oldest tenth.
 */
export class FixedWindowLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private readonly windowMs: number;

  constructor(
    readonly limit: number,
    windowSeconds: number,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 100_000,
  ) {
    this.windowMs = windowSeconds * 1000;
  }

  /** Seconds until `key` may go on (0: now), without counting. */
  retryAfter(key: string): number {
    const window = this.windows.get(key);
    if (window === undefined || window.count < this.limit) return 0;
    const left = window.resetAt - this.now();
    if (left <= 0) {
      this.windows.delete(key);
      return 0;
    }
    return Math.ceil(left / 1000);
  }

  /** Counts one for `key`. */
  hit(key: string): void {
    const now = this.now();
    const window = this.windows.get(key);
    if (window !== undefined && window.resetAt > now) {
      window.count++;
      return;
    }
    if (window === undefined && this.windows.size >= this.maxKeys) this.prune(now);
    else if (window !== undefined) this.windows.delete(key);
    this.windows.set(key, { count: 1, resetAt: now + this.windowMs });
  }

  /** Takes one count back (an attempt that turned out fine). */
  release(key: string): void {
    const window = this.windows.get(key);
    if (window === undefined) return;
    if (window.count <= 1) this.windows.delete(key);
    else window.count--;
  }

  get size() {
    return this.windows.size;
  }

  private prune(now: number) {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
    if (this.windows.size < this.maxKeys) return;
    let drop = Math.ceil(this.maxKeys / 10);
    for (const key of this.windows.keys()) {
      this.windows.delete(key);
      if (--drop === 0) break;
    }
  }
}

export type Limiters = Record<RateLimitName, FixedWindowLimiter>;

export function createLimiters(now: () => number = Date.now): Limiters {
  const entries = Object.entries(RATE_LIMITS).map(([name, { limit, windowSeconds }]) => [
    name,
    new FixedWindowLimiter(limit, windowSeconds, now),
  ]);
  return Object.fromEntries(entries) as Limiters;
}

function tooMany(request: FastifyRequest, reply: FastifyReply, seconds: number, detail: string) {
  reply.header('Retry-After', String(seconds));
  return sendProblem(reply, {
    ...problemFor(
      'too-many-requests',
      `${detail} Try again in ${describeWait(seconds)}.`,
      undefined,
      problemLanguage(request.headers['accept-language']),
    ),
    instance: request.url,
  });
}

const describeWait = (seconds: number) => (seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`);

const lowerEmail = (email: unknown) => (typeof email === 'string' ? email.trim().toLowerCase() : '');

/** What a login request reserved, so its answer can give it back when it succeeded. */
const loginReservations = new WeakMap<FastifyRequest, { account?: string; address: string }>();

/** The per-route parts: which routes are limited, and how. */
interface Rule {
  method: string;
  url: string;
  hooks(limiters: Limiters): Pick<RouteOptions, 'preHandler' | 'onResponse' | 'onError'>;
}

/** Login-link e-mails: limited per e-mail address and per client address. */
const loginLinkHooks: Rule['hooks'] = (limiters) => ({
  preHandler: (request, reply, done) => {
    const email = `${request.principal.tenantId}:${lowerEmail((request.body as { email?: unknown }).email)}`;
    const address = request.ip;
    const wait = Math.max(
      limiters.loginLinksPerEmail.retryAfter(email),
      limiters.loginLinksPerAddress.retryAfter(address),
    );
    if (wait > 0) {
      void tooMany(request, reply, wait, 'Too many login links were asked for.');
      return;
    }
    limiters.loginLinksPerEmail.hit(email);
    limiters.loginLinksPerAddress.hit(address);
    done();
  },
});

const RULES: Rule[] = [
  {
    // Staff log in with a password; residents with the token of their e-mail link.
    method: 'POST',
    url: '/api/v1/sessions',
    hooks: (limiters) => ({
      preHandler: (request, reply, done) => {
        const body = request.body as { email?: unknown; password?: unknown };
        const account =
          typeof body.password === 'string' && typeof body.email === 'string'
            ? `${request.principal.tenantId}:${lowerEmail(body.email)}`
            : undefined;
        const address = request.ip;
        const wait = Math.max(
          account === undefined ? 0 : limiters.loginPerAccount.retryAfter(account),
          limiters.loginPerAddress.retryAfter(address),
        );
        if (wait > 0) {
          void tooMany(request, reply, wait, 'Too many failed logins.');
          return;
        }
        // Counted before the password is checked, so parallel guesses cannot slip past the
        // limit; given back when the login succeeds.
        if (account !== undefined) limiters.loginPerAccount.hit(account);
        limiters.loginPerAddress.hit(address);
        loginReservations.set(request, account === undefined ? { address } : { account, address });
        done();
      },
      onResponse: (request, reply, done) => {
        const reserved = loginReservations.get(request);
        // 400 (a used or expired login link) and 401 (wrong e-mail or password) are failures.
        if (reserved && reply.statusCode !== 400 && reply.statusCode !== 401) {
          if (reserved.account !== undefined) limiters.loginPerAccount.release(reserved.account);
          limiters.loginPerAddress.release(reserved.address);
        }
        done();
      },
    }),
  },
  { method: 'POST', url: '/api/v1/login-links', hooks: loginLinkHooks },
  // Asking to apply for the free pass sends a login link too: the same limits, counted together.
  { method: 'POST', url: '/api/v1/applicant-accounts', hooks: loginLinkHooks },
  {
    // The eligibility check's result by e-mail: anyone may ask, so it must not become a mail cannon.
    method: 'POST',
    url: '/api/v1/scheme-check-emails',
    hooks: (limiters) => ({
      preHandler: (request, reply, done) => {
        const email = `${request.principal.tenantId}:${lowerEmail((request.body as { email?: unknown }).email)}`;
        const wait = Math.max(
          limiters.checkEmailsPerEmail.retryAfter(email),
          limiters.checkEmailsPerAddress.retryAfter(request.ip),
        );
        if (wait > 0) {
          void tooMany(request, reply, wait, 'Too many e-mails were asked for.');
          return;
        }
        limiters.checkEmailsPerEmail.hit(email);
        limiters.checkEmailsPerAddress.hit(request.ip);
        done();
      },
    }),
  },
  {
    method: 'POST',
    url: '/api/v1/schemes/:slug/reports',
    hooks: (limiters) => ({
      preHandler: (request, reply, done) => {
        const wait = limiters.schemeReportsPerAddress.retryAfter(request.ip);
        if (wait > 0) {
          void tooMany(request, reply, wait, 'Too many reports were sent.');
          return;
        }
        limiters.schemeReportsPerAddress.hit(request.ip);
        done();
      },
    }),
  },
  { method: 'GET', url: '/api/v1/till/passes/:passIdentifier/offers', hooks: tillHooks },
  { method: 'POST', url: '/api/v1/redemptions', hooks: tillHooks },
  { method: 'POST', url: '/api/v1/partners', hooks: perAddress('partnerSignUpsPerAddress', 'Too many sign-ups.') },
  {
    method: 'POST',
    url: '/api/v1/help-requests',
    hooks: perAddress('helpRequestsPerAddress', 'Too many help requests were sent.'),
  },
  {
    method: 'POST',
    url: '/api/v1/appreciation-codes/activation',
    hooks: perAddress('appreciationCodesPerAddress', 'Too many codes were tried.'),
  },
  { method: 'POST', url: '/api/v1/membership-checks', hooks: membershipHooks },
  {
    method: 'POST',
    url: '/api/v1/newsletter-subscriptions',
    hooks: perAddress('newsletterSubscriptionsPerAddress', 'Too many subscriptions.'),
  },
  {
    method: 'POST',
    url: '/api/v1/newsletter-confirmations',
    hooks: perAddress('newsletterTokensPerAddress', 'Too many links were tried.'),
  },
  {
    method: 'POST',
    url: '/api/v1/newsletter-unsubscriptions',
    hooks: perAddress('newsletterTokensPerAddress', 'Too many links were tried.'),
  },
];

/**
 * Against walking through pass numbers with the yes-or-no check: every check counts, valid or
 * not (a "no" must not cost more than a "yes", or the limit itself would tell them apart).
 */
function membershipHooks(limiters: Limiters): Pick<RouteOptions, 'preHandler'> {
  const perCaller = limiters.membershipChecksPerCaller;
  const perProvider = limiters.membershipChecksPerProvider;
  return {
    preHandler: (request, reply, done) => {
      const who = tillCaller(request.principal);
      if (who !== undefined) {
        const wait = Math.max(perCaller.retryAfter(who.caller), perProvider.retryAfter(who.provider));
        if (wait > 0) {
          void tooMany(request, reply, wait, 'Too many membership checks.');
          return;
        }
        perCaller.hit(who.caller);
        perProvider.hit(who.provider);
      }
      done();
    },
  };
}

/** Counts every request per client address. */
function perAddress(name: RateLimitName, detail: string): Rule['hooks'] {
  return (limiters) => ({
    preHandler: (request, reply, done) => {
      const wait = limiters[name].retryAfter(request.ip);
      if (wait > 0) {
        void tooMany(request, reply, wait, detail);
        return;
      }
      limiters[name].hit(request.ip);
      done();
    },
  });
}

/** The till system's token or the staff member; undefined for callers the till refuses anyway. */
function tillCaller(principal: Principal): { caller: string; provider: string } | undefined {
  if (principal.kind === 'till_system') return { caller: principal.tokenId, provider: principal.providerId };
  if (principal.kind === 'staff' && principal.providerId !== null)
    return { caller: principal.userId, provider: principal.providerId };
  return undefined;
}

/**
 * Against enumerating pass numbers: a caller (and its provider) that asked for too many passes
 * that do not exist waits. Only failures count (in onError, which a successful request never
 * reaches); the check on every request is two Map lookups.
 */
function tillHooks(limiters: Limiters): Pick<RouteOptions, 'preHandler' | 'onError'> {
  const perCaller = limiters.unknownPassesPerCaller;
  const perProvider = limiters.unknownPassesPerProvider;
  return {
    preHandler: (request, reply, done) => {
      const who = tillCaller(request.principal);
      if (who !== undefined) {
        const wait = Math.max(perCaller.retryAfter(who.caller), perProvider.retryAfter(who.provider));
        if (wait > 0) {
          void tooMany(request, reply, wait, 'Too many lookups of pass numbers that do not exist.');
          return;
        }
      }
      done();
    },
    onError: (request, _reply, error: FastifyError, done) => {
      if (error instanceof DomainError && error.code === 'pass-not-found') {
        const who = tillCaller(request.principal);
        if (who !== undefined) {
          perCaller.hit(who.caller);
          perProvider.hit(who.provider);
        }
      }
      done();
    },
  };
}

const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/**
 * Adds the limits to their routes (call before the routes are registered) and documents the 429
 * in the OpenAPI document. Refuses to start when a limited route is missing, so that a renamed
 * route cannot silently lose its limit.
 */
export function installRateLimits(app: FastifyInstance, limiters: Limiters = createLimiters()) {
  const attached = new Set<Rule>();
  app.addHook('onRoute', (route) => {
    const methods = asArray(route.method);
    const rule = RULES.find((r) => r.url === route.url && methods.includes(r.method));
    if (!rule) return;
    attached.add(rule);
    const hooks = rule.hooks(limiters);
    if (hooks.preHandler) route.preHandler = [...asArray(route.preHandler), ...asArray(hooks.preHandler)];
    if (hooks.onResponse) route.onResponse = [...asArray(route.onResponse), ...asArray(hooks.onResponse)];
    if (hooks.onError) route.onError = [...asArray(route.onError), ...asArray(hooks.onError)];
    const schema = route.schema as { response?: Record<string, unknown> } | undefined;
    if (schema?.response) {
      route.schema = {
        ...schema,
        response: {
          ...schema.response,
          429: {
            $ref: 'Problem',
            description: 'Too many attempts: wait Retry-After seconds (see README, Security)',
            headers: { 'Retry-After': { type: 'integer', minimum: 1, description: 'Seconds to wait' } },
          },
        },
      };
    }
  });
  app.addHook('onReady', (done) => {
    const missing = RULES.filter((rule) => !attached.has(rule)).map((r) => `${r.method} ${r.url}`);
    done(missing.length > 0 ? new Error(`Rate-limited routes not found: ${missing.join(', ')}`) : undefined);
  });
}
