import { Type } from '@sinclair/typebox';
import { Uuid } from '../../http/schemas.ts';

/** What goes in and out of an offer's payment rules; the presenters return their `Static<>` types. */

export const DiscountBorneBySchema = Type.Union(
  [Type.Literal('provider'), Type.Literal('scheme'), Type.Literal('action_budget')],
  {
    description:
      'Who bears the discount (the kansentarief difference included): the provider itself, the fund of a credit scheme, or the actiebudget',
  },
);

/** Who bears an offer's discount and whether pass credit may pay there (the pass organisation's view). */
export const PaymentRules = Type.Object({
  payableFromCredit: Type.Boolean({ description: 'Whether holders may pay here from pass credit' }),
  discountBorneBy: DiscountBorneBySchema,
  discountScheme: Type.Union([
    Type.Object({ id: Uuid, name: Type.String() }, { description: 'The credit scheme whose fund bears the discount' }),
    Type.Null(),
  ]),
});

/** An offer's payment rules as set (`PUT /admin/offers/{offerId}/payment-rules`). */
export const OfferPaymentRules = Type.Object({ offerId: Uuid, ...PaymentRules.properties });

/** What the pass organisation sends to set them: a credit scheme by id, only when its fund bears the discount. */
export const PaymentRulesInput = Type.Object(
  {
    payableFromCredit: PaymentRules.properties.payableFromCredit,
    discountBorneBy: DiscountBorneBySchema,
    discountSchemeId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
