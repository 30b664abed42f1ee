import type { App } from '../../http/app-types.ts';
import { problemResponses } from '../../http/schemas.ts';
import { presentAdminGuidePage, presentPublicGuidePage } from './guides.presenter.ts';
import {
  AdminGuidePage,
  AdminGuidePageList,
  GuidePageParams,
  GuidePageQuery,
  GuideUpdate,
  GuideUpdateParams,
  PublicGuidePage,
} from './guides.schemas.ts';
import { GuidesService } from './guides.service.ts';

export async function guidesRoutes(app: App) {
  const service = new GuidesService(app.deps.database.db);

  app.get(
    '/guide-pages/:page',
    {
      schema: {
        tags: ['guides'],
        summary: 'A guide page (the wegwijzer or the festival guide) in one language',
        description:
          'Each section in the language asked for; a section not translated comes in Dutch with fallback: true, ' +
          'so the page can mark it lang="nl".',
        operationId: 'getGuidePage',
        params: GuidePageParams,
        querystring: GuidePageQuery,
        response: { 200: PublicGuidePage, ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      reply.header('Cache-Control', 'public, max-age=60');
      const language = request.query.language ?? 'nl';
      return presentPublicGuidePage(await service.read(request.principal, request.params.page, language), language);
    },
  );

  app.get(
    '/admin/guide-pages',
    {
      schema: {
        tags: ['guides'],
        summary:
          'Every guide page in every language, with missing and possibly outdated translations (pass organisation)',
        operationId: 'listAdminGuidePages',
        security: [{ sessionCookie: [] }],
        response: { 200: AdminGuidePageList, ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      reply.header('Cache-Control', 'private, no-store');
      return { items: (await service.listForStaff(request.principal)).map(presentAdminGuidePage) };
    },
  );

  app.put(
    '/admin/guide-pages/:page/:language',
    {
      schema: {
        tags: ['guides'],
        summary: "Replace a guide page's texts in one language (pass organisation)",
        description:
          'Dutch needs every section. In another language a section left out or empty shows the Dutch text; ' +
          'saving a translation records that it matches the Dutch text of now. Every invalid field is named at once.',
        operationId: 'updateGuidePage',
        security: [{ sessionCookie: [] }],
        params: GuideUpdateParams,
        body: GuideUpdate,
        response: { 200: AdminGuidePage, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      reply.header('Cache-Control', 'private, no-store');
      const { page, language } = request.params;
      return presentAdminGuidePage(await service.update(request.principal, page, language, request.body.sections));
    },
  );
}
