import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { sendPage } from '../../http/paging.ts';
import { DateOnly, PageMeta, PagingQuery, problemResponses, Uuid } from '../../http/schemas.ts';
import { presentProviderSettlement, presentRun, presentRunSummary, presentSettlement } from './payouts.presenter.ts';
import { BankStatementResult, ProviderSettlement, Run, RunSummary, Settlement } from './payouts.schemas.ts';
import { PayoutsService } from './payouts.service.ts';

const security = [{ sessionCookie: [] }];
export async function payoutsRoutes(app: App) {
  const service = new PayoutsService(app.deps.database.db);

  // camt.053 statements arrive as XML; read as text here, parsed (without DTDs or entities) by the service.
  app.addContentTypeParser(
    ['application/xml', 'text/xml'],
    { parseAs: 'string', bodyLimit: 10 * 1024 * 1024 },
    (_request, body, done) => done(null, body),
  );
  app.addHook('onSend', async (_request, reply) => {
    reply.header('Cache-Control', 'private, no-store');
  });

  app.post(
    '/settlement-runs',
    {
      schema: {
        tags: ['payouts'],
        summary: "Settle every provider's open payable for a closed period (pass organisation only)",
        description:
          'Default period: last calendar month. Making the run for the same period again returns the first run and books nothing. A period that has not ended (periodEnd must be before today) or overlaps another run is refused.',
        operationId: 'createSettlementRun',
        security,
        body: Type.Optional(
          Type.Object(
            { periodStart: Type.Optional(DateOnly), periodEnd: Type.Optional(DateOnly) },
            { additionalProperties: false },
          ),
        ),
        response: { 201: Run, 200: Run, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const { runId, created } = await service.createRun(request.principal, request.body ?? {});
      const { run, settlements, blocked } = await service.getRun(request.principal, runId);
      return reply
        .code(created ? 201 : 200)
        .header('Location', `${request.url.replace(/\?.*$/, '')}/${runId}`)
        .send(presentRun(run, settlements, blocked));
    },
  );

  app.get(
    '/settlement-runs',
    {
      schema: {
        tags: ['payouts'],
        summary: 'Settlement runs, newest period first (pass organisation only)',
        operationId: 'listSettlementRuns',
        security,
        querystring: Type.Object({ ...PagingQuery }, { additionalProperties: false }),
        response: {
          200: Type.Object({ items: Type.Array(RunSummary), page: PageMeta }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const result = await service.listRuns(request.principal, request.query.page ?? 1, request.query.pageSize ?? 20);
      return sendPage(request, reply, { ...result, items: result.rows.map(presentRunSummary) });
    },
  );

  app.get(
    '/settlement-runs/:runId',
    {
      schema: {
        tags: ['payouts'],
        summary: 'A settlement run with its settlements and blocked providers (pass organisation only)',
        operationId: 'getSettlementRun',
        security,
        params: Type.Object({ runId: Uuid }),
        response: { 200: Run, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { run, settlements, blocked } = await service.getRun(request.principal, request.params.runId);
      return presentRun(run, settlements, blocked);
    },
  );

  app.get(
    '/settlement-runs/:runId/sepa-credit-transfer',
    {
      schema: {
        tags: ['payouts'],
        summary:
          "The SEPA credit-transfer file (pain.001.001.09) of a run, for the municipality's bank (pass organisation only)",
        description:
          'One transaction per settlement; EndToEndId is the settlement id without hyphens. The MsgId is fixed per run, so the bank refuses a second upload.',
        operationId: 'getSettlementRunCreditTransfer',
        security,
        params: Type.Object({ runId: Uuid }),
        querystring: Type.Object({ executionDate: Type.Optional(DateOnly) }, { additionalProperties: false }),
        response: {
          200: { description: 'pain.001.001.09 XML', content: { 'application/xml': { schema: Type.String() } } },
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const { xml, run } = await service.creditTransferFile(
        request.principal,
        request.params.runId,
        request.query.executionDate,
      );
      return reply
        .type('application/xml; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="uitbetaling-${run.period_start}-${run.period_end}.xml"`)
        .send(xml);
    },
  );

  app.post(
    '/settlement-runs/:runId/bank-statements',
    {
      schema: {
        tags: ['payouts'],
        summary:
          "Upload the bank's camt.053 statement: settlements it shows as paid are marked paid (pass organisation only)",
        description:
          'Matches each booked debit transaction by EndToEndId and amount. Uploading the same statement again changes nothing.',
        operationId: 'uploadSettlementBankStatement',
        security,
        params: Type.Object({ runId: Uuid }),
        body: Type.String({ description: 'camt.053 XML (application/xml)' }),
        response: {
          200: BankStatementResult,
          ...problemResponses(400, 401, 403, 404, 415),
        },
      },
    },
    async (request) => service.applyBankStatement(request.principal, request.params.runId, request.body),
  );

  app.post(
    '/settlements/:settlementId/payment-confirmation',
    {
      schema: {
        tags: ['payouts'],
        summary: 'Confirm by hand that the bank paid a settlement (pass organisation only)',
        operationId: 'confirmSettlementPayment',
        security,
        params: Type.Object({ settlementId: Uuid }),
        body: Type.Optional(
          Type.Object(
            {
              paidOn: Type.Optional(DateOnly),
              reference: Type.Optional(
                Type.String({ minLength: 1, maxLength: 200, description: "e.g. the bank's reference" }),
              ),
            },
            { additionalProperties: false },
          ),
        ),
        response: { 200: Settlement, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      presentSettlement(
        (await service.confirmPayment(request.principal, request.params.settlementId, request.body ?? {})).settlement,
      ),
  );

  app.get(
    '/settlements/:settlementId/statement.pdf',
    {
      schema: {
        tags: ['payouts'],
        summary:
          "The PDF statement of a settlement: every redemption of the period (the provider's admins and the pass organisation)",
        operationId: 'getSettlementStatement',
        security,
        params: Type.Object({ settlementId: Uuid }),
        response: {
          200: { description: 'PDF', content: { 'application/pdf': { schema: Type.String({ format: 'binary' }) } } },
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const { pdf, settlement } = await service.statementPdf(request.principal, request.params.settlementId);
      return reply
        .type('application/pdf')
        .header(
          'Content-Disposition',
          `attachment; filename="afrekening-${settlement.period_start}-${settlement.period_end}.pdf"`,
        )
        .send(pdf as unknown as string); // binary body; the schema documents it as format: binary
    },
  );

  app.get(
    '/providers/:providerId/settlements',
    {
      schema: {
        tags: ['payouts'],
        summary: "A provider's settlements, newest period first (its admins and the pass organisation)",
        operationId: 'listProviderSettlements',
        security,
        params: Type.Object({ providerId: Uuid }),
        querystring: Type.Object({ ...PagingQuery }, { additionalProperties: false }),
        response: {
          200: Type.Object({ items: Type.Array(ProviderSettlement), page: PageMeta }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const result = await service.listProviderSettlements(
        request.principal,
        request.params.providerId,
        request.query.page ?? 1,
        request.query.pageSize ?? 20,
      );
      return sendPage(request, reply, { ...result, items: result.rows.map(presentProviderSettlement) });
    },
  );
}
