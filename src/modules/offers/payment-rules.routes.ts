import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses, Uuid } from '../../http/schemas.ts';
import { OffersRepository } from './offers.repository.ts';
import { OfferPaymentRules, PaymentRulesInput } from './payment-rules.schemas.ts';
import { PaymentRulesService } from './payment-rules.service.ts';

export async function paymentRulesRoutes(app: App) {
  const service = new PaymentRulesService(new OffersRepository(app.deps.database.db));

  app.put(
    '/admin/offers/:offerId/payment-rules',
    {
      schema: {
        tags: ['administration'],
        summary: "Set who bears an offer's discount and whether pass credit may pay there (pass organisation only)",
        description:
          'discountBorneBy scheme needs discountSchemeId, a credit scheme of this municipality; the other two take none. ' +
          'The rules apply to redemptions from now on: a redemption booked before keeps its booking, also when it is cancelled.',
        operationId: 'setOfferPaymentRules',
        security: [{ sessionCookie: [] }],
        params: Type.Object({ offerId: Uuid }),
        body: PaymentRulesInput,
        response: {
          200: OfferPaymentRules,
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => service.set(request.principal, request.params.offerId, request.body),
  );
}
