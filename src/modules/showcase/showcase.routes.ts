import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses, Uuid } from '../../http/schemas.ts';
import { countView } from '../dashboards/views.ts';
import { ShowcaseRepository } from './showcase.repository.ts';
import { NewProvider, ProviderProfile, StarterOffer, StarterQuery } from './showcase.schemas.ts';
import { ShowcaseService } from './showcase.service.ts';

export async function showcaseRoutes(app: App) {
  const service = new ShowcaseService(new ShowcaseRepository(app.deps.database.db));

  app.get(
    '/provider-profiles/:providerId',
    {
      schema: {
        tags: ['catalogue'],
        summary: "A provider's public profile: story, locations, routes and current offers",
        operationId: 'getProviderProfile',
        params: Type.Object({ providerId: Uuid }),
        response: { 200: ProviderProfile, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const profile = await service.profile(request.principal, request.params.providerId);
      // Name recognition: a counter per profile and month, nothing about the visitor.
      await countView(app.deps.database.db, request.principal.tenantId, 'provider_profile', request.params.providerId);
      return profile;
    },
  );

  app.get(
    '/new-providers',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'New on the pass: providers that joined in the last 90 days and have a current offer',
        operationId: 'listNewProviders',
        response: { 200: Type.Object({ items: Type.Array(NewProvider) }) },
      },
    },
    async (request, reply) => {
      reply.header('Cache-Control', 'public, max-age=300');
      return { items: await service.newProviders(request.principal) };
    },
  );

  app.get(
    '/starter-offers',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'Five offers to try first in a wijk, for new residents (the wegwijzer)',
        operationId: 'listStarterOffers',
        querystring: StarterQuery,
        response: { 200: Type.Object({ items: Type.Array(StarterOffer) }), ...problemResponses(400) },
      },
    },
    async (request) => ({ items: await service.starterOffers(request.principal, request.query.wijk) }),
  );
}
