import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses, Uuid } from '../../http/schemas.ts';
import { DomainError } from '../../shared/errors.ts';
import { presentRun, presentRunSummary } from './income-import.presenter.ts';
import { ImportQuery, ImportRun, ImportRunSummary } from './income-import.schemas.ts';
import { INCOME_IMPORT_QUEUE, IncomeImportService } from './income-import.service.ts';

const security = [{ sessionCookie: [] }];
const FILE_LIMIT = 50 * 1024 * 1024;
const CSV_TYPES = ['text/csv', 'application/vnd.ms-excel'];
const RunParams = Type.Object({ runId: Uuid });

export async function incomeImportRoutes(app: App) {
  const service = new IncomeImportService(app.deps.database.db, app.deps.config.publicUrl);
  // The export arrives as raw bytes: it may be Windows-1252, which only the service can decode.
  app.addContentTypeParser(CSV_TYPES, { parseAs: 'buffer', bodyLimit: FILE_LIMIT }, (_r, body, done) =>
    done(null, body),
  );
  app.addHook('onSend', async (_request, reply) => {
    reply.header('Cache-Control', 'private, no-store');
  });

  app.post(
    '/income-imports',
    {
      schema: {
        tags: ['income import'],
        summary: 'Import the income administration export: a dry run, or the real run (pass organisation)',
        description:
          'Body: the CSV export (semicolons or commas, UTF-8 or Windows-1252, dates dd-mm-jjjj) with the columns ' +
          'klantnummer, naam, adres (postcode, woonplaats), geboortedatum, e-mail, categorie (minimum or mantelzorger) ' +
          'and huishouden (the client number of the head of the household). A BSN column is refused. A dry run answers ' +
          '201 with every problem; a real run answers 202 at once, and GET /income-imports/{runId} shows its progress.',
        operationId: 'createIncomeImport',
        security,
        querystring: ImportQuery,
        consumes: CSV_TYPES,
        body: Type.Unsafe<Buffer>({ description: 'The CSV file (bytes: UTF-8 or Windows-1252)' }),
        response: { 201: ImportRun, 202: ImportRun, ...problemResponses(400, 401, 403, 409, 413) },
      },
    },
    async (request, reply) => {
      if (!Buffer.isBuffer(request.body))
        throw new DomainError('invalid-csv', 'Send the CSV file as text/csv.', [
          { name: 'body', code: 'invalid-csv', reason: 'send the CSV file as text/csv' },
        ]);
      const { fileName, dryRun } = request.query;
      if (dryRun)
        return reply.code(201).send(presentRun(await service.dryRun(request.principal, fileName, request.body)));
      const { run, job } = await service.start(request.principal, fileName, request.body);
      // The run goes on as a background job (it survives a restart); the page polls its progress.
      const jobId = await app.deps.jobs.send(INCOME_IMPORT_QUEUE, job);
      await service.attachJob(job.tenantId, job.runId, jobId);
      return reply.code(202).send(presentRun(run));
    },
  );

  app.get(
    '/income-imports',
    {
      schema: {
        tags: ['income import'],
        summary: 'The latest imports, newest first (pass organisation)',
        operationId: 'listIncomeImports',
        security,
        response: { 200: Type.Object({ items: Type.Array(ImportRunSummary) }), ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ items: (await service.list(request.principal)).map(presentRunSummary) }),
  );

  app.get(
    '/income-imports/:runId',
    {
      schema: {
        tags: ['income import'],
        summary: 'One import with its progress, report and every problem (pass organisation)',
        operationId: 'getIncomeImport',
        security,
        params: RunParams,
        response: { 200: ImportRun, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => presentRun(await service.get(request.principal, request.params.runId)),
  );

  app.get(
    '/income-imports/:runId/letters.pdf',
    {
      schema: {
        tags: ['income import'],
        summary: 'The welcome letters of an import, one print-ready PDF (pass organisation)',
        operationId: 'getIncomeImportLetters',
        security,
        params: RunParams,
        response: {
          200: { description: 'PDF', content: { 'application/pdf': { schema: Type.String({ format: 'binary' }) } } },
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const pdf = await service.letters(request.principal, request.params.runId);
      return reply
        .type('application/pdf')
        .header('Content-Disposition', 'attachment; filename="welkomstbrieven.pdf"')
        .send(Buffer.from(pdf) as unknown as string);
    },
  );
}
