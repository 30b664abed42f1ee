import { Type } from '@sinclair/typebox';
import { DateOnly, PositiveCents, Uuid } from '../../http/schemas.ts';
import { PassCategory } from '../passes/passes.schemas.ts';

/** What goes in and out of the credit endpoints; the presenters return their `Static<>` types. */

export const CreditScheme = Type.Object(
  {
    id: Uuid,
    name: Type.String(),
    description: Type.String(),
    amountPerPassCents: PositiveCents,
    eligiblePassCategories: Type.Array(PassCategory, {
      description: 'Pass categories that may receive this credit; empty: all',
    }),
    spendableOfferCategories: Type.Array(Type.String(), {
      description: 'Offer category slugs where the credit can be spent; empty: all offers',
    }),
    validUntil: DateOnly,
    fundBalanceCents: Type.Integer({ description: 'Budget left in the scheme fund' }),
    outstandingCreditCents: Type.Integer({ description: 'Credit on passes that is not spent or expired' }),
    passesWithCredit: Type.Integer(),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'CreditScheme' },
);

export const NewCreditScheme = Type.Object(
  {
    name: Type.String({ minLength: 2, maxLength: 120 }),
    description: Type.Optional(Type.String({ maxLength: 2000 })),
    amountPerPassCents: PositiveCents,
    eligiblePassCategories: Type.Optional(Type.Array(PassCategory, { maxItems: 4 })),
    spendableOfferCategories: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 50 }),
    ),
    validUntil: DateOnly,
    budgetCents: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 100_000_000_000,
        description: "Initial budget, booked from the municipality's bank to the scheme fund",
      }),
    ),
  },
  { additionalProperties: false },
);

const Booking = Type.Object({
  entryId: Uuid,
  created: Type.Boolean({ description: 'false when this reference was booked before: nothing new was booked' }),
  amountCents: PositiveCents,
});

/** Budget added to a scheme fund, with the fund's balance after. */
export const CreditFunding = Type.Composite([Booking, Type.Object({ fundBalanceCents: Type.Integer() })]);

/** Credit loaded onto one pass, with the pass's balance in the scheme after. */
export const CreditLoad = Type.Composite([
  Booking,
  Type.Object({ passNumber: Type.String(), balanceCents: Type.Integer({ minimum: 0 }) }),
]);

export const CreditLoadRowError = Type.Object({
  row: Type.Integer({ description: 'Line in the file (1 is the header); 0 for the file as a whole' }),
  column: Type.Union([Type.String(), Type.Null()]),
  code: Type.String(),
  reason: Type.String(),
});

export const BulkLoadReport = Type.Object({
  dryRun: Type.Boolean(),
  reference: Type.String({
    description: 'Load reference of this file; loads are booked once per (scheme, pass, reference)',
  }),
  rowCount: Type.Integer(),
  validRowCount: Type.Integer(),
  totalCents: Type.Integer({ description: 'Sum of the valid rows' }),
  alreadyBookedCount: Type.Integer({ description: 'Valid rows booked before under this reference' }),
  bookedCount: Type.Integer({ description: 'Rows booked by this request (0 in a dry run)' }),
  errors: Type.Array(CreditLoadRowError, { description: 'Every bad row; a real run with any error books nothing' }),
});

/** What expiring a scheme booked back to its fund. */
export const CreditExpiry = Type.Object({
  schemeId: Uuid,
  expiredPassCount: Type.Integer(),
  expiredCents: Type.Integer(),
});

export const CreditHistoryKind = Type.Union([
  Type.Literal('load'),
  Type.Literal('spend'),
  Type.Literal('expiry'),
  Type.Literal('correction'),
]);

export const OwnCredit = Type.Object({
  items: Type.Array(
    Type.Object({
      scheme: Type.Object({
        id: Uuid,
        name: Type.String(),
        description: Type.String(),
        spendableCategories: Type.Array(Type.String()),
      }),
      passNumber: Type.String(),
      holderName: Type.String(),
      balanceCents: Type.Integer({ minimum: 0 }),
      validUntil: DateOnly,
      expired: Type.Boolean(),
      expiresSoon: Type.Boolean({ description: 'Credit left and at most 30 days to go' }),
      history: Type.Array(
        Type.Object({
          entryId: Uuid,
          kind: CreditHistoryKind,
          amountCents: Type.Integer({ description: 'Plus: credit added; minus: credit used or expired' }),
          description: Type.String(),
          providerName: Type.Union([Type.String(), Type.Null()], {
            description: 'Where credit was paid at a till (or given back when that was cancelled); null otherwise',
          }),
          occurredAt: Type.String({ format: 'date-time' }),
        }),
      ),
    }),
  ),
});
