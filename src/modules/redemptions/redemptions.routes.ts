import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { sendPage } from '../../http/paging.ts';
import { PageMeta, PagingQuery, problemResponses, Uuid } from '../../http/schemas.ts';
import { cardCodesFor } from '../cards/card-codes.ts';
import { qrKeyLookupFor } from '../passes/qr-keys.ts';
import { tillSettingsLookupFor } from '../providers/till-settings.ts';
import { IDEMPOTENCY_KEY_RETENTION_DAYS } from './idempotency-retention.ts';
import { RedemptionsRepository } from './redemptions.repository.ts';
import { Redemption, RedemptionInput, RedemptionListItem, TillOffers } from './redemptions.schemas.ts';
import { RedemptionsService } from './redemptions.service.ts';

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
  const qrKeys = qrKeyLookupFor(database);
  const tillSettings = tillSettingsLookupFor(database);
  const cardCodes = cardCodesFor(database);
  const service = new RedemptionsService(new RedemptionsRepository(database.db), {
    qrSecret: config.qrSecret,
    passNumberOfQrKey: (tenantId, keyId) => qrKeys.passNumberOf(tenantId, keyId),
    passNumberOfCardCode: (tenantId, codeId) => cardCodes.passNumberOf(tenantId, codeId),
    acceptsTypedPassNumbers: (tenantId, providerId) => tillSettings.acceptsTypedPassNumbers(tenantId, providerId),
  });

  app.get(
    '/till/passes/:passIdentifier/offers',
    {
      schema: {
        tags: ['till'],
        summary: 'The offers of my provider for this pass, each with the price to charge now',
        description:
          "passIdentifier is the number on the card (spaces allowed), the content of the QR code in the app, or the static code in a physical card's QR code (SPC.…), URL-encoded. " +
          'A card code of a card not sent yet or replaced by a newer card gives 409 card-not-in-use. ' +
          'A mistyped number or forged QR code gives 400 pass-number-invalid, a QR code older than its window 400 qr-code-expired, ' +
          'one of a removed device 400 qr-code-revoked, a typed number where the provider takes QR codes only 400 typed-pass-number-refused, ' +
          'an unknown pass 404 pass-not-found, a blocked or expired pass ' +
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
          'Refusals are problem+json with a type per rule: pass-not-found, pass-number-invalid, qr-code-expired, qr-code-revoked, typed-pass-number-refused, pass-blocked, pass-expired, offer-not-found, ' +
          'offer-of-other-provider, offer-not-available, offer-not-valid-today, offer-sold-out, limit-reached. ' +
          'With creditCents the holder pays that part of the price from pass credit (creditAvailableCents of the till list says how much can): ' +
          'more than the pass can spend at this offer (an offer that takes no credit: 0) gives 409 credit-insufficient, more than the price 400; ' +
          'the redemption and its payment are booked together or not at all. A retry with the same ' +
          'Idempotency-Key and body gets the first answer again (refusals included); the same key with another body gives 422 idempotency-key-reused.',
        operationId: 'createRedemption',
        security: TILL_SECURITY,
        headers: IdempotencyHeaders,
        body: RedemptionInput,
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
