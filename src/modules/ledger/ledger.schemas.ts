import { Type } from '@sinclair/typebox';
import { Uuid } from '../../http/schemas.ts';
import type { LedgerAccountType } from './ledger.tables.ts';

/** What goes out of the ledger endpoints; the presenters return their `Static<>` types. */

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

const AccountType = Type.Union(
  (
    [
      'scheme_fund',
      'action_budget',
      'pass_credit',
      'provider_payable',
      'pass_sale_income',
      'sponsor_contributions',
      'municipality_bank',
      'payout_clearing',
    ] as const satisfies readonly LedgerAccountType[]
  ).map((t) => Type.Literal(t)),
);

/** A ledger account in the export, with its balance. */
export const LedgerAccount = Type.Object({
  id: Uuid,
  type: AccountType,
  name: Type.String(),
  schemeId: nullable(Uuid),
  passId: nullable(Uuid),
  passNumber: nullable(Type.String({ description: '13 digits, no spaces' })),
  providerId: nullable(Uuid),
  balanceCents: Type.Integer({ description: "Sum of the account's lines: positive is a debit balance" }),
  createdAt: Type.String({ format: 'date-time' }),
});

export const LedgerExport = Type.Object(
  {
    formatVersion: Type.String({ description: 'Version of this format; see docs/ledger.md' }),
    tenantId: Type.String(),
    generatedAt: Type.String({ format: 'date-time' }),
    currency: Type.Literal('EUR'),
    accounts: Type.Array(LedgerAccount),
    entries: Type.Array(
      Type.Object({
        id: Uuid,
        kind: Type.String(),
        reference: Type.String(),
        description: Type.String(),
        occurredAt: Type.String({ format: 'date-time' }),
        recordedAt: Type.String({ format: 'date-time' }),
        reversesEntryId: nullable(Uuid),
        recordedBy: nullable(Type.String()),
        lines: Type.Array(
          Type.Object({
            lineNo: Type.Integer({ minimum: 1 }),
            accountId: Uuid,
            amountCents: Type.Integer({
              description: 'Positive: debit; negative: credit. The lines of an entry sum to 0',
            }),
          }),
        ),
      }),
    ),
    settlementRuns: Type.Array(
      Type.Object({
        id: Uuid,
        periodStart: Type.String({ format: 'date' }),
        periodEnd: Type.String({ format: 'date' }),
        debtorName: Type.String(),
        debtorIban: nullable(Type.String()),
        debtorBic: nullable(Type.String()),
        createdAt: Type.String({ format: 'date-time' }),
        createdBy: nullable(Type.String()),
        blockedProviders: Type.Array(
          Type.Object({
            providerId: Uuid,
            amountCents: Type.Integer({ description: 'Open payable not paid in this run' }),
            reason: Type.String(),
          }),
        ),
      }),
      { description: 'Settlement runs (payouts), oldest period first' },
    ),
    settlements: Type.Array(
      Type.Object({
        id: Uuid,
        runId: Uuid,
        providerId: Uuid,
        periodStart: Type.String({ format: 'date' }),
        periodEnd: Type.String({ format: 'date' }),
        amountCents: Type.Integer({ description: 'Sum of the settlement lines it covers' }),
        creditorName: Type.String(),
        creditorIban: Type.String({ description: 'No spaces' }),
        creditorBic: nullable(Type.String()),
        entryId: Uuid,
        status: Type.Union([Type.Literal('pending'), Type.Literal('paid')]),
        paidOn: nullable(Type.String({ format: 'date' })),
        paidAt: nullable(Type.String({ format: 'date-time' })),
        paymentEntryId: nullable(Uuid),
        paymentSource: nullable(Type.Union([Type.Literal('bank_statement'), Type.Literal('manual')])),
        paymentReference: nullable(Type.String()),
        createdAt: Type.String({ format: 'date-time' }),
      }),
    ),
    settlementLines: Type.Array(
      Type.Object({
        settlementId: Uuid,
        entryId: Uuid,
        lineNo: Type.Integer({ minimum: 1 }),
        amountCents: Type.Integer({
          description: 'The provider-payable journal line (entryId, lineNo) this settlement covers',
        }),
      }),
    ),
  },
  { $id: 'LedgerExport' },
);

/** A reversal as booked (or found booked before). */
export const PostedReversal = Type.Object({
  id: Uuid,
  kind: Type.String(),
  reference: Type.String(),
  created: Type.Boolean({ description: 'false when this reversal had been booked before' }),
  lines: Type.Array(Type.Object({ accountId: Uuid, amountCents: Type.Integer() })),
});
