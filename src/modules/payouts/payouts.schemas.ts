import { Type } from '@sinclair/typebox';
import { DateOnly, Uuid } from '../../http/schemas.ts';

/** What goes out of the payout endpoints; the presenters return their `Static<>` types. */

const Status = Type.Union([Type.Literal('pending'), Type.Literal('paid')], {
  description: 'pending: in the payout file, not yet confirmed; paid: the bank confirmed it',
});
const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const Settlement = Type.Object({
  id: Uuid,
  runId: Uuid,
  provider: Type.Object({ id: Uuid, name: Type.String() }),
  periodStart: DateOnly,
  periodEnd: DateOnly,
  amountCents: Type.Integer({ minimum: 1 }),
  creditorName: Type.String(),
  creditorIban: Type.String(),
  status: Status,
  paidOn: nullable(DateOnly),
  paymentSource: nullable(Type.Union([Type.Literal('bank_statement'), Type.Literal('manual')])),
  createdAt: Type.String({ format: 'date-time' }),
});

export const ProviderSettlement = Type.Object({
  id: Uuid,
  periodStart: DateOnly,
  periodEnd: DateOnly,
  amountCents: Type.Integer({ minimum: 1 }),
  creditorIban: Type.String(),
  status: Status,
  paidOn: nullable(DateOnly),
  createdAt: Type.String({ format: 'date-time' }),
});

export const Run = Type.Object({
  id: Uuid,
  periodStart: DateOnly,
  periodEnd: DateOnly,
  debtorName: Type.String(),
  debtorIban: nullable(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
  settlementCount: Type.Integer(),
  totalCents: Type.Integer(),
  paidCount: Type.Integer(),
  settlements: Type.Array(Settlement),
  blockedProviders: Type.Array(
    Type.Object({
      provider: Type.Object({ id: Uuid, name: Type.String() }),
      amountCents: Type.Integer({
        description: 'Payable left open: settled by a later run once the bank account is valid',
      }),
      reason: Type.String({ description: 'no-bank-account, iban-invalid or no-account-holder-name' }),
    }),
  ),
});

export const RunSummary = Type.Object({
  id: Uuid,
  periodStart: DateOnly,
  periodEnd: DateOnly,
  createdAt: Type.String({ format: 'date-time' }),
});
const Money = Type.Object({ settlementId: Uuid, amountCents: Type.Integer() });

/** What an uploaded camt.053 statement did to the run's settlements. */
export const BankStatementResult = Type.Object({
  paid: Type.Array(Money, { description: 'Marked paid by this upload' }),
  alreadyPaid: Type.Array(Money),
  unmatched: Type.Array(
    Type.Object({
      endToEndId: nullable(Type.String()),
      amountCents: nullable(Type.Integer()),
      reason: Type.String({
        description: 'not-in-this-run, no-end-to-end-id, amount-differs, not-a-payment or not-booked',
      }),
    }),
  ),
});
