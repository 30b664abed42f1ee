import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses, Uuid } from '../../http/schemas.ts';
import { CardBatchesService } from './card-batches.service.ts';
import { cardCodesFor } from './card-codes.ts';

const security = [{ sessionCookie: [] }];
const BatchParams = Type.Object({ batchId: Uuid });
const CardBatch = Type.Object(
  {
    id: Uuid,
    cardCount: Type.Integer({ minimum: 0 }),
    activeCount: Type.Integer({ minimum: 0, description: 'Cards of the batch in use: used at a till or activated' }),
    createdAt: Type.String({ format: 'date-time' }),
    sentAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  { $id: 'CardBatch' },
);
type BatchRow = {
  id: string;
  card_count: number | string | null;
  active_count: number | string | null;
  created_at: Date;
  sent_at: Date | null;
};
const presentBatch = (b: BatchRow) => ({
  id: b.id,
  cardCount: Number(b.card_count ?? 0),
  activeCount: Number(b.active_count ?? 0),
  createdAt: b.created_at.toISOString(),
  sentAt: b.sent_at ? new Date(b.sent_at).toISOString() : null,
});

export async function cardBatchesRoutes(app: App) {
  const service = new CardBatchesService(app.deps.database.db, app.deps.config.qrSecret);
  const cards = cardCodesFor(app.deps.database);

  app.post(
    '/me/card-requests',
    {
      schema: {
        tags: ['cards'],
        summary: 'Ask for a physical card of my pass (once; asking again changes nothing)',
        operationId: 'requestCard',
        security,
        response: { 204: Type.Null(), ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await service.requestCard(request.principal);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/card-batches',
    {
      schema: {
        tags: ['cards'],
        summary: 'Make a card batch: chosen passes and/or everyone who asked for a card (pass organisation)',
        description:
          'A pass that already has a card on its way is left out: the same batch made twice prints no second card.',
        operationId: 'createCardBatch',
        security,
        body: Type.Object(
          {
            passNumbers: Type.Optional(Type.Array(Type.String({ maxLength: 30 }), { maxItems: 5000 })),
            requested: Type.Optional(
              Type.Boolean({ description: 'Add every pass whose holder asked for a card and has none' }),
            ),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({
            batchId: Uuid,
            cardCount: Type.Integer({ minimum: 0 }),
            skipped: Type.Integer({ minimum: 0 }),
          }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => reply.code(201).send(await service.createBatch(request.principal, request.body)),
  );

  app.get(
    '/card-batches',
    {
      schema: {
        tags: ['cards'],
        summary: 'Card batches, newest first (pass organisation)',
        operationId: 'listCardBatches',
        security,
        response: {
          200: Type.Object({
            items: Type.Array(CardBatch),
            waitingCount: Type.Integer({
              minimum: 0,
              description: 'Passes whose holder asked for a card and has none',
            }),
          }),
          ...problemResponses(401, 403),
        },
      },
    },
    async (request) => ({
      items: (await service.listBatches(request.principal)).map(presentBatch),
      waitingCount: await service.waitingCount(request.principal),
    }),
  );

  app.get(
    '/card-batches/:batchId/cards.csv',
    {
      schema: {
        tags: ['cards'],
        summary: "The card printer's CSV file of a batch",
        operationId: 'getCardBatchCsv',
        security,
        params: BatchParams,
        response: {
          200: { description: 'CSV', content: { 'text/csv': { schema: Type.String() } } },
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="kaarten-${request.params.batchId.slice(0, 8)}.csv"`)
        .send(await service.csv(request.principal, request.params.batchId)),
  );

  app.get(
    '/card-batches/:batchId/proof.pdf',
    {
      schema: {
        tags: ['cards'],
        summary: 'The PDF proof of a batch: every card as it will be printed',
        operationId: 'getCardBatchProof',
        security,
        params: BatchParams,
        response: {
          200: { description: 'PDF', content: { 'application/pdf': { schema: Type.String({ format: 'binary' }) } } },
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const pdf = await service.proof(request.principal, request.params.batchId);
      return reply.type('application/pdf').send(pdf as unknown as string); // binary body, documented as format: binary
    },
  );

  app.post(
    '/card-batches/:batchId/dispatch',
    {
      schema: {
        tags: ['cards'],
        summary: "Mark a batch's cards sent",
        operationId: 'markCardBatchSent',
        security,
        params: BatchParams,
        response: { 200: CardBatch, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => presentBatch(await service.markSent(request.principal, request.params.batchId)),
  );

  const MyCard = Type.Object(
    {
      id: Uuid,
      passNumber: Type.String(),
      status: Type.Union([
        Type.Literal('on-its-way'),
        Type.Literal('sent'),
        Type.Literal('active'),
        Type.Literal('blocked'),
      ]),
      orderedAt: Type.String({ format: 'date-time' }),
    },
    { $id: 'MyCard' },
  );

  app.get(
    '/me/cards',
    {
      schema: {
        tags: ['cards'],
        summary: "My physical cards (own and children's passes), newest first",
        operationId: 'listMyCards',
        security,
        response: { 200: Type.Object({ items: Type.Array(MyCard) }), ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ items: await cards.myCards(request.principal) }),
  );

  app.post(
    '/me/cards/:cardId/activation',
    {
      schema: {
        tags: ['cards'],
        summary: 'My card arrived: activate it (earlier cards of the pass stop working)',
        operationId: 'activateMyCard',
        security,
        params: Type.Object({ cardId: Uuid }),
        response: { 200: MyCard, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => cards.activateMine(request.principal, request.params.cardId),
  );
}
