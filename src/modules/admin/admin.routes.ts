import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { sendPage } from '../../http/paging.ts';
import { PageMeta, PagingQuery, problemResponses, Uuid } from '../../http/schemas.ts';
import { AdminRepository } from './admin.repository.ts';
import { presentAdminHolder, presentAdminOffer, presentAdminProvider } from './admin.presenter.ts';
import { OfferStatus } from '../offers/offers.schemas.ts';
import { AdminHolder, AdminOffer, AdminProvider } from './admin.schemas.ts';
import { AdminService } from './admin.service.ts';

const Search = Type.Optional(Type.String({ maxLength: 100, description: 'Search text' }));

const list = <T extends Parameters<typeof Type.Array>[0]>(item: T) =>
  Type.Object({ items: Type.Array(item), page: PageMeta });
const security = [{ sessionCookie: [] }];

export async function adminRoutes(app: App) {
  const service = new AdminService(new AdminRepository(app.deps.database.db));

  app.addHook('onSend', async (_request, reply) => {
    reply.header('Cache-Control', 'private, no-store');
  });

  app.get(
    '/admin/holders',
    {
      schema: {
        tags: ['administration'],
        summary: 'Pass holders with their current pass (pass organisation only)',
        description: 'q matches the name, the e-mail address, the address or the pass number.',
        operationId: 'listAdminHolders',
        security,
        querystring: Type.Object({ q: Search, ...PagingQuery }, { additionalProperties: false }),
        response: { 200: list(AdminHolder), ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { q, page = 1, pageSize = 20 } = request.query;
      const result = await service.listHolders(request.principal, q, { page, pageSize });
      return sendPage(request, reply, { ...result, items: result.rows.map(presentAdminHolder) });
    },
  );

  app.get(
    '/admin/providers',
    {
      schema: {
        tags: ['administration'],
        summary: 'Providers with counts of locations, offers and redemptions (pass organisation only)',
        description: "q matches the provider's name.",
        operationId: 'listAdminProviders',
        security,
        querystring: Type.Object({ q: Search, ...PagingQuery }, { additionalProperties: false }),
        response: { 200: list(AdminProvider), ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { q, page = 1, pageSize = 20 } = request.query;
      const result = await service.listProviders(request.principal, q, { page, pageSize });
      return sendPage(request, reply, { ...result, items: result.rows.map(presentAdminProvider) });
    },
  );

  app.get(
    '/admin/offers',
    {
      schema: {
        tags: ['administration'],
        summary: 'Offers of all providers, drafts included (pass organisation only)',
        description: "q matches the title or the provider's name.",
        operationId: 'listAdminOffers',
        security,
        querystring: Type.Object(
          { q: Search, status: Type.Optional(OfferStatus), providerId: Type.Optional(Uuid), ...PagingQuery },
          { additionalProperties: false },
        ),
        response: { 200: list(AdminOffer), ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { q, status, providerId, page = 1, pageSize = 20 } = request.query;
      const result = await service.listOffers(request.principal, { q, status, providerId }, { page, pageSize });
      return sendPage(request, reply, { ...result, items: result.rows.map(presentAdminOffer) });
    },
  );

  app.get(
    '/admin/offers/:offerId',
    {
      schema: {
        tags: ['administration'],
        summary: 'One offer, with its payment rules (pass organisation only)',
        operationId: 'getAdminOffer',
        security,
        params: Type.Object({ offerId: Uuid }),
        response: { 200: AdminOffer, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => presentAdminOffer(await service.getOffer(request.principal, request.params.offerId)),
  );
}
