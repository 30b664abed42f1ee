import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { sendPage } from '../../http/paging.ts';
import { PageMeta, PagingQuery, problemResponses } from '../../http/schemas.ts';
import { presentOwnPass, presentOwnRedemption, presentQrCode } from './passes.presenter.ts';
import { PassesRepository } from './passes.repository.ts';
import { OwnPass, OwnRedemption, QrCode } from './passes.schemas.ts';
import { PassesService } from './passes.service.ts';

export async function passesRoutes(app: App) {
  const { database, config } = app.deps;
  const service = new PassesService(new PassesRepository(database.db), config);

  // Personal data and short-lived QR tokens: never kept by a browser or proxy cache.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('Cache-Control', 'private, no-store');
  });

  app.get(
    '/me/pass',
    {
      schema: {
        tags: ['my pass'],
        summary: 'My pass: number, validity and the passes of my children',
        operationId: 'getMyPass',
        security: [{ sessionCookie: [] }],
        response: { 200: OwnPass, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => presentOwnPass(await service.ownPass(request.principal)),
  );

  app.get(
    '/me/pass/qr',
    {
      schema: {
        tags: ['my pass'],
        summary: "A fresh QR code for my pass, or for one of my children's passes",
        description: 'The code changes every 30 seconds; a till accepts it until expiresAt.',
        operationId: 'getMyPassQrCode',
        security: [{ sessionCookie: [] }],
        querystring: Type.Object(
          {
            passNumber: Type.Optional(
              Type.String({
                minLength: 13,
                maxLength: 20,
                description: 'A child pass linked to my pass; default: my own pass',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: QrCode, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => presentQrCode(await service.qrCode(request.principal, request.query.passNumber)),
  );

  app.get(
    '/me/redemptions',
    {
      schema: {
        tags: ['my pass'],
        summary: 'What I and my children used the pass for, newest first',
        operationId: 'listMyRedemptions',
        security: [{ sessionCookie: [] }],
        querystring: Type.Object({ ...PagingQuery }, { additionalProperties: false }),
        response: {
          200: Type.Object({ items: Type.Array(OwnRedemption), page: PageMeta }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const result = await service.ownRedemptions(
        request.principal,
        request.query.page ?? 1,
        request.query.pageSize ?? 20,
      );
      return sendPage(request, reply, { ...result, items: result.rows.map(presentOwnRedemption) });
    },
  );
}
