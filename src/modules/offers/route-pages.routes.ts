import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses, Uuid } from '../../http/schemas.ts';
import { presentAdminRoute, presentRoutePage } from './route-pages.presenter.ts';
import { RoutePagesRepository } from './route-pages.repository.ts';
import { AdminRoute, RoutePage, RouteSlugParams, RouteUpdate } from './route-pages.schemas.ts';
import { RoutePagesService } from './route-pages.service.ts';

const svg = (description: string) => ({
  description,
  content: { 'image/svg+xml': { schema: Type.String() } },
});

export async function routePagesRoutes(app: App) {
  const service = new RoutePagesService(new RoutePagesRepository(app.deps.database.db));

  app.get(
    '/routes/:slug',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'One route by its readable address, with its story and picture',
        operationId: 'getRoute',
        params: RouteSlugParams,
        response: { 200: RoutePage, ...problemResponses(400, 404) },
      },
    },
    async (request) => presentRoutePage(await service.getRoute(request.principal, request.params.slug)),
  );

  app.get(
    '/routes/:slug/picture.svg',
    {
      schema: {
        tags: ['catalogue'],
        summary: "The route's picture (SVG)",
        operationId: 'getRoutePicture',
        params: RouteSlugParams,
        response: { 200: svg('SVG picture'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) =>
      reply
        .type('image/svg+xml')
        .header('Cache-Control', 'public, max-age=300')
        .send(await service.picture(request.principal, request.params.slug)),
  );

  app.get(
    '/routes/:slug/badge.svg',
    {
      schema: {
        tags: ['catalogue'],
        summary: "The route's badge (SVG), for providers to show on their own site",
        description: 'May be embedded on other sites: it is served with Cross-Origin-Resource-Policy: cross-origin.',
        operationId: 'getRouteBadge',
        params: RouteSlugParams,
        response: { 200: svg('SVG badge'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) =>
      reply
        .type('image/svg+xml')
        .header('Cache-Control', 'public, max-age=300')
        // The badge is meant for other sites; everything else stays same-origin.
        .header('Cross-Origin-Resource-Policy', 'cross-origin')
        .send(await service.badge(request.principal, request.params.slug)),
  );

  app.get(
    '/admin/routes',
    {
      schema: {
        tags: ['administration'],
        summary: 'Every route, active or not, to edit (pass organisation only)',
        operationId: 'listAdminRoutes',
        security: [{ sessionCookie: [] }],
        response: { 200: Type.Object({ items: Type.Array(AdminRoute) }), ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      reply.header('Cache-Control', 'private, no-store');
      return { items: (await service.listForAdmin(request.principal)).map(presentAdminRoute) };
    },
  );

  app.patch(
    '/admin/routes/:routeId',
    {
      schema: {
        tags: ['administration'],
        summary: "Change a route's name, story, picture, order or whether it is shown (pass organisation only)",
        description:
          'Only the fields sent change. The slug (the page address) never changes, so shared links keep working.',
        operationId: 'updateRoute',
        security: [{ sessionCookie: [] }],
        params: Type.Object({ routeId: Uuid }),
        body: RouteUpdate,
        response: { 200: AdminRoute, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => presentAdminRoute(await service.update(request.principal, request.params.routeId, request.body)),
  );
}
