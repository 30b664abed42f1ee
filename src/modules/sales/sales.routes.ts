import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { sendPage } from '../../http/paging.ts';
import { PageMeta, PagingQuery, problemResponses, Uuid } from '../../http/schemas.ts';
import { loadSalesConfig } from './sales.config.ts';
import { presentOrder, presentOrderSummary, presentPrices, presentTestPayment } from './sales.presenter.ts';
import { SalesRepository } from './sales.repository.ts';
import {
  NewPassOrder,
  OrderStatus,
  PassOrder,
  PassOrderCreated,
  PassOrderSummary,
  PassPrices,
  ProviderName,
  TestPayment,
} from './sales.schemas.ts';
import { SalesService } from './sales.service.ts';

/** A session cookie, or nobody: a visitor may buy a pass and see the status of the order. */
const security: Record<string, string[]>[] = [{ sessionCookie: [] }, {}];
const OrderParams = Type.Object({ orderId: Uuid });
const PaymentId = Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' });

export async function salesRoutes(app: App) {
  const { database, config } = app.deps;
  const service = new SalesService(new SalesRepository(database.db), config, loadSalesConfig(config));

  // Mollie posts its webhook as a form (`id=tr_...`); only this plugin's routes parse forms.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 4096 },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    },
  );
  app.addHook('onSend', async (_request, reply) => {
    reply.header('Cache-Control', 'private, no-store');
  });

  app.get(
    '/pass-prices',
    {
      schema: {
        tags: ['pass sales'],
        summary: 'What a pass costs per pass year, and how much of it goes to the actiebudget',
        operationId: 'getPassPrices',
        response: { 200: PassPrices, ...problemResponses(409) },
      },
    },
    async (request) => presentPrices(await service.prices(request.principal.tenantId)),
  );

  app.post(
    '/pass-orders',
    {
      schema: {
        tags: ['pass sales'],
        summary: 'Order a pass (and child passes); answers where to pay',
        operationId: 'createPassOrder',
        security,
        description:
          'Logged in as a resident: the order is in your name. Not logged in: give buyer (name, e-mail, wijk); you become a resident and log in later with an e-mail link. Nothing is booked and no pass exists until the payment provider confirms the payment.',
        body: NewPassOrder,
        response: { 201: PassOrderCreated, ...problemResponses(400, 403, 409, 502) },
      },
    },
    async (request, reply) => reply.code(201).send(await service.createOrder(request.principal, request.body)),
  );

  app.get(
    '/pass-orders/:orderId',
    {
      schema: {
        tags: ['pass sales'],
        summary: 'Status of a pass order (after the checkout)',
        operationId: 'getPassOrder',
        security,
        params: OrderParams,
        response: { 200: PassOrder, ...problemResponses(400, 404) },
      },
    },
    async (request) => presentOrder(await service.getOrder(request.principal, request.params.orderId)),
  );

  app.post(
    '/pass-orders/:orderId/payments',
    {
      schema: {
        tags: ['pass sales'],
        summary: 'Pay an order placed for you: a pass at a reduced price after an approved application',
        operationId: 'startPassOrderPayment',
        description:
          'Only the resident the order is for. An open payment is returned as it is; a failed, canceled or expired one is replaced by a new one. Answers where to pay.',
        security: [{ sessionCookie: [] }],
        params: OrderParams,
        response: { 201: PassOrderCreated, ...problemResponses(400, 401, 404, 409, 502) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.startOrderPayment(request.principal, request.params.orderId)),
  );

  app.get(
    '/admin/pass-orders',
    {
      schema: {
        tags: ['pass sales'],
        summary: 'Pass orders, newest first (pass organisation only)',
        operationId: 'listPassOrders',
        security: [{ sessionCookie: [] }],
        querystring: Type.Object({ ...PagingQuery, status: Type.Optional(OrderStatus) }),
        response: {
          200: Type.Object({ items: Type.Array(PassOrderSummary), page: PageMeta }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const { rows, page, pageSize, totalItems } = await service.listOrders(
        request.principal,
        request.query.page ?? 1,
        request.query.pageSize ?? 20,
        request.query.status,
      );
      return sendPage(request, reply, { items: rows.map(presentOrderSummary), page, pageSize, totalItems });
    },
  );

  app.post(
    '/pass-orders/:orderId/refunds',
    {
      schema: {
        tags: ['pass sales'],
        summary:
          'Refund a paid order in full: pays back, books the reversal, blocks its passes (pass organisation only)',
        operationId: 'refundPassOrder',
        security: [{ sessionCookie: [] }],
        params: OrderParams,
        body: Type.Optional(
          Type.Object({ reason: Type.Optional(Type.String({ maxLength: 300 })) }, { additionalProperties: false }),
        ),
        response: { 201: PassOrder, 200: PassOrder, ...problemResponses(400, 401, 403, 404, 409, 502) },
      },
    },
    async (request, reply) => {
      const { order, created } = await service.refund(request.principal, request.params.orderId, request.body?.reason);
      return reply.code(created ? 201 : 200).send(presentOrder(await service.getOrder(request.principal, order.id)));
    },
  );

  app.post(
    '/payment-webhooks/:provider',
    {
      schema: {
        tags: ['pass sales'],
        summary: 'Webhook of a payment provider: a payment changed',
        operationId: 'receivePaymentWebhook',
        description:
          'Body `{ "id": "<payment id>" }` as JSON or as a form (Mollie). The body is never trusted: the payment\'s status and amount are fetched from the provider; only a paid payment of exactly the order\'s amount is booked, once.',
        params: Type.Object({ provider: ProviderName }),
        body: Type.Object({ id: PaymentId }),
        response: { 204: Type.Null(), ...problemResponses(400, 404, 409, 502) },
      },
    },
    async (request, reply) => {
      await service.handleWebhook(request.principal.tenantId, request.params.provider, request.body.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/test-payments/:paymentId',
    {
      schema: {
        tags: ['pass sales'],
        summary: 'A payment of the built-in TEST provider (no real money)',
        operationId: 'getTestPayment',
        params: Type.Object({ paymentId: PaymentId }),
        response: { 200: TestPayment, ...problemResponses(400, 404) },
      },
    },
    async (request) =>
      presentTestPayment(await service.testPayment(request.principal.tenantId, request.params.paymentId)),
  );

  app.post(
    '/test-payments/:paymentId/outcomes',
    {
      schema: {
        tags: ['pass sales'],
        summary: 'End a TEST payment as paid, failed or canceled; the test provider then calls our webhook',
        operationId: 'completeTestPayment',
        params: Type.Object({ paymentId: PaymentId }),
        body: Type.Object(
          { status: Type.Union([Type.Literal('paid'), Type.Literal('failed'), Type.Literal('canceled')]) },
          { additionalProperties: false },
        ),
        response: { 200: TestPayment, ...problemResponses(400, 404, 409) },
      },
    },
    async (request) =>
      presentTestPayment(
        await service.completeTestPayment(request.principal.tenantId, request.params.paymentId, request.body.status),
      ),
  );
}
