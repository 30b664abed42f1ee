import { Type } from '@sinclair/typebox';
import { Cents, DateOnly, Uuid } from '../../http/schemas.ts';
import { PassStatus } from '../passes/passes.schemas.ts';

/** What goes in and out of the pass-sales endpoints; the presenters return their `Static<>` types. */

/** How many child passes one order may hold. */
export const MAX_CHILDREN = 10;

const PaymentStatus = Type.Union([
  Type.Literal('open'),
  Type.Literal('paid'),
  Type.Literal('failed'),
  Type.Literal('canceled'),
  Type.Literal('expired'),
]);
export const OrderStatus = Type.Union([...PaymentStatus.anyOf, Type.Literal('refunding'), Type.Literal('refunded')]);
export const ProviderName = Type.Union([Type.Literal('test'), Type.Literal('mollie')]);
const Timestamp = Type.String({ format: 'date-time' });
const NullableTimestamp = Type.Union([Timestamp, Type.Null()]);

export const PassPrices = Type.Object(
  {
    adultPassCents: Cents,
    childPassCents: Cents,
    adultActionBudgetShareCents: Type.Integer({
      minimum: 0,
      description: 'Part of an adult pass booked to the actiebudget',
    }),
    childActionBudgetShareCents: Type.Integer({
      minimum: 0,
      description: 'Part of a child pass booked to the actiebudget',
    }),
    testPayments: Type.Boolean({
      description: 'true: the built-in test payment provider is active; no real money is paid',
    }),
  },
  { $id: 'PassPrices' },
);

export const NewPassOrder = Type.Object(
  {
    buyer: Type.Optional(
      Type.Object(
        {
          name: Type.String({ minLength: 2, maxLength: 120 }),
          email: Type.String({ format: 'email', maxLength: 254 }),
          wijkCode: Type.String({
            minLength: 1,
            maxLength: 20,
            description: 'Code of the wijk you live in, see GET /wijken',
          }),
        },
        {
          additionalProperties: false,
          description: 'Only when not logged in: you become a resident with this e-mail address',
        },
      ),
    ),
    passForSelf: Type.Optional(
      Type.Boolean({
        default: true,
        description: 'false: only child passes, linked to your valid pass (log in first)',
      }),
    ),
    children: Type.Optional(
      Type.Array(
        Type.Object(
          {
            name: Type.String({ minLength: 2, maxLength: 120 }),
            birthDate: DateOnly,
          },
          { additionalProperties: false },
        ),
        { maxItems: MAX_CHILDREN },
      ),
    ),
  },
  { additionalProperties: false },
);

export const PassOrderCreated = Type.Object({
  orderId: Uuid,
  checkoutUrl: Type.String({ description: 'Send the buyer here to pay' }),
  amountCents: Cents,
  status: OrderStatus,
});

export const PassOrder = Type.Object(
  {
    id: Uuid,
    status: OrderStatus,
    amountCents: Cents,
    actionBudgetShareCents: Cents,
    paymentProvider: ProviderName,
    createdAt: Timestamp,
    paidAt: NullableTimestamp,
    refundedAt: NullableTimestamp,
    items: Type.Array(
      Type.Object({
        passType: Type.Union([Type.Literal('adult'), Type.Literal('child')]),
        priceCents: Cents,
        holderName: Type.Union([Type.String(), Type.Null()], {
          description: 'Only for the buyer (logged in) and the pass organisation',
        }),
        passNumber: Type.Union([Type.String(), Type.Null()], {
          description: 'Once paid; only for the buyer (logged in) and the pass organisation',
        }),
        passStatus: Type.Union([PassStatus, Type.Null()]),
        validFrom: Type.Union([DateOnly, Type.Null()]),
        validUntil: Type.Union([DateOnly, Type.Null()]),
      }),
    ),
  },
  { $id: 'PassOrder' },
);

export const PassOrderSummary = Type.Object({
  id: Uuid,
  status: OrderStatus,
  holderName: Type.String(),
  amountCents: Cents,
  actionBudgetShareCents: Cents,
  paymentProvider: ProviderName,
  paymentId: Type.Union([Type.String(), Type.Null()]),
  createdAt: Timestamp,
  paidAt: NullableTimestamp,
  refundedAt: NullableTimestamp,
});

export const TestPayment = Type.Object({
  id: Type.String(),
  amountCents: Cents,
  description: Type.String(),
  redirectUrl: Type.String(),
  status: PaymentStatus,
  createdAt: Timestamp,
});
