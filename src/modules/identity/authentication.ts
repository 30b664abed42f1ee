import type { App } from '../../http/app-types.ts';
import { apiTokenCacheFor } from './api-token-cache.ts';
import { IdentityService } from './identity.service.ts';

export const SESSION_COOKIE = 'stadspas_session';

/** Resolves `request.principal` for every API request: session cookie, Bearer token, or anonymous. */
export function installAuthentication(app: App) {
  const service = new IdentityService(app.deps.database.db, app.deps.config, apiTokenCacheFor(app.deps.database));
  app.decorateRequest('principal', null as never);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const auth = request.headers.authorization;
    const bearerToken = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : undefined;
    request.principal = await service.resolvePrincipal({ sessionToken: request.cookies[SESSION_COOKIE], bearerToken });
  });
}
