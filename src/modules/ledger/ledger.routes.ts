import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses, Uuid } from '../../http/schemas.ts';
import {
  LEDGER_CSV_COLUMNS,
  presentLedgerCsv,
  presentLedgerJson,
  presentReversal,
  presentSettlementsCsv,
  SETTLEMENTS_CSV_COLUMNS,
} from './ledger.presenter.ts';
import { LedgerExport, PostedReversal } from './ledger.schemas.ts';
import { LedgerService } from './ledger.service.ts';

const security = [{ sessionCookie: [] }];

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
        response: { 201: PostedReversal, 200: PostedReversal, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const posted = await service.reverse(request.principal, request.params.entryId, request.body.reason);
      return reply.code(posted.created ? 201 : 200).send(presentReversal(posted));
    },
  );
}
