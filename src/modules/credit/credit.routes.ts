import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { sendPage } from '../../http/paging.ts';
import { PageMeta, PagingQuery, PositiveCents, problemResponses, Uuid } from '../../http/schemas.ts';
import { presentOwnCredit, presentScheme } from './credit.presenter.ts';
import { CreditRepository } from './credit.repository.ts';
import {
  BulkLoadReport,
  CreditExpiry,
  CreditFunding,
  CreditLoad,
  CreditScheme,
  NewCreditScheme,
  OwnCredit,
} from './credit.schemas.ts';
import { CreditService } from './credit.service.ts';

const security = [{ sessionCookie: [] }];
const Reference = (description: string) =>
  Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9._:-]+$', description });
const SchemeParams = Type.Object({ schemeId: Uuid });
const CSV_BODY_LIMIT = 10 * 1024 * 1024;

export async function creditRoutes(app: App) {
  const service = new CreditService(new CreditRepository(app.deps.database.db));

  // Bulk loads arrive as CSV; this parser only applies to the routes of this plugin.
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: CSV_BODY_LIMIT }, (_request, body, done) =>
    done(null, body),
  );
  app.addHook('onSend', async (_request, reply) => {
    reply.header('Cache-Control', 'private, no-store');
  });

  app.get(
    '/credit-schemes',
    {
      schema: {
        tags: ['credit'],
        summary: 'Credit schemes with their budget and outstanding credit (pass organisation only)',
        operationId: 'listCreditSchemes',
        security,
        querystring: Type.Object({ ...PagingQuery }),
        response: {
          200: Type.Object({ items: Type.Array(CreditScheme), page: PageMeta }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const { rows, page, pageSize, totalItems } = await service.listSchemes(
        request.principal,
        request.query.page ?? 1,
        request.query.pageSize ?? 20,
      );
      return sendPage(request, reply, { items: rows.map(presentScheme), page, pageSize, totalItems });
    },
  );

  app.post(
    '/credit-schemes',
    {
      schema: {
        tags: ['credit'],
        summary: 'Start a credit scheme, optionally with its initial budget',
        operationId: 'createCreditScheme',
        security,
        body: NewCreditScheme,
        response: { 201: CreditScheme, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const scheme = await service.createScheme(request.principal, {
        name: body.name.trim(),
        description: body.description ?? '',
        amountPerPassCents: body.amountPerPassCents,
        eligiblePassCategories: body.eligiblePassCategories ?? [],
        spendableOfferCategories: body.spendableOfferCategories ?? [],
        validUntil: body.validUntil,
        budgetCents: body.budgetCents,
      });
      return reply.code(201).send(presentScheme(scheme));
    },
  );

  app.get(
    '/credit-schemes/:schemeId',
    {
      schema: {
        tags: ['credit'],
        summary: 'One credit scheme',
        operationId: 'getCreditScheme',
        security,
        params: SchemeParams,
        response: { 200: CreditScheme, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => presentScheme(await service.getScheme(request.principal, request.params.schemeId)),
  );

  app.post(
    '/credit-schemes/:schemeId/fundings',
    {
      schema: {
        tags: ['credit'],
        summary: "Add budget to the scheme fund, from the municipality's bank",
        operationId: 'fundCreditScheme',
        security,
        params: SchemeParams,
        body: Type.Object(
          {
            amountCents: PositiveCents,
            reference: Reference('Your reference, e.g. the council decision; booked once per reference'),
            description: Type.Optional(Type.String({ maxLength: 500 })),
          },
          { additionalProperties: false },
        ),
        response: {
          201: CreditFunding,
          200: CreditFunding,
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const result = await service.fundScheme(request.principal, request.params.schemeId, request.body);
      return reply.code(result.created ? 201 : 200).send(result);
    },
  );

  app.post(
    '/credit-schemes/:schemeId/loads',
    {
      schema: {
        tags: ['credit'],
        summary: 'Load credit onto one pass',
        operationId: 'loadCredit',
        security,
        description:
          "Without amountCents the scheme's amount per pass is loaded. Give a reference to make retries safe: a load is booked once per (scheme, pass, reference).",
        params: SchemeParams,
        body: Type.Object(
          {
            passNumber: Type.String({ minLength: 1, maxLength: 30, description: 'Pass number, spaces allowed' }),
            amountCents: Type.Optional(PositiveCents),
            reference: Type.Optional(Reference('Load reference')),
          },
          { additionalProperties: false },
        ),
        response: {
          201: CreditLoad,
          200: CreditLoad,
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const result = await service.loadOne(request.principal, request.params.schemeId, request.body);
      return reply.code(result.created ? 201 : 200).send(result);
    },
  );

  app.post(
    '/credit-schemes/:schemeId/bulk-loads',
    {
      schema: {
        tags: ['credit'],
        summary: 'Load credit onto many passes from a CSV file',
        operationId: 'bulkLoadCredit',
        security,
        description:
          'Body: text/csv with a header row and the columns passNumber and amountCents (whole cents) or amount (euros, "12,50" or "12.50"); ' +
          "an empty amount loads the scheme's amount per pass; comma or semicolon separated. With dryRun=true every row is checked and " +
          'every bad row reported, and nothing is booked. A real run books all rows in one transaction, or nothing when any row is bad (400 listing every bad row). ' +
          'Loads are booked once per (scheme, pass, reference); the reference defaults to a hash of the file, so uploading the same file again books nothing twice.',
        params: SchemeParams,
        querystring: Type.Object({
          dryRun: Type.Optional(Type.Boolean({ default: false })),
          reference: Type.Optional(Reference('Load reference of this file')),
        }),
        consumes: ['text/csv'],
        body: Type.String({ description: 'The CSV file' }),
        response: { 200: BulkLoadReport, ...problemResponses(400, 401, 403, 404, 409, 413, 415) },
      },
      bodyLimit: CSV_BODY_LIMIT,
    },
    async (request) =>
      service.bulkLoad(request.principal, request.params.schemeId, request.body, {
        dryRun: request.query.dryRun ?? false,
        reference: request.query.reference,
      }),
  );

  app.post(
    '/credit-schemes/:schemeId/expiry',
    {
      schema: {
        tags: ['credit'],
        summary: 'After the last day of a scheme, book the credit left on passes back to the scheme fund',
        operationId: 'expireCredit',
        security,
        description: 'Safe to run again: credit already expired is not booked twice.',
        params: SchemeParams,
        response: {
          200: CreditExpiry,
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) => service.expire(request.principal, request.params.schemeId),
  );

  app.get(
    '/me/credit',
    {
      schema: {
        tags: ['my pass'],
        summary: "My credit per scheme, with its history (also on my children's passes)",
        operationId: 'getOwnCredit',
        security,
        response: { 200: OwnCredit, ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const { accounts, history, today } = await service.ownCredit(request.principal);
      return presentOwnCredit(accounts, history, today);
    },
  );
}
