export interface JobLogger {
  info(object: object, message: string): void;
  error(object: object, message: string): void;
}

/**
 * Runs `run` now and then every `intervalMs`, in this process, until the returned function is
 * called (it resolves when a run under way has finished). A run never overlaps the one before.
 * The timer is unref'd: it never keeps the process alive. A failed run is logged and tried again
 * at the next one. Jobs must be safe to run in several processes at once.
 */
export function startPeriodicJob(
  name: string,
  run: () => Promise<object | undefined>,
  options: { intervalMs: number; log: JobLogger },
): () => Promise<void> {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = run()
      .then((result) => {
        if (result) options.log.info(result, name);
      })
      .catch((error: unknown) => options.log.error({ err: error }, `${name} failed; trying again at the next run`))
      .finally(() => {
        running = null;
      });
  };
  tick();
  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  // Stopping waits for a run that is under way, so the database is not closed beneath it.
  return async () => {
    clearInterval(timer);
    await running;
  };
}
