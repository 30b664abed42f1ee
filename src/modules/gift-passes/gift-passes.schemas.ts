import { Type } from '@sinclair/typebox';
import { Cents, DateOnly, PositiveCents, Uuid } from '../../http/schemas.ts';

/** What goes in and out of the gift-pass endpoints; the presenters return their `Static<>` types. */

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });

export const GiftPaymentMethod = Type.Union([Type.Literal('online'), Type.Literal('invoice')], {
  description: 'online: paid at once through the payment provider; invoice: codes come when the transfer is confirmed',
});
export const GiftOrderStatus = Type.Union([
  Type.Literal('open'),
  Type.Literal('invoiced'),
  Type.Literal('paid'),
  Type.Literal('failed'),
  Type.Literal('canceled'),
  Type.Literal('expired'),
]);

export const NewGiftOrder = Type.Object(
  {
    companyName: Type.String({ minLength: 2, maxLength: 200, description: 'The business or employer' }),
    contactName: Type.String({ minLength: 2, maxLength: 200 }),
    email: Type.String({ format: 'email', maxLength: 200, description: 'Where the codes and the invoice go' }),
    quantity: Type.Integer({ minimum: 1, maximum: 500 }),
    paymentMethod: GiftPaymentMethod,
    purchaseOrderReference: Type.Optional(
      Type.String({ maxLength: 100, description: "The buyer's own order number, printed on the invoice" }),
    ),
  },
  { additionalProperties: false },
);

export const GiftOrderCreated = Type.Object({
  orderId: Uuid,
  accessToken: Type.String({ description: 'Shows the order and its codes: keep it; it is in the link we e-mail' }),
  status: GiftOrderStatus,
  amountCents: PositiveCents,
  checkoutUrl: Nullable(Type.String({ description: 'Where the buyer pays (online only)' })),
});

export const GiftCode = Type.Object({
  code: Type.String({ description: 'Formatted in groups of four' }),
  expiresOn: DateOnly,
  status: Type.Union([Type.Literal('available'), Type.Literal('used'), Type.Literal('expired')]),
});

export const GiftOrder = Type.Object(
  {
    id: Uuid,
    companyName: Type.String(),
    contactName: Type.String(),
    contactEmail: Type.String(),
    quantity: Type.Integer({ minimum: 1 }),
    unitPriceCents: PositiveCents,
    amountCents: PositiveCents,
    actionBudgetShareCents: Cents,
    paymentMethod: GiftPaymentMethod,
    status: GiftOrderStatus,
    purchaseOrderReference: Nullable(Type.String()),
    createdAt: DateTime,
    paidAt: Nullable(DateTime),
    codes: Type.Array(GiftCode, { description: 'Empty until the order is paid' }),
  },
  { $id: 'GiftOrder' },
);

export const GiftOrderQuery = Type.Object(
  { accessToken: Type.Optional(Type.String({ maxLength: 100, description: "The buyer's secret from the order" })) },
  { additionalProperties: false },
);

export const InvoicePayment = Type.Object(
  {
    bankReference: Type.String({
      minLength: 1,
      maxLength: 100,
      pattern: '^[A-Za-z0-9][A-Za-z0-9 ./:_+-]*$',
      description: 'Reference on the bank statement',
    }),
    receivedOn: DateOnly,
  },
  { additionalProperties: false },
);

export const NewGiftCodeRedemption = Type.Object(
  {
    code: Type.String({ minLength: 1, maxLength: 30, description: 'As printed, with or without dashes' }),
    recipient: Type.Optional(
      Type.Object(
        {
          name: Type.String({ minLength: 2, maxLength: 200 }),
          email: Type.String({ format: 'email', maxLength: 200 }),
          wijkCode: Type.String({ minLength: 1, maxLength: 20 }),
        },
        { additionalProperties: false, description: 'Who gets the pass; leave out when logged in' },
      ),
    ),
  },
  { additionalProperties: false },
);

export const GiftCodeRedeemed = Type.Object({
  passNumber: Type.String(),
  holderName: Type.String(),
  validFrom: DateOnly,
  validUntil: DateOnly,
});
