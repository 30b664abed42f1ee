import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { sendPage } from '../../http/paging.ts';
import { FixedWindowLimiter } from '../../http/rate-limit.ts';
import { PageMeta, PagingQuery, problemResponses, Uuid } from '../../http/schemas.ts';
import { DomainError } from '../../shared/errors.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { registerPaymentHandler } from '../sales/other-payments.ts';
import { presentGiftCodeRedeemed, presentGiftOrder, presentGiftOrderCreated } from './gift-passes.presenter.ts';
import {
  GiftCodeRedeemed,
  GiftOrder,
  GiftOrderCreated,
  GiftOrderQuery,
  InvoicePayment,
  NewGiftCodeRedemption,
  NewGiftOrder,
} from './gift-passes.schemas.ts';
import { GiftPassesService } from './gift-passes.service.ts';

/** A session cookie, or nobody: a business orders without an account, a recipient activates without one. */
const security: Record<string, string[]>[] = [{ sessionCookie: [] }, {}];
const OrderParams = Type.Object({ orderId: Uuid });

/** Failed gift codes per client address: guessing codes is stopped long before it could work. */
export const GIFT_CODE_FAILURES = { limit: 10, windowSeconds: 15 * 60 };

export async function giftPassesRoutes(app: App) {
  const { database, config } = app.deps;
  const service = new GiftPassesService(database.db, config);
  const unregister = registerPaymentHandler((tenantId, providerName, paymentId, provider) =>
    service.handlePayment(tenantId, providerName, paymentId, provider),
  );
  app.addHook('onClose', async () => unregister());
  const failures = new FixedWindowLimiter(GIFT_CODE_FAILURES.limit, GIFT_CODE_FAILURES.windowSeconds);

  app.addHook('onSend', async (_request, reply) => {
    reply.header('Cache-Control', 'private, no-store');
  });

  app.post(
    '/gift-orders',
    {
      schema: {
        tags: ['gift passes'],
        summary: 'Order gift codes for passes (a business or employer), paid online or on invoice',
        description:
          'Online: pay at checkoutUrl; the codes exist once the provider says the payment is paid. Invoice: the codes exist once the pass organisation confirms the transfer.',
        operationId: 'createGiftOrder',
        security,
        body: NewGiftOrder,
        response: { 201: GiftOrderCreated, ...problemResponses(400, 403, 502) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentGiftOrderCreated(await service.createOrder(request.principal, request.body))),
  );

  app.get(
    '/gift-orders',
    {
      schema: {
        tags: ['gift passes'],
        summary: 'All gift orders with their codes, newest first (pass organisation only)',
        operationId: 'listGiftOrders',
        security: [{ sessionCookie: [] }],
        querystring: Type.Object({ ...PagingQuery }, { additionalProperties: false }),
        response: {
          200: Type.Object({ items: Type.Array(GiftOrder), page: PageMeta }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const result = await service.listOrders(request.principal, request.query.page ?? 1, request.query.pageSize ?? 20);
      const today = todayInNetherlands();
      return sendPage(request, reply, { ...result, items: result.rows.map((r) => presentGiftOrder(r, today)) });
    },
  );

  app.get(
    '/gift-orders/:orderId',
    {
      schema: {
        tags: ['gift passes'],
        summary: 'A gift order and its codes, for its buyer (accessToken) or the pass organisation',
        operationId: 'getGiftOrder',
        security,
        params: OrderParams,
        querystring: GiftOrderQuery,
        response: { 200: GiftOrder, ...problemResponses(400, 404) },
      },
    },
    async (request) =>
      presentGiftOrder(
        await service.getOrder(request.principal, request.params.orderId, request.query.accessToken),
        todayInNetherlands(),
      ),
  );

  app.post(
    '/gift-orders/:orderId/invoice-payments',
    {
      schema: {
        tags: ['gift passes'],
        summary: 'Confirm the bank transfer of an invoiced gift order: makes the codes and books the sale',
        description: 'The same bank reference again changes nothing.',
        operationId: 'confirmGiftOrderInvoicePayment',
        security: [{ sessionCookie: [] }],
        params: OrderParams,
        body: InvoicePayment,
        response: { 200: GiftOrder, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      presentGiftOrder(
        await service.confirmInvoicePayment(request.principal, request.params.orderId, request.body),
        todayInNetherlands(),
      ),
  );

  app.post(
    '/gift-code-redemptions',
    {
      schema: {
        tags: ['gift passes'],
        summary: 'Activate a pass with a gift code (once per code)',
        description: `After ${GIFT_CODE_FAILURES.limit} unknown, used or expired codes from one address in ${GIFT_CODE_FAILURES.windowSeconds / 60} minutes: 429 with Retry-After.`,
        operationId: 'redeemGiftCode',
        security,
        body: NewGiftCodeRedemption,
        response: { 201: GiftCodeRedeemed, ...problemResponses(400, 403, 404, 409, 410, 429) },
      },
    },
    async (request, reply) => {
      const key = `${request.principal.tenantId}:${request.ip}`;
      const wait = failures.retryAfter(key);
      if (wait > 0) {
        reply.header('Retry-After', String(wait));
        throw new DomainError('too-many-requests', 'Too many gift codes that did not work. Try again later.');
      }
      try {
        return reply.code(201).send(presentGiftCodeRedeemed(await service.redeem(request.principal, request.body)));
      } catch (error) {
        if (
          error instanceof DomainError &&
          ['gift-code-unknown', 'gift-code-used', 'gift-code-expired'].includes(error.code)
        )
          failures.hit(key);
        throw error;
      }
    },
  );
}
