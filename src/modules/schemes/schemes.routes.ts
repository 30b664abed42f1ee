import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses, Uuid } from '../../http/schemas.ts';
import { CheckAnswers } from './eligibility.ts';
import {
  presentAdminScheme,
  presentCheckResult,
  presentReport,
  presentScheme,
  presentSchemeSummary,
} from './schemes.presenter.ts';
import {
  AdminScheme,
  CheckEmailRequest,
  CheckResult,
  NewSchemeReport,
  Scheme,
  SchemeInput,
  SchemeListQuery,
  SchemeReport,
  SchemeReportAnswer,
  SchemeSlug,
  SchemeStatusChange,
  SchemeSummary,
} from './schemes.schemas.ts';
import { SchemesService } from './schemes.service.ts';

const security = [{ sessionCookie: [] }];
const tags = ['schemes'];
const SchemeIdParams = Type.Object({ schemeId: Uuid });

export async function schemesRoutes(app: App) {
  const service = new SchemesService(app.deps.database.db, app.deps.config.publicUrl);

  app.get(
    '/schemes',
    {
      schema: {
        tags,
        summary: 'The published schemes guide (regelingen), filtered and searched',
        description:
          "Filters combine (AND). Residents' schemes first, then the budgets for initiatives; each by title.",
        operationId: 'listSchemes',
        querystring: SchemeListQuery,
        response: { 200: Type.Object({ items: Type.Array(SchemeSummary) }), ...problemResponses(400) },
      },
    },
    async (request) => ({ items: (await service.list(request.principal, request.query)).map(presentSchemeSummary) }),
  );

  app.get(
    '/schemes/:slug',
    {
      schema: {
        tags,
        summary: 'One published scheme',
        operationId: 'getScheme',
        params: Type.Object({ slug: SchemeSlug }),
        response: { 200: Scheme, ...problemResponses(400, 404) },
      },
    },
    async (request) => presentScheme(await service.getPublished(request.principal, request.params.slug)),
  );

  app.post(
    '/scheme-checks',
    {
      schema: {
        tags,
        summary: 'The eligibility check: which published schemes may suit these answers (nothing is stored)',
        operationId: 'checkSchemes',
        body: CheckAnswers,
        response: { 200: CheckResult, ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      reply.header('Cache-Control', 'no-store');
      return presentCheckResult(await service.check(request.principal, request.body));
    },
  );

  app.post(
    '/scheme-check-emails',
    {
      schema: {
        tags,
        summary: "E-mails the check's result to the address given; stores neither answers nor address",
        description: 'The address is kept only in the outgoing message. Rate-limited per address and per client.',
        operationId: 'emailSchemeCheck',
        body: CheckEmailRequest,
        response: { 202: Type.Object({ matches: Type.Integer({ minimum: 0 }) }), ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      const { answers, email, language } = request.body;
      const matches = await service.emailCheck(request.principal, answers, email, language ?? 'nl');
      return reply.code(202).send({ matches });
    },
  );

  app.post(
    '/schemes/:slug/reports',
    {
      schema: {
        tags,
        summary: 'Report where a scheme fails you (knelpunt); contact details are optional',
        operationId: 'reportSchemeProblem',
        params: Type.Object({ slug: SchemeSlug }),
        body: NewSchemeReport,
        response: {
          201: Type.Object({ id: Uuid, createdAt: Type.String({ format: 'date-time' }) }),
          ...problemResponses(400, 404),
        },
      },
    },
    async (request, reply) => {
      const report = await service.report(request.principal, request.params.slug, request.body);
      return reply.code(201).send({ id: report.id, createdAt: report.created_at.toISOString() });
    },
  );

  await app.register(async (admin: App) => {
    admin.addHook('onSend', async (_request, reply) => {
      reply.header('Cache-Control', 'private, no-store');
    });

    admin.get(
      '/admin/schemes',
      {
        schema: {
          tags,
          summary: 'Every scheme in any status, with open problem reports (pass organisation)',
          operationId: 'listAdminSchemes',
          security,
          response: { 200: Type.Object({ items: Type.Array(AdminScheme) }), ...problemResponses(401, 403) },
        },
      },
      async (request) => ({ items: (await service.adminList(request.principal)).map(presentAdminScheme) }),
    );

    admin.post(
      '/admin/schemes',
      {
        schema: {
          tags,
          summary: 'Create a scheme, as a draft',
          operationId: 'createScheme',
          security,
          body: SchemeInput,
          response: { 201: AdminScheme, ...problemResponses(400, 401, 403, 409) },
        },
      },
      async (request, reply) =>
        reply.code(201).send(presentAdminScheme(await service.create(request.principal, request.body))),
    );

    admin.get(
      '/admin/schemes/:schemeId',
      {
        schema: {
          tags,
          summary: 'One scheme in any status',
          operationId: 'getAdminScheme',
          security,
          params: SchemeIdParams,
          response: { 200: AdminScheme, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) => presentAdminScheme(await service.adminGet(request.principal, request.params.schemeId)),
    );

    admin.put(
      '/admin/schemes/:schemeId',
      {
        schema: {
          tags,
          summary: "Replace a scheme's content (its status stays)",
          operationId: 'updateScheme',
          security,
          params: SchemeIdParams,
          body: SchemeInput,
          response: { 200: AdminScheme, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        presentAdminScheme(await service.update(request.principal, request.params.schemeId, request.body)),
    );

    admin.post(
      '/admin/schemes/:schemeId/status-changes',
      {
        schema: {
          tags,
          summary: 'Publish, archive or return a scheme to draft',
          operationId: 'changeSchemeStatus',
          security,
          params: SchemeIdParams,
          body: SchemeStatusChange,
          response: { 200: AdminScheme, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) =>
        presentAdminScheme(await service.setStatus(request.principal, request.params.schemeId, request.body.status)),
    );

    admin.get(
      '/admin/scheme-reports',
      {
        schema: {
          tags,
          summary: 'Problem reports (knelpunten), open first; optionally of one scheme',
          operationId: 'listSchemeReports',
          security,
          querystring: Type.Object({ schemeId: Type.Optional(Uuid) }),
          response: { 200: Type.Object({ items: Type.Array(SchemeReport) }), ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => ({
        items: (await service.listReports(request.principal, request.query.schemeId)).map(presentReport),
      }),
    );

    admin.post(
      '/admin/scheme-reports/:reportId/answers',
      {
        schema: {
          tags,
          summary: 'Answer a problem report',
          operationId: 'answerSchemeReport',
          security,
          params: Type.Object({ reportId: Uuid }),
          body: SchemeReportAnswer,
          response: { 200: SchemeReport, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) =>
        presentReport(await service.answerReport(request.principal, request.params.reportId, request.body.answer)),
    );
  });
}
