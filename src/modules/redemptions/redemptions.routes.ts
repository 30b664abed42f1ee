import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { sendPage } from '../../http/paging.ts';
import { PageMeta, PagingQuery, problemResponses, Uuid } from '../../http/schemas.ts';
import { IDEMPOTENCY_KEY_RETENTION_DAYS } from './idempotency-retention.ts';
import { RedemptionsRepository } from './redemptions.repository.ts';
import { RedemptionsService } from './redemptions.service.ts';
import { MAX_QUOTE_LENGTH } from './till-quote.ts';

const Cents = Type.Integer({ minimum: 0, description: 'Amount in euro cents' });

const redemptionFields = {
  id: Uuid,
  offerId: Uuid,
  offerTitle: Type.String(),
  passNumber: Type.String({ description: 'Pass number as printed on the card' }),
  priceCents: { ...Cents, description: 'Price charged to the holder, in euro cents' },
  creditCents: { ...Cents, description: 'Part of the price paid from pass credit, in euro cents' },
  toPayCents: { ...Cents, description: 'What the holder pays at the till: priceCents minus creditCents' },
  redeemedAt: Type.String({ format: 'date-time' }),
  cancellableUntil: Type.String({
    format: 'date-time',
    description: 'Till this moment the provider can cancel the redemption',
  }),
  status: Type.Union([Type.Literal('redeemed'), Type.Literal('cancelled')]),
};
const Redemption = Type.Object(redemptionFields, { description: 'One use of an offer with a pass, at a till' });
const RedemptionListItem = Type.Object({ ...redemptionFields, providerName: Type.String() });

const TillOffers = Type.Object({
  pass: Type.Object({
    number: Type.String({ description: 'Pass number as printed on the card' }),
    status: Type.Union([Type.Literal('active'), Type.Literal('blocked'), Type.Literal('expired')]),
    validUntil: Type.String({ format: 'date' }),
  }),
  items: Type.Array(
    Type.Object({
      offerId: Uuid,
      title: Type.String(),
      priceCents: { ...Cents, description: 'The price to charge this pass now, in euro cents' },
      creditAvailableCents: {
        ...Cents,
        description: 'How much of the price this pass can pay from its credit at this offer, in euro cents',
      },
      available: Type.Boolean(),
      unavailableReason: Type.Optional(
        Type.Union([Type.Literal('limit-reached'), Type.Literal('sold-out'), Type.Literal('not-valid-today')]),
      ),
    }),
  ),
  quote: Type.Optional(
    Type.String({
      maxLength: MAX_QUOTE_LENGTH,
      description:
        'One quote for the available offers of this list: send it back unchanged as quote of the redemption, within 2 minutes, so the ' +
        'redemption is booked at the listed price without looking everything up again. Opaque and sealed; a missing or expired quote only makes ' +
        'the redemption a little slower. Absent when no offer is available, or for a list of very many offers.',
    }),
  ),
});

const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      minLength: 8,
      maxLength: 100,
      description:
        'A unique key per redemption (e.g. a UUID). A retry with the same key and body gets the first answer, and books nothing twice. ' +
        `Keys are kept for ${IDEMPOTENCY_KEY_RETENTION_DAYS} days; after that the same key is a new request.`,
    }),
  ),
});

const TILL_SECURITY: { [scheme: string]: string[] }[] = [{ sessionCookie: [] }, { apiToken: [] }];

export async function redemptionsRoutes(app: App) {
  const { database, config } = app.deps;
  const service = new RedemptionsService(new RedemptionsRepository(database.db), { qrSecret: config.qrSecret });

  app.get(
    '/till/passes/:passIdentifier/offers',
    {
      schema: {
        tags: ['till'],
        summary: 'The offers of my provider for this pass, each with the price to charge now',
        description:
          'passIdentifier is the number on the card (spaces allowed) or the content of the QR code in the app, URL-encoded. ' +
          'A mistyped number or stale QR code gives 400 pass-number-invalid, an unknown pass 404 pass-not-found, a blocked or expired pass ' +
          '409 pass-blocked or pass-expired. The answer holds the price to charge and nothing else about the holder.',
        operationId: 'listTillOffersForPass',
        security: TILL_SECURITY,
        params: Type.Object({ passIdentifier: Type.String({ minLength: 1, maxLength: 200 }) }),
        response: { 200: TillOffers, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.tillOffers(request.principal, request.params.passIdentifier),
  );

  app.post(
    '/redemptions',
    {
      schema: {
        tags: ['till'],
        summary: 'Redeem an offer with a pass',
        description:
          'Books one use of the offer, exactly once: per-pass limits and stock hold under any number of tills. ' +
          'Refusals are problem+json with a type per rule: pass-not-found, pass-number-invalid, pass-blocked, pass-expired, offer-not-found, ' +
          'offer-of-other-provider, offer-not-available, offer-not-valid-today, offer-sold-out, limit-reached. ' +
          'With creditCents the holder pays that part of the price from pass credit (creditAvailableCents of the till list says how much can): ' +
          'more than the pass can spend at this offer (an offer that takes no credit: 0) gives 409 credit-insufficient, more than the price 400; ' +
          'the redemption and its payment are booked together or not at all. A retry with the same ' +
          'Idempotency-Key and body gets the first answer again (refusals included); the same key with another body gives 422 idempotency-key-reused.',
        operationId: 'createRedemption',
        security: TILL_SECURITY,
        headers: IdempotencyHeaders,
        body: Type.Object(
          {
            passIdentifier: Type.String({
              minLength: 1,
              maxLength: 200,
              description: 'Card number or QR code content',
            }),
            offerId: Uuid,
            creditCents: Type.Optional(
              Type.Integer({
                minimum: 0,
                maximum: 100_000_000,
                description:
                  'Part of the price the holder pays from pass credit, in euro cents (0 up to the price). Default 0.',
              }),
            ),
            quote: Type.Optional(
              Type.String({
                maxLength: MAX_QUOTE_LENGTH,
                description: 'The quote of the till list this offer was on, unchanged (optional).',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 201: Redemption, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.redeem(request.principal, request.body, request.headers['idempotency-key'])),
  );

  app.post(
    '/redemptions/:redemptionId/cancellation',
    {
      schema: {
        tags: ['till'],
        summary: 'Cancel a mistaken redemption, within 30 minutes',
        description:
          'Only the provider that booked it can cancel. The use no longer counts for the per-pass limit and the stock gets it back; ' +
          'a payment from pass credit goes back onto the pass. ' +
          'Cancelling a cancelled redemption answers its current state; after 30 minutes the answer is 409 redemption-not-cancellable.',
        operationId: 'cancelRedemption',
        security: TILL_SECURITY,
        params: Type.Object({ redemptionId: Uuid }),
        response: { 200: Redemption, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.cancel(request.principal, request.params.redemptionId),
  );

  app.get(
    '/redemptions',
    {
      schema: {
        tags: ['till'],
        summary: "Redemptions, newest first: my provider's, or all for the pass organisation",
        operationId: 'listRedemptions',
        security: TILL_SECURITY,
        querystring: Type.Object(PagingQuery),
        response: {
          200: Type.Object({ items: Type.Array(RedemptionListItem), page: PageMeta }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) =>
      sendPage(
        request,
        reply,
        await service.list(request.principal, request.query.page ?? 1, request.query.pageSize ?? 20),
      ),
  );
}
