import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { sendPage } from '../../http/paging.ts';
import { PageMeta, PagingQuery, Uuid, problemResponses } from '../../http/schemas.ts';
import { CatalogueSearchRepository } from './catalogue-search.repository.ts';
import { CatalogueWordsRepository } from './catalogue-words.repository.ts';
import {
  presentCategory,
  presentFacets,
  presentOfferDetail,
  presentOfferPage,
  presentRoute,
} from './offers.presenter.ts';
import { OffersRepository } from './offers.repository.ts';
import { CatalogueFacets, Category, OfferDetail, OfferSummary, Route } from './offers.schemas.ts';
import { OffersService } from './offers.service.ts';
import { offerPortalRoutes } from './offer-portal.routes.ts';
import { paymentRulesRoutes } from './payment-rules.routes.ts';
import { routePagesRoutes } from './route-pages.routes.ts';
import { eligibilityRoutes } from './eligibility.routes.ts';
import { countView } from '../dashboards/views.ts';

const Slug = (description: string) => Type.String({ minLength: 1, maxLength: 100, description });

export async function offersRoutes(app: App) {
  await app.register(paymentRulesRoutes);
  await app.register(eligibilityRoutes);
  await app.register(routePagesRoutes);
  await app.register(offerPortalRoutes);
  const service = new OffersService(
    new OffersRepository(app.deps.database.db),
    new CatalogueSearchRepository(app.deps.database.db),
    new CatalogueWordsRepository(app.deps.database.db),
  );

  app.get(
    '/offers',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'Search the public offer catalogue',
        description:
          'Published offers that have not ended. `q` searches Dutch text with stemming, ignores accents and tolerates typos. ' +
          'Ordered by relevance, then by distance to the `near` wijk, then by title. Filters combine (AND); ' +
          '`facets` counts, per filter value, the offers that match.',
        operationId: 'listOffers',
        querystring: Type.Object({
          q: Type.Optional(
            Type.String({
              maxLength: 200,
              description:
                'Search words; each word must match (its Dutch stem, part of a word of the offer, or a close spelling)',
            }),
          ),
          route: Type.Optional(Slug('Route slug')),
          wijk: Type.Optional(Type.String({ minLength: 1, maxLength: 20, description: 'Wijk code, e.g. WK047912' })),
          category: Type.Optional(Slug('Category slug')),
          targetGroup: Type.Optional(Slug('Target group')),
          free: Type.Optional(Type.Boolean({ description: 'Only free offers' })),
          dateFrom: Type.Optional(
            Type.String({ format: 'date', description: 'Only offers valid on or after this day' }),
          ),
          dateTo: Type.Optional(
            Type.String({ format: 'date', description: 'Only offers valid on or before this day' }),
          ),
          near: Type.Optional(
            Type.String({
              minLength: 1,
              maxLength: 20,
              description: 'Wijk code: only offers within 2.5 km of its centre, nearest first',
            }),
          ),
          validNow: Type.Optional(
            Type.Boolean({
              description: 'Only offers that can be used right now: valid today, on this weekday and at this hour',
            }),
          ),
          ...PagingQuery,
        }),
        response: {
          200: Type.Object({ items: Type.Array(OfferSummary), page: PageMeta, facets: CatalogueFacets }),
          ...problemResponses(400),
        },
      },
    },
    async (request, reply) => {
      const query = { ...request.query, page: request.query.page ?? 1, pageSize: request.query.pageSize ?? 20 };
      const { rows, totalItems, facets, moment } = await service.listOffers(request.principal, query);
      const page = sendPage(request, reply, {
        items: presentOfferPage(rows, moment),
        page: query.page,
        pageSize: query.pageSize,
        totalItems,
      });
      return { ...page, facets: presentFacets(facets) };
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
    async (request) => {
      const { offer, moment } = await service.getOffer(request.principal, request.params.offerId);
      // Name recognition: a counter per offer and month, nothing about the visitor.
      await countView(app.deps.database.db, request.principal.tenantId, 'offer', request.params.offerId);
      return presentOfferDetail(offer, moment);
    },
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
