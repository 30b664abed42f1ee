import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { App } from './http/app-types.ts';
import { frameworkErrors, installInputGuards, MAX_PARAM_LENGTH } from './http/input-guards.ts';
import { openApiOptions } from './http/openapi.ts';
import { installRateLimits } from './http/rate-limit.ts';
import { installSecurityHeaders } from './http/security-headers.ts';
import { serveWebApp } from './http/static-assets.ts';
import { registerProblemHandlers } from './http/problem.ts';
import { Problem } from './http/schemas.ts';
import { installAuthentication } from './modules/identity/authentication.ts';
import { identityRoutes } from './modules/identity/identity.routes.ts';
import { areasRoutes } from './modules/areas/areas.routes.ts';
import { offersRoutes } from './modules/offers/offers.routes.ts';
import { passesRoutes } from './modules/passes/passes.routes.ts';
import { providersRoutes } from './modules/providers/providers.routes.ts';
import { redemptionsRoutes } from './modules/redemptions/redemptions.routes.ts';
import { adminRoutes } from './modules/admin/admin.routes.ts';
import { creditRoutes } from './modules/credit/credit.routes.ts';
import { ledgerRoutes } from './modules/ledger/ledger.routes.ts';
import { installCreditExpiryWarnings } from './modules/credit/credit-expiry-warnings.ts';
import { installIdempotencyKeyRetention } from './modules/redemptions/idempotency-retention.ts';
import { payoutsRoutes } from './modules/payouts/payouts.routes.ts';
import { salesRoutes } from './modules/sales/sales.routes.ts';
import { sponsorsRoutes } from './modules/sponsors/sponsors.routes.ts';
import { actionBudgetRoutes } from './modules/action-budget/action-budget.routes.ts';

export const API_VERSION = '1.0.0';
export const API_PREFIX = '/api/v1';

export async function buildApp(database: Database, config: Config): Promise<App> {
  const app = Fastify({
    logger: { level: config.logLevel },
    ajv: { customOptions: { allErrors: true, coerceTypes: 'array', removeAdditional: false } },
    trustProxy: config.trustProxy,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors,
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('deps', { database, config });
  await app.register(fastifyCookie);
  registerProblemHandlers(app);
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
      for (const routes of [
        identityRoutes,
        areasRoutes,
        offersRoutes,
        passesRoutes,
        providersRoutes,
        redemptionsRoutes,
        adminRoutes,
        creditRoutes,
        ledgerRoutes,
        payoutsRoutes,
        salesRoutes,
        sponsorsRoutes,
        actionBudgetRoutes,
      ]) {
        await typed.register(routes as never);
      }
    },
    { prefix: API_PREFIX },
  );

  await serveWebApp(app);
  // Warns holders 30 days before their credit expires: at start-up, then every 6 hours (not in tests).
  installCreditExpiryWarnings(app);
  // Forgets redemptions' Idempotency-Keys after 7 days: at start-up, then every 6 hours (not in tests).
  installIdempotencyKeyRetention(app);
  return app;
}
