import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { DateOnly, problemResponses, Uuid } from '../../http/schemas.ts';
import { ProviderFigures } from './provider-figures.schemas.ts';
import { ProviderFiguresService } from './provider-figures.service.ts';

export async function providerFiguresRoutes(app: App) {
  const service = new ProviderFiguresService(app.deps.database.db);
  app.get(
    '/providers/:providerId/figures',
    {
      schema: {
        tags: ['providers'],
        summary: "The provider's own figures: redemptions per week and month, reach, turnover (provider admins)",
        description:
          'Figures about holders (unique holders, reach per wijk and route) are hidden below 10 people (`suppressed`). Nothing says which holders are minima or carers.',
        operationId: 'getProviderFigures',
        security: [{ sessionCookie: [] }],
        params: Type.Object({ providerId: Uuid }),
        querystring: Type.Object({ from: Type.Optional(DateOnly), to: Type.Optional(DateOnly) }),
        response: { 200: ProviderFigures, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      reply.header('Cache-Control', 'private, no-store');
      return service.figures(request.principal, request.params.providerId, request.query);
    },
  );
}
