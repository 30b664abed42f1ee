import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses, Uuid } from '../../http/schemas.ts';
import { NewPact, Pact, PactEnd, PactRenewal } from './pacts.schemas.ts';
import { PactsService } from './pacts.service.ts';

const security = [{ sessionCookie: [] }];
const tags = ['partners'];
const PactParams = Type.Object({ pactId: Uuid });

export async function pactsRoutes(app: App) {
  const service = new PactsService(app.deps.database.db);

  app.post(
    '/pacts',
    {
      schema: {
        tags,
        summary: 'Make a pact of at least a year with a partner (pass organisation only)',
        operationId: 'createPact',
        security,
        body: NewPact,
        response: { 201: Pact, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => reply.code(201).send(await service.create(request.principal, request.body)),
  );

  app.get(
    '/pacts',
    {
      schema: {
        tags,
        summary: "Pacts with their evaluations: all for the pass organisation, a partner's own for its staff",
        operationId: 'listPacts',
        security,
        response: { 200: Type.Object({ items: Type.Array(Pact) }), ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => ({ items: await service.list(request.principal) }),
  );

  app.get(
    '/pacts/:pactId',
    {
      schema: {
        tags,
        summary: 'One pact; at each evaluation moment that has come, the figures the platform knows',
        operationId: 'getPact',
        security,
        params: PactParams,
        response: { 200: Pact, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => service.get(request.principal, request.params.pactId),
  );

  app.post(
    '/pacts/:pactId/renewal',
    {
      schema: {
        tags,
        summary: 'Renew a pact: a new one from the day after it ends, with the same commitments',
        operationId: 'renewPact',
        security,
        params: PactParams,
        body: PactRenewal,
        response: { 201: Pact, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.renew(request.principal, request.params.pactId, request.body)),
  );

  app.post(
    '/pacts/:pactId/end',
    {
      schema: {
        tags,
        summary: 'End a pact early, with a reason',
        operationId: 'endPact',
        security,
        params: PactParams,
        body: PactEnd,
        response: { 200: Pact, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.end(request.principal, request.params.pactId, request.body),
  );

  app.get(
    '/pacts/:pactId/document.pdf',
    {
      schema: {
        tags,
        summary: 'The pact as a PDF for signing, with the evaluation figures so far',
        operationId: 'getPactDocument',
        security,
        params: PactParams,
        response: {
          200: { description: 'PDF', content: { 'application/pdf': { schema: Type.String({ format: 'binary' }) } } },
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const { pdf } = await service.pdf(request.principal, request.params.pactId);
      return reply
        .type('application/pdf')
        .header('Content-Disposition', 'attachment; filename="pact.pdf"')
        .send(pdf as unknown as string); // binary body; the schema documents it as format: binary
    },
  );
}
