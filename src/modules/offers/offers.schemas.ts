import { Type, type TSchema } from '@sinclair/typebox';
import { Cents, DateOnly, Uuid } from '../../http/schemas.ts';
import { ProviderKind } from '../providers/providers.schemas.ts';

/** What goes out of the catalogue endpoints; the presenters return their `Static<>` types. */

const Nullable = <T extends TSchema>(schema: T, description?: string) =>
  Type.Union([schema, Type.Null()], description ? { description } : {});

const RouteRef = Type.Object({ slug: Type.String(), name: Type.String() });
const WijkRef = Type.Object({ code: Type.String(), name: Type.String() });

const summaryFields = {
  id: Uuid,
  title: Type.String(),
  summary: Type.String(),
  provider: Type.Object({ id: Uuid, name: Type.String() }),
  regularPriceCents: Nullable(Cents, 'Price without the pass, in euro cents; null when the offer states none'),
  passPriceCents: Nullable(Cents, 'Price with the pass, in euro cents; null when it cannot be stated'),
  routes: Type.Array(RouteRef),
  wijken: Type.Array(WijkRef, { description: 'Wijken with a location where the offer can be used' }),
  categories: Type.Array(Type.String(), { description: 'Category slugs' }),
  validUntil: DateOnly,
};

export const OfferStatus = Type.Union([
  Type.Literal('draft'),
  Type.Literal('submitted'),
  Type.Literal('changes_requested'),
  Type.Literal('published'),
  Type.Literal('paused'),
  Type.Literal('ended'),
  Type.Literal('suspended'),
]);
export const PriceType = Type.Union([
  Type.Literal('percentage_discount'),
  Type.Literal('amount_off'),
  Type.Literal('fixed_price'),
  Type.Literal('free'),
]);

export const OfferSummary = Type.Object(summaryFields);

export const OfferDetail = Type.Object({
  ...summaryFields,
  provider: Type.Object({
    id: Uuid,
    name: Type.String(),
    kind: ProviderKind,
    website: Nullable(Type.String()),
  }),
  description: Type.String(),
  conditions: Type.String(),
  targetGroups: Type.Array(Type.String()),
  locations: Type.Array(
    Type.Object({
      id: Uuid,
      name: Type.String(),
      street: Type.String(),
      postcode: Type.String(),
      city: Type.String(),
      wijk: WijkRef,
    }),
  ),
  limit: Type.Union(
    [
      Type.Object({
        perPass: Type.Integer({ minimum: 1 }),
        period: Type.Union((['day', 'week', 'month', 'pass_year', 'ever'] as const).map((p) => Type.Literal(p))),
      }),
      Type.Null(),
    ],
    { description: 'How often one pass may use the offer per period; null for no limit' },
  ),
  validFrom: DateOnly,
});

export const Route = Type.Object({
  id: Uuid,
  slug: Type.String(),
  name: Type.String(),
  description: Type.String(),
  isDemo: Type.Boolean(),
  offerCount: Type.Integer({ minimum: 0 }),
});

export const Category = Type.Object({ slug: Type.String(), nameNl: Type.String(), nameEn: Type.String() });
