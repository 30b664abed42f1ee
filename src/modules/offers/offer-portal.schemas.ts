import { Type } from '@sinclair/typebox';
import { Cents, DateOnly, Uuid } from '../../http/schemas.ts';
import { OfferStatus, PriceType } from './offers.schemas.ts';
import { ValidHours } from './valid-hours.schemas.ts';

/** What goes in and out of the provider portal's offer endpoints and moderation. */

export const TARGET_GROUPS = ['iedereen', 'kinderen', 'jongeren', 'volwassenen', 'gezinnen', 'ouderen'] as const;
export const LimitPeriod = Type.Union([
  Type.Literal('day'),
  Type.Literal('week'),
  Type.Literal('month'),
  Type.Literal('pass_year'),
  Type.Literal('ever'),
]);
// Null first: the validator coerces types, and with the number first a null would become 0.
const Nullable = <T extends ReturnType<typeof Type.Integer>>(schema: T) =>
  Type.Optional(Type.Union([Type.Null(), schema]));

export const OfferInput = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 120, pattern: '\\S' }),
    summary: Type.Optional(Type.String({ maxLength: 300 })),
    description: Type.Optional(Type.String({ maxLength: 4000 })),
    conditions: Type.Optional(Type.String({ maxLength: 2000 })),
    priceType: PriceType,
    regularPriceCents: Nullable(Cents),
    discountPercent: Nullable(Type.Integer({ minimum: 1, maximum: 100 })),
    amountOffCents: Nullable(Type.Integer({ minimum: 1, maximum: 100_000_000 })),
    fixedPriceCents: Nullable(Cents),
    reducedPriceCents: Nullable(
      Type.Integer({ minimum: 0, maximum: 100_000_000, description: 'Kansentarief: the price for minima' }),
    ),
    limitPerPass: Nullable(Type.Integer({ minimum: 1, maximum: 1000 })),
    limitPeriod: Type.Optional(Type.Union([Type.Null(), LimitPeriod])),
    stockTotal: Nullable(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
    validFrom: DateOnly,
    validUntil: DateOnly,
    categories: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 10 }),
    targetGroups: Type.Array(Type.Union(TARGET_GROUPS.map((g) => Type.Literal(g))), {
      maxItems: 6,
      description: 'Who the offer is for',
    }),
    routes: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 10, description: 'Route slugs' }),
    locationIds: Type.Array(Uuid, { minItems: 1, maxItems: 50, description: "The provider's own locations" }),
    eventDays: Type.Array(DateOnly, { maxItems: 100, description: 'Dates of an event, for the calendar' }),
    validHours: Type.Optional(ValidHours),
  },
  { additionalProperties: false },
);

export const PortalOffer = Type.Object({
  id: Uuid,
  providerId: Uuid,
  providerName: Type.String(),
  status: OfferStatus,
  version: Type.Integer({ description: 'Goes up with every change; a moderator sends it back with a decision' }),
  pendingStatus: Type.Union([Type.Literal('submitted'), Type.Literal('changes_requested'), Type.Null()], {
    description: 'For a published or paused offer: changes that wait for moderation',
  }),
  pendingChanges: Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()]),
  reviewComment: Type.Union([Type.String(), Type.Null()]),
  title: Type.String(),
  summary: Type.String(),
  description: Type.String(),
  conditions: Type.String(),
  priceType: PriceType,
  regularPriceCents: Type.Union([Cents, Type.Null()]),
  discountPercent: Type.Union([Type.Integer(), Type.Null()]),
  amountOffCents: Type.Union([Type.Integer(), Type.Null()]),
  fixedPriceCents: Type.Union([Cents, Type.Null()]),
  reducedPriceCents: Type.Union([Cents, Type.Null()]),
  limitPerPass: Type.Union([Type.Integer(), Type.Null()]),
  limitPeriod: Type.Union([LimitPeriod, Type.Null()]),
  stockTotal: Type.Union([Type.Integer(), Type.Null()]),
  stockRemaining: Type.Union([Type.Integer(), Type.Null()]),
  validFrom: DateOnly,
  validUntil: DateOnly,
  categories: Type.Array(Type.String()),
  targetGroups: Type.Array(Type.String()),
  routes: Type.Array(Type.String()),
  locationIds: Type.Array(Uuid),
  eventDays: Type.Array(DateOnly),
  validHours: ValidHours,
  updatedAt: Type.String({ format: 'date-time' }),
});

export const OfferEvent = Type.Object({
  id: Uuid,
  occurredAt: Type.String({ format: 'date-time' }),
  actorName: Type.String(),
  action: Type.String(),
  changes: Type.Object({}, { additionalProperties: true }),
  comment: Type.Union([Type.String(), Type.Null()]),
});

export const ReviewDecision = Type.Object(
  {
    decision: Type.Union([Type.Literal('approve'), Type.Literal('request_changes')]),
    version: Type.Integer({ minimum: 1, description: 'The version the moderator looked at' }),
    comment: Type.Optional(Type.String({ maxLength: 2000, description: 'Required when changes are requested' })),
  },
  { additionalProperties: false },
);

export const StockInput = Type.Object(
  {
    stockRemaining: Type.Union([Type.Null(), Type.Integer({ minimum: 0, maximum: 1_000_000 })], {
      description: 'How many are left from now on; null: no limit',
    }),
  },
  { additionalProperties: false },
);

export const StatusChange = Type.Object(
  {
    status: Type.Union(
      [Type.Literal('submitted'), Type.Literal('paused'), Type.Literal('published'), Type.Literal('ended')],
      {
        description:
          'submitted: send a draft for moderation; paused / published: pause or resume; ended: stop for good',
      },
    ),
  },
  { additionalProperties: false },
);

export const SuspensionInput = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S' }) },
  { additionalProperties: false },
);
