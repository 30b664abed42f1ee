import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses, Uuid } from '../../http/schemas.ts';
import {
  LEDGER_CSV_COLUMNS,
  presentLedgerCsv,
  presentLedgerJson,
  presentSettlementsCsv,
  SETTLEMENTS_CSV_COLUMNS,
} from './ledger.presenter.ts';
import { LedgerService } from './ledger.service.ts';

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const security = [{ sessionCookie: [] }];

const AccountType = Type.Union(
  [
    'scheme_fund',
    'action_budget',
    'pass_credit',
    'provider_payable',
    'pass_sale_income',
    'sponsor_contributions',
    'municipality_bank',
    'payout_clearing',
  ].map((t) => Type.Literal(t)),
);

const LedgerExport = Type.Object(
  {
    formatVersion: Type.String({ description: 'Version of this format; see docs/ledger.md' }),
    tenantId: Type.String(),
    generatedAt: Type.String({ format: 'date-time' }),
    currency: Type.Literal('EUR'),
    accounts: Type.Array(
      Type.Object({
        id: Uuid,
        type: AccountType,
        name: Type.String(),
        schemeId: nullable(Uuid),
        passId: nullable(Uuid),
        passNumber: nullable(Type.String({ description: '13 digits, no spaces' })),
        providerId: nullable(Uuid),
        balanceCents: Type.Integer({ description: "Sum of the account's lines: positive is a debit balance" }),
        createdAt: Type.String({ format: 'date-time' }),
      }),
    ),
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

const PostedEntry = Type.Object({
  id: Uuid,
  kind: Type.String(),
  reference: Type.String(),
  created: Type.Boolean({ description: 'false when this reversal had been booked before' }),
  lines: Type.Array(Type.Object({ accountId: Uuid, amountCents: Type.Integer() })),
});

export async function ledgerRoutes(app: App) {
  const service = new LedgerService(app.deps.database.db);

  app.addHook('onSend', async (_request, reply) => {
    reply.header('Cache-Control', 'private, no-store');
  });

  app.get(
    '/admin/ledger-export',
    {
      schema: {
        tags: ['ledger'],
        summary: 'Download the complete ledger: accounts, entries, lines and settlements (pass organisation only)',
        description: `JSON (accounts, entries with their lines, settlement runs, settlements and the lines they cover), CSV (one row per journal line, columns: ${LEDGER_CSV_COLUMNS.join(', ')}) or settlements-csv (one row per journal line a settlement covers, columns: ${SETTLEMENTS_CSV_COLUMNS.join(', ')}). The format is described in docs/ledger.md.`,
        operationId: 'exportLedger',
        security,
        querystring: Type.Object({
          format: Type.Optional(
            Type.Union([Type.Literal('json'), Type.Literal('csv'), Type.Literal('settlements-csv')], {
              default: 'json',
            }),
          ),
        }),
        response: {
          200: {
            description: 'The ledger',
            content: {
              'application/json': { schema: LedgerExport },
              'text/csv': { schema: Type.String({ description: 'RFC 4180 CSV with a header row' }) },
            },
          },
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const data = await service.exportLedger(request.principal);
      const stamp = data.generatedAt.toISOString().slice(0, 10);
      if (request.query.format === 'settlements-csv') {
        return reply
          .type('text/csv; charset=utf-8')
          .header('Content-Disposition', `attachment; filename="settlements-${data.tenantId}-${stamp}.csv"`)
          .send(presentSettlementsCsv(data));
      }
      if (request.query.format === 'csv') {
        return reply
          .type('text/csv; charset=utf-8')
          .header('Content-Disposition', `attachment; filename="ledger-${data.tenantId}-${stamp}.csv"`)
          .send(presentLedgerCsv(data));
      }
      return reply.type('application/json; charset=utf-8').send(presentLedgerJson(data));
    },
  );

  app.post(
    '/ledger-entries/:entryId/reversal',
    {
      schema: {
        tags: ['ledger'],
        summary: 'Correct a journal entry by booking its reversal (pass organisation only)',
        description:
          'Books the mirror image of the entry. Reversing the same entry again returns the first reversal. A reversal that would make pass credit negative is refused.',
        operationId: 'reverseLedgerEntry',
        security,
        params: Type.Object({ entryId: Uuid }),
        body: Type.Object({ reason: Type.String({ minLength: 3, maxLength: 500 }) }, { additionalProperties: false }),
        response: { 201: PostedEntry, 200: PostedEntry, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const posted = await service.reverse(request.principal, request.params.entryId, request.body.reason);
      return reply.code(posted.created ? 201 : 200).send(posted);
    },
  );
}
