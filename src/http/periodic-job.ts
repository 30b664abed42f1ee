import { startPeriodicJob } from '../shared/periodic-job.ts';
import type { App } from './app-types.ts';

/**
 * Wires a periodic job into a server: it starts when the app is ready and stops when it closes.
 * Not in tests (NODE_ENV=test): tests call the job's work themselves.
 */
export function installPeriodicJob(app: App, name: string, run: () => Promise<object | undefined>, intervalMs: number) {
  if (app.deps.config.environment === 'test') return;
  let stop: (() => Promise<void>) | null = null;
  app.addHook('onReady', async () => {
    stop = startPeriodicJob(name, run, { intervalMs, log: app.log });
  });
  app.addHook('onClose', async () => {
    await stop?.();
  });
}
