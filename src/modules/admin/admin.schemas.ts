import { Type } from '@sinclair/typebox';
import { DateOnly, Uuid } from '../../http/schemas.ts';
import { PaymentRules } from '../offers/payment-rules.schemas.ts';

/** What goes out of the pass organisation's lists; the presenters return their `Static<>` types. */

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const AdminHolder = Type.Object({
  id: Uuid,
  name: Type.String(),
  email: nullable(Type.String()),
  passNumber: nullable(Type.String()),
  category: nullable(
    Type.Union([Type.Literal('regular'), Type.Literal('low_income'), Type.Literal('carer'), Type.Literal('child')]),
  ),
  status: nullable(Type.Union([Type.Literal('active'), Type.Literal('blocked'), Type.Literal('expired')])),
  validUntil: nullable(DateOnly),
  wijk: nullable(Type.Object({ code: Type.String(), name: Type.String() })),
});

export const AdminProvider = Type.Object({
  id: Uuid,
  name: Type.String(),
  kind: Type.Union([
    Type.Literal('business'),
    Type.Literal('non_profit'),
    Type.Literal('community_centre'),
    Type.Literal('volunteer_initiative'),
  ]),
  locationCount: Type.Integer(),
  offerCount: Type.Integer(),
  redemptionCount: Type.Integer({ description: 'Redemptions that were not cancelled' }),
});

export const OfferStatusSchema = Type.Union([Type.Literal('draft'), Type.Literal('published')]);

export const AdminOffer = Type.Object({
  id: Uuid,
  title: Type.String(),
  provider: Type.Object({ id: Uuid, name: Type.String() }),
  status: OfferStatusSchema,
  priceType: Type.Union([
    Type.Literal('percentage_discount'),
    Type.Literal('amount_off'),
    Type.Literal('fixed_price'),
    Type.Literal('free'),
  ]),
  validFrom: DateOnly,
  validUntil: DateOnly,
  stock: nullable(Type.Object({ total: Type.Integer(), remaining: Type.Integer() })),
  paymentRules: PaymentRules,
});
