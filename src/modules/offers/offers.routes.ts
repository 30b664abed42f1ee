import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { sendPage } from '../../http/paging.ts';
import { PageMeta, PagingQuery, Uuid, problemResponses } from '../../http/schemas.ts';
import { presentCategory, presentOfferDetail, presentOfferPage, presentRoute } from './offers.presenter.ts';
import { OffersRepository } from './offers.repository.ts';
import { Category, OfferDetail, OfferSummary, Route } from './offers.schemas.ts';
import { OffersService } from './offers.service.ts';
import { paymentRulesRoutes } from './payment-rules.routes.ts';
import { eligibilityRoutes } from './eligibility.routes.ts';

const Slug = (description: string) => Type.String({ minLength: 1, maxLength: 100, description });

export async function offersRoutes(app: App) {
  await app.register(paymentRulesRoutes);
  await app.register(eligibilityRoutes);
  const service = new OffersService(new OffersRepository(app.deps.database.db));

  app.get(
    '/offers',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'Search the public offer catalogue',
        description:
          'Published offers that have not ended. With `q`, ordered by relevance; otherwise by title. Filters combine (AND).',
        operationId: 'listOffers',
        querystring: Type.Object({
          q: Type.Optional(
            Type.String({
              maxLength: 200,
              description: 'Search words; each word must match (prefix, or part of a compound word)',
            }),
          ),
          route: Type.Optional(Slug('Route slug')),
          wijk: Type.Optional(Type.String({ minLength: 1, maxLength: 20, description: 'Wijk code, e.g. WK047912' })),
          category: Type.Optional(Slug('Category slug')),
          targetGroup: Type.Optional(Slug('Target group')),
          ...PagingQuery,
        }),
        response: { 200: Type.Object({ items: Type.Array(OfferSummary), page: PageMeta }), ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      const query = { ...request.query, page: request.query.page ?? 1, pageSize: request.query.pageSize ?? 20 };
      const { rows, routes, wijken, totalItems } = await service.listOffers(request.principal, query);
      return sendPage(request, reply, {
        items: presentOfferPage(rows, routes, wijken),
        page: query.page,
        pageSize: query.pageSize,
        totalItems,
      });
    },
  );

  app.get(
    '/offers/:offerId',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'One published offer, with its provider, locations and conditions',
        operationId: 'getOffer',
        params: Type.Object({ offerId: Uuid }),
        response: { 200: OfferDetail, ...problemResponses(400, 404) },
      },
    },
    async (request) => presentOfferDetail(await service.getOffer(request.principal, request.params.offerId)),
  );

  app.get(
    '/routes',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'The routes (themes) of the catalogue, with the number of offers in each',
        operationId: 'listRoutes',
        response: { 200: Type.Object({ items: Type.Array(Route) }) },
      },
    },
    async (request) => ({ items: (await service.listRoutes(request.principal)).map(presentRoute) }),
  );

  app.get(
    '/categories',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'The offer categories, in Dutch and English',
        operationId: 'listCategories',
        response: { 200: Type.Object({ items: Type.Array(Category) }) },
      },
    },
    async (request) => ({ items: (await service.listCategories(request.principal)).map(presentCategory) }),
  );
}
