import { startPeriodicJob } from '../shared/periodic-job.ts';
import type { App } from './app-types.ts';
import type { PeriodicJob } from './module-manifest.ts';

/**
 * Wires a module's periodic job into a server: it starts when the app is ready and stops when it
 * closes. Not in tests (NODE_ENV=test): tests call the job's work themselves.
 */
export function installPeriodicJob(app: App, job: PeriodicJob) {
  if (app.deps.config.environment === 'test') return;
  let stop: (() => Promise<void>) | null = null;
  app.addHook('onReady', async () => {
    stop = startPeriodicJob(job.name, () => job.run(app.deps, new Date()), {
      intervalMs: job.intervalMs,
      log: app.log,
    });
  });
  app.addHook('onClose', async () => {
    await stop?.();
  });
}
