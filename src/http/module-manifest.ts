import type { Policy } from '../modules/access/policy.ts';
import type { ProblemCatalogue } from '../shared/errors.ts';
import type { App, AppDeps } from './app-types.ts';

/** Work a module does in the background: at start-up, then every `intervalMs` (not in tests). */
export interface PeriodicJob {
  /** Logged with every run that did something, and with failures. */
  name: string;
  intervalMs: number;
  /** Must be safe in several processes at once. Returns what to log, or undefined when nothing happened. */
  run: (deps: AppDeps, now: Date) => Promise<object | undefined>;
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
}

export const defineModule = (manifest: ModuleManifest): ModuleManifest => manifest;
