import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { App } from './http/app-types.ts';
import type { ModuleManifest } from './http/module-manifest.ts';
import { frameworkErrors, installInputGuards, MAX_PARAM_LENGTH } from './http/input-guards.ts';
import { openApiOptions } from './http/openapi.ts';
import { installRateLimits } from './http/rate-limit.ts';
import { installSecurityHeaders } from './http/security-headers.ts';
import { serveWebApp } from './http/static-assets.ts';
import { ProblemCatalogueIndex, registerProblemHandlers } from './http/problem.ts';
import { Problem } from './http/schemas.ts';
import { installPeriodicJob } from './http/periodic-job.ts';
import { MODULES } from './modules.ts';
import { JobRunner } from './shared/jobs.ts';
import { installAuthentication } from './modules/identity/authentication.ts';

export const API_VERSION = '1.0.0';
export const API_PREFIX = '/api/v1';

export async function buildApp(
  database: Database,
  config: Config,
  modules: readonly ModuleManifest[] = MODULES,
): Promise<App> {
  const app = Fastify({
    logger: { level: config.logLevel },
    ajv: { customOptions: { allErrors: true, coerceTypes: 'array', removeAdditional: false } },
    trustProxy: config.trustProxy,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors,
  }).withTypeProvider<TypeBoxTypeProvider>();

  const policies = modules.flatMap((m) => (m.policy ? [m.policy] : []));
  // Background jobs that survive a restart (pg-boss, decision 0024): every module's queues.
  const jobs = new JobRunner(database, { databaseUrl: config.databaseUrl, log: app.log });
  const mailBounceListeners = modules.flatMap((m) => (m.mailBounced ? [m.mailBounced] : []));
  app.decorate('deps', { database, config, policies, jobs, mailBounceListeners });
  for (const module of modules) for (const queue of module.queues?.(app.deps) ?? []) jobs.register(queue);
  // Started with the server (tests start it when they first send a job), stopped before the database closes.
  if (config.environment !== 'test')
    app.addHook('onReady', async () => {
      await jobs.start();
    });
  app.addHook('onClose', async () => {
    await jobs.stop();
  });
  await app.register(fastifyCookie);
  const problems = new ProblemCatalogueIndex(modules.flatMap((m) => (m.problems ? [m.problems] : [])));
  registerProblemHandlers(app, problems);
  installInputGuards(app);
  installRateLimits(app);
  installSecurityHeaders(app, config);
  app.addSchema(Problem);
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/')) reply.header('API-Version', API_VERSION);
  });

  await app.register(fastifySwagger, openApiOptions(config));
  installAuthentication(app);

  await app.register(
    async (api) => {
      const typed = api as unknown as App;
      typed.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
      for (const module of modules) if (module.routes) await typed.register(module.routes as never);
    },
    { prefix: API_PREFIX },
  );

  await serveWebApp(
    app,
    undefined,
    modules.flatMap((m) => (m.pageHead ? [m.pageHead.bind(null, app.deps)] : [])),
  );
  // Each module's background work (credit-expiry e-mails, forgetting old Idempotency-Keys, ...):
  // at start-up, then at its interval; not in tests.
  for (const module of modules) for (const job of module.jobs ?? []) installPeriodicJob(app, job);
  return app;
}
