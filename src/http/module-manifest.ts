import type { FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Policy } from '../modules/access/policy.ts';
import type { MailBounceListener } from '../modules/notifications/bounce-report.ts';
import type { Random } from '../shared/random.ts';
import type { ProblemCatalogue } from '../shared/errors.ts';
import type { App, AppDeps } from './app-types.ts';
import type { JobQueue } from '../shared/jobs.ts';

/** Work a module does in the background: at start-up, then every `intervalMs` (not in tests). */
export interface PeriodicJob {
  /** Logged with every run that did something, and with failures. */
  name: string;
  intervalMs: number;
  /** Must be safe in several processes at once. Returns what to log, or undefined when nothing happened. */
  run: (deps: AppDeps, now: Date) => Promise<object | undefined>;
}

/** What a module's part of the demo seed gets: the seed's transaction, its municipality and anchor date. */
export interface DemoContext {
  tx: Transaction<DB>;
  tenantId: string;
  /** 'YYYY-MM-DD': every demo date is relative to it, so the same anchor gives the same demo. */
  anchorDate: string;
  /** A deterministic random generator of its own for each `salt`. */
  random: (salt: string) => Random;
}

/**
 * What a module brings to the app. `src/modules.ts` lists every module's manifest; the app, the
 * problem handler, the policy layer and the periodic jobs assemble themselves from that list, so
 * a new capability touches its own folder and one line there (docs/decisions/0007).
 */
export interface ModuleManifest {
  /** The folder name under src/modules. */
  name: string;
  /**
   * The tables this module owns: only its code writes them (the `stadspas/own-tables-only` lint
   * rule reads this list, a test compares it with the database). Others ask its services.
   */
  tables: readonly string[];
  /** Its routes under /api/v1. */
  routes?: (app: App) => Promise<void>;
  /** Its problem codes with their status and Dutch and English titles. */
  problems?: ProblemCatalogue;
  /** Its actions and who may do them. */
  policy?: Policy;
  jobs?: readonly PeriodicJob[];
  /** Its queues of background jobs that survive a restart (pg-boss; src/shared/jobs.ts, decision 0024). */
  queues?: (deps: AppDeps) => readonly JobQueue[];
  /**
   * Its part of the Zaanstad demo, in the seed's transaction after the core demo (people,
   * providers, offers, redemptions, money) and the modules listed before it. Writes only its own tables.
   */
  demo?: (context: DemoContext) => Promise<void>;
  /**
   * Modules whose demo runs before this one's although they are listed later (the list's order
   * is also the API's order, so it is not changed for the demo).
   */
  demoAfter?: readonly string[];
  /**
   * Tags for the <head> of one of its web pages, written into index.html by the server (for
   * crawlers that run no script, e.g. Open Graph for sharing), or undefined when the path is not
   * one of its pages.
   */
  pageHead?: (deps: AppDeps, request: FastifyRequest, path: string) => Promise<string | undefined>;
  /**
   * What it does when an e-mail bounced (decision 0050), in the transaction that records the
   * bounce: the newsletters stop writing to an address that bounced hard.
   */
  mailBounced?: MailBounceListener;
}

export const defineModule = (manifest: ModuleManifest): ModuleManifest => manifest;
