import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses, Uuid } from '../../http/schemas.ts';
import { HolderDataService } from './holder-erasure.ts';

const security = [{ sessionCookie: [] }];

/** The resident's own data (download, ask for erasure) and the pass organisation's erasure. */
export async function holderDataRoutes(app: App) {
  const service = new HolderDataService(app.deps.database.db);

  app.get(
    '/me/data',
    {
      schema: {
        tags: ['holders'],
        summary: 'Everything held about me, as JSON (my details, passes, use, cards, messages)',
        operationId: 'getMyData',
        security,
        response: {
          200: Type.Object({}, { additionalProperties: true, description: 'Everything held about the resident' }),
          ...problemResponses(401, 403, 404),
        },
      },
    },
    async (request, reply) =>
      reply
        .header('Cache-Control', 'private, no-store')
        .header('Content-Disposition', 'attachment; filename="mijn-gegevens.json"')
        .send(await service.myData(request.principal)),
  );

  app.get(
    '/me/data.pdf',
    {
      schema: {
        tags: ['holders'],
        summary: 'Everything held about me, as a readable PDF',
        operationId: 'getMyDataPdf',
        security,
        response: {
          200: { description: 'PDF', content: { 'application/pdf': { schema: Type.String({ format: 'binary' }) } } },
          ...problemResponses(401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const pdf = await service.myDataPdf(request.principal);
      return reply
        .header('Cache-Control', 'private, no-store')
        .header('Content-Disposition', 'attachment; filename="mijn-gegevens.pdf"')
        .type('application/pdf')
        .send(pdf as unknown as string); // binary body, documented as format: binary
    },
  );

  app.post(
    '/me/erasure-request',
    {
      schema: {
        tags: ['holders'],
        summary: 'Ask the pass organisation to erase my data (once; asking again changes nothing)',
        operationId: 'requestErasure',
        security,
        response: {
          200: Type.Object({ requestedAt: Type.String({ format: 'date-time' }) }),
          ...problemResponses(401, 403),
        },
      },
    },
    async (request) => service.requestErasure(request.principal),
  );

  app.post(
    '/holder-files/:holderId/erasure',
    {
      schema: {
        tags: ['holders'],
        summary: "Erase a holder's personal data (pass organisation); the ledger keeps its amounts",
        description: 'See docs/decisions/0028. Passes in use are blocked; the holder can no longer log in.',
        operationId: 'eraseHolder',
        security,
        params: Type.Object({ holderId: Uuid }),
        response: {
          200: Type.Object({
            erasedAt: Type.String({ format: 'date-time' }),
            blockedPasses: Type.Integer({ minimum: 0 }),
            accounts: Type.Integer({ minimum: 0 }),
          }),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => service.erase(request.principal, request.params.holderId),
  );
}
