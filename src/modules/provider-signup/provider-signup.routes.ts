import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { sendPage } from '../../http/paging.ts';
import { PageMeta, PagingQuery, problemResponses, Uuid } from '../../http/schemas.ts';
import { presentApplication, presentReceipt } from './provider-signup.presenter.ts';
import {
  ApplicationQuestions,
  ApplicationStatus,
  NewProviderApplication,
  ProviderApplication,
  ProviderApplicationReceipt,
} from './provider-signup.schemas.ts';
import { ProviderSignupService } from './provider-signup.service.ts';

const security = [{ sessionCookie: [] }];
const Params = Type.Object({ applicationId: Uuid });

export async function providerSignupRoutes(app: App) {
  const service = new ProviderSignupService(app.deps.database.db, app.deps.config);
  app.addHook('onSend', async (_request, reply) => {
    reply.header('Cache-Control', 'private, no-store');
  });

  app.post(
    '/provider-applications',
    {
      schema: {
        tags: ['provider sign-up'],
        summary: 'Sign an organisation up as a provider of the pass (anyone)',
        description:
          'A business gives its KvK number (8 digits); the IBAN is checked (mod-97); the terms must be accepted. The pass organisation decides.',
        operationId: 'createProviderApplication',
        body: NewProviderApplication,
        response: { 201: ProviderApplicationReceipt, ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      const receipt = await service.apply(request.principal, request.body);
      return reply
        .code(201)
        .header('Location', `/api/v1/provider-applications/${receipt.id}`)
        .send(presentReceipt(receipt));
    },
  );

  app.get(
    '/provider-applications',
    {
      schema: {
        tags: ['provider sign-up'],
        summary: 'Sign-ups, newest first (pass organisation)',
        operationId: 'listProviderApplications',
        security,
        querystring: Type.Object({ status: Type.Optional(ApplicationStatus), ...PagingQuery }),
        response: {
          200: Type.Object({ items: Type.Array(ProviderApplication), page: PageMeta }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const { rows, page, pageSize, totalItems } = await service.list(
        request.principal,
        request.query.status,
        request.query.page ?? 1,
        request.query.pageSize ?? 20,
      );
      return sendPage(request, reply, { items: rows.map(presentApplication), page, pageSize, totalItems });
    },
  );

  app.get(
    '/provider-applications/:applicationId',
    {
      schema: {
        tags: ['provider sign-up'],
        summary: 'One sign-up (pass organisation)',
        operationId: 'getProviderApplication',
        security,
        params: Params,
        response: { 200: ProviderApplication, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => presentApplication(await service.get(request.principal, request.params.applicationId)),
  );

  app.post(
    '/provider-applications/:applicationId/approval',
    {
      schema: {
        tags: ['provider sign-up'],
        summary: 'Approve a sign-up: creates the provider and its first admin, who gets a login link by e-mail',
        operationId: 'approveProviderApplication',
        security,
        params: Params,
        response: { 200: ProviderApplication, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => presentApplication(await service.approve(request.principal, request.params.applicationId)),
  );

  app.post(
    '/provider-applications/:applicationId/questions',
    {
      schema: {
        tags: ['provider sign-up'],
        summary: 'Ask the applicant questions (sent by e-mail); the sign-up stays open',
        operationId: 'askProviderApplicationQuestions',
        security,
        params: Params,
        body: ApplicationQuestions,
        response: { 200: ProviderApplication, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      presentApplication(await service.askQuestions(request.principal, request.params.applicationId, request.body)),
  );

  app.post(
    '/provider-applications/:applicationId/declination',
    {
      schema: {
        tags: ['provider sign-up'],
        summary: 'Decline a sign-up',
        operationId: 'declineProviderApplication',
        security,
        params: Params,
        response: { 200: ProviderApplication, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => presentApplication(await service.decline(request.principal, request.params.applicationId)),
  );
}
