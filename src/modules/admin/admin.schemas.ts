import { Type } from '@sinclair/typebox';
import { DateOnly, Uuid } from '../../http/schemas.ts';
import { OfferStatus, PriceType } from '../offers/offers.schemas.ts';
import { PaymentRules } from '../offers/payment-rules.schemas.ts';
import { PassCategory, PassStatus } from '../passes/passes.schemas.ts';
import { ProviderKind } from '../providers/providers.schemas.ts';

/** What goes out of the pass organisation's lists; the presenters return their `Static<>` types. */

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const AdminHolder = Type.Object({
  id: Uuid,
  name: Type.String(),
  email: nullable(Type.String()),
  passNumber: nullable(Type.String()),
  category: nullable(PassCategory),
  status: nullable(PassStatus),
  validUntil: nullable(DateOnly),
  wijk: nullable(Type.Object({ code: Type.String(), name: Type.String() })),
});

export const AdminProvider = Type.Object({
  id: Uuid,
  name: Type.String(),
  kind: ProviderKind,
  locationCount: Type.Integer(),
  offerCount: Type.Integer(),
  redemptionCount: Type.Integer({ description: 'Redemptions that were not cancelled' }),
});

export const AdminOffer = Type.Object({
  id: Uuid,
  title: Type.String(),
  provider: Type.Object({ id: Uuid, name: Type.String() }),
  status: OfferStatus,
  priceType: PriceType,
  validFrom: DateOnly,
  validUntil: DateOnly,
  stock: nullable(Type.Object({ total: Type.Integer(), remaining: Type.Integer() })),
  paymentRules: PaymentRules,
});
