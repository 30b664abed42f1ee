import { Type, type TSchema } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { sendPage } from '../../http/paging.ts';
import { Cents, DateOnly, PageMeta, PagingQuery, Uuid, problemResponses } from '../../http/schemas.ts';
import { presentCategory, presentOfferDetail, presentOfferPage, presentRoute } from './offers.presenter.ts';
import { OffersRepository } from './offers.repository.ts';
import { OffersService } from './offers.service.ts';
import { paymentRulesRoutes } from './payment-rules.routes.ts';

const Nullable = <T extends TSchema>(schema: T, description?: string) =>
  Type.Union([schema, Type.Null()], description ? { description } : {});
const Slug = (description: string) => Type.String({ minLength: 1, maxLength: 100, description });

const RouteRef = Type.Object({ slug: Type.String(), name: Type.String() });
const WijkRef = Type.Object({ code: Type.String(), name: Type.String() });

const summaryFields = {
  id: Uuid,
  title: Type.String(),
  summary: Type.String(),
  provider: Type.Object({ id: Uuid, name: Type.String() }),
  regularPriceCents: Nullable(Cents, 'Price without the pass, in euro cents; null when the offer states none'),
  passPriceCents: Nullable(Cents, 'Price with the pass, in euro cents; null when it cannot be stated'),
  routes: Type.Array(RouteRef),
  wijken: Type.Array(WijkRef, { description: 'Wijken with a location where the offer can be used' }),
  categories: Type.Array(Type.String(), { description: 'Category slugs' }),
  validUntil: DateOnly,
};

const OfferSummary = Type.Object(summaryFields);

const OfferDetail = Type.Object({
  ...summaryFields,
  provider: Type.Object({
    id: Uuid,
    name: Type.String(),
    kind: Type.Union([
      Type.Literal('business'),
      Type.Literal('non_profit'),
      Type.Literal('community_centre'),
      Type.Literal('volunteer_initiative'),
    ]),
    website: Nullable(Type.String()),
  }),
  description: Type.String(),
  conditions: Type.String(),
  targetGroups: Type.Array(Type.String()),
  locations: Type.Array(
    Type.Object({
      id: Uuid,
      name: Type.String(),
      street: Type.String(),
      postcode: Type.String(),
      city: Type.String(),
      wijk: WijkRef,
    }),
  ),
  limit: Type.Union(
    [
      Type.Object({
        perPass: Type.Integer({ minimum: 1 }),
        period: Type.Union(['day', 'week', 'month', 'pass_year', 'ever'].map((p) => Type.Literal(p))),
      }),
      Type.Null(),
    ],
    { description: 'How often one pass may use the offer per period; null for no limit' },
  ),
  validFrom: DateOnly,
});

const Route = Type.Object({
  id: Uuid,
  slug: Type.String(),
  name: Type.String(),
  description: Type.String(),
  isDemo: Type.Boolean(),
  offerCount: Type.Integer({ minimum: 0 }),
});
const Category = Type.Object({ slug: Type.String(), nameNl: Type.String(), nameEn: Type.String() });

export async function offersRoutes(app: App) {
  await app.register(paymentRulesRoutes);
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
