import type { App } from '../../http/app-types.ts';
import { problemResponses } from '../../http/schemas.ts';
import { TasteOptIn, TasteSuggestions } from './taste.schemas.ts';
import { TasteService } from './taste.service.ts';

export async function tasteRoutes(app: App) {
  const service = new TasteService(app.deps.database.db);

  app.get(
    '/me/taste-suggestions',
    {
      schema: {
        tags: ['my pass'],
        summary: 'Kinds of offers I have not tried yet, from my own history only (when I opted in)',
        operationId: 'getMyTasteSuggestions',
        security: [{ sessionCookie: [] }],
        response: { 200: TasteSuggestions, ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      reply.header('Cache-Control', 'private, no-store');
      return service.suggestions(request.principal);
    },
  );

  app.put(
    '/me/taste-suggestions/opt-in',
    {
      schema: {
        tags: ['my pass'],
        summary: 'Opt in to suggestions, or out (which forgets the choice)',
        operationId: 'setMyTasteOptIn',
        security: [{ sessionCookie: [] }],
        body: TasteOptIn,
        response: { 200: TasteSuggestions, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      reply.header('Cache-Control', 'private, no-store');
      return service.setOptIn(request.principal, request.body.optedIn);
    },
  );
}
