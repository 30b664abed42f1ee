import { Type } from '@sinclair/typebox';
import { Cents, DateOnly, PositiveCents, Uuid } from '../../http/schemas.ts';
import { PassStatus } from '../passes/passes.schemas.ts';

/** What goes in and out of the desk endpoints; the presenters return their `Static<>` types. */

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });

export const DeskPaymentMethod = Type.Union([Type.Literal('pin'), Type.Literal('cash')]);
export const DeskSaleKind = Type.Union([Type.Literal('new'), Type.Literal('renewal')]);
export const SalesPointKind = Type.Union([
  Type.Literal('library'),
  Type.Literal('city_office'),
  Type.Literal('community_centre'),
]);

export const NewDeskSale = Type.Object(
  {
    saleId: Type.Optional(Uuid),
    kind: DeskSaleKind,
    paymentMethod: DeskPaymentMethod,
    holder: Type.Optional(
      Type.Object(
        {
          name: Type.String({ minLength: 2, maxLength: 200 }),
          email: Type.Optional(Type.String({ format: 'email', maxLength: 200 })),
          birthDate: Type.Optional(DateOnly),
          wijkCode: Type.String({ minLength: 1, maxLength: 20 }),
        },
        { additionalProperties: false, description: 'For a new pass' },
      ),
    ),
    passNumber: Type.Optional(Type.String({ maxLength: 30, description: 'For a renewal: the pass number' })),
  },
  {
    additionalProperties: false,
    description: 'saleId: made by the desk page per sale, so sending it again does not sell twice.',
  },
);

export const DeskSaleDone = Type.Object({
  saleId: Uuid,
  kind: DeskSaleKind,
  paymentMethod: DeskPaymentMethod,
  amountCents: PositiveCents,
  passNumber: Type.String(),
  holderName: Type.String(),
  validUntil: DateOnly,
});

export const DeskPass = Type.Object({
  passNumber: Type.String(),
  holderName: Type.String(),
  status: PassStatus,
  validUntil: DateOnly,
  renewable: Type.Boolean({
    description: 'Whether the desk can renew it now (a paid pass, in its last 60 days or lapsed)',
  }),
});

export const NewDayClosing = Type.Object(
  {
    countedCashCents: Cents,
    pinTerminalCents: Type.Integer({ minimum: 0, description: "The pin terminal's day total, in cents" }),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);

export const DayClosing = Type.Object(
  {
    salesPointName: Type.String(),
    day: DateOnly,
    salesCount: Type.Integer({ minimum: 0 }),
    recordedCashCents: Cents,
    countedCashCents: Cents,
    cashDifferenceCents: Type.Integer({ description: 'Counted minus recorded' }),
    recordedPinCents: Cents,
    pinTerminalCents: Cents,
    pinDifferenceCents: Type.Integer({ description: 'Terminal minus recorded' }),
    note: Type.String(),
    closedBy: Type.String(),
    closedAt: DateTime,
  },
  { $id: 'DayClosing' },
);

export const DeskDay = Type.Object({
  salesPoint: Type.Object({ name: Type.String(), kind: SalesPointKind, address: Type.String() }),
  day: DateOnly,
  priceCents: Nullable(PositiveCents),
  sales: Type.Array(
    Type.Object({
      id: Uuid,
      kind: DeskSaleKind,
      paymentMethod: DeskPaymentMethod,
      amountCents: PositiveCents,
      passNumber: Type.String(),
      at: DateTime,
    }),
  ),
  totals: Type.Object({ count: Type.Integer({ minimum: 0 }), cashCents: Cents, pinCents: Cents }),
  closing: Nullable(DayClosing),
});
