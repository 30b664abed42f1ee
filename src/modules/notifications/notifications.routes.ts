import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { DateOnly, problemResponses } from '../../http/schemas.ts';
import { presentOutboxMessage } from './notifications.presenter.ts';
import { NotificationsRepository } from './notifications.repository.ts';
import { parseBounceReport } from './bounce-report.ts';
import {
  BounceReportResult,
  JsonBounceReport,
  LetterBatches,
  MessageTemplate,
  MessageTemplateInput,
  MessageTemplatePreview,
  OutboxMessage,
} from './notifications.schemas.ts';
import { authorizeBounceReport, NotificationsService, receiveBounceReport } from './notifications.service.ts';
import { DomainError } from '../../shared/errors.ts';
import type { Static } from '@sinclair/typebox';

const security = [{ sessionCookie: [] }];
/** How a bounce e-mail may be posted: whole, its multipart/report body, or only its DSN part. */
const BOUNCE_TYPES = [
  'message/rfc822',
  'multipart/report',
  'message/delivery-status',
  'message/global-delivery-status',
];
const BOUNCE_LIMIT = 1024 * 1024;

/** The password of `Authorization: Basic` (the user name is not checked), or undefined. */
function basicPassword(header: string | undefined) {
  if (!header?.startsWith('Basic ')) return undefined;
  const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : decoded.slice(colon + 1);
}

const TemplateParams = Type.Object({ key: Type.String({ minLength: 1, maxLength: 60 }) });

export async function notificationsRoutes(app: App) {
  const { database, config } = app.deps;
  const service = new NotificationsService(new NotificationsRepository(database.db), config);

  app.addContentTypeParser(BOUNCE_TYPES, { parseAs: 'string', bodyLimit: BOUNCE_LIMIT }, (_request, body, done) =>
    done(null, body),
  );

  app.post(
    '/mail-bounces',
    {
      schema: {
        tags: ['notifications'],
        summary: "A bounce report from the operator's mail system: a DSN (RFC 3464) or JSON",
        description:
          'For the mail system (or a small mailbox poller), not for people: HTTP Basic with the bounce secret as password (STADSPAS_BOUNCE_SECRET; without it every report is refused). ' +
          'Post the bounce e-mail as it arrived (message/rfc822), its multipart/report body, its message/delivery-status part, or JSON {recipient, status, messageId}. ' +
          'The e-mail is found by its reference: Original-Envelope-Id, the VERP return path (bounces+<reference>@…) or the returned Message-ID. ' +
          'A hard bounce (5.x.x) stops newsletters to the address; a soft one (4.x.x) is counted. The same report twice counts once.',
        operationId: 'reportMailBounce',
        security: [{ bounceSecret: [] }],
        body: {
          content: {
            'application/json': { schema: JsonBounceReport },
            ...Object.fromEntries(
              BOUNCE_TYPES.map((type) => [
                type,
                { schema: Type.String({ description: 'The bounce e-mail or its part' }) },
              ]),
            ),
          },
        } as never,
        response: { 200: BounceReportResult, ...problemResponses(400, 401, 403, 413, 415) },
      },
      bodyLimit: BOUNCE_LIMIT,
      // Refused before the body is read: deny by default.
      onRequest: async (request) =>
        authorizeBounceReport(config.bounceSecret, basicPassword(request.headers.authorization)),
    },
    async (request) => {
      const listeners = app.deps.mailBounceListeners;
      const contentType = request.headers['content-type'] ?? '';
      if (typeof request.body !== 'string') {
        const body = request.body as Static<typeof JsonBounceReport>;
        return receiveBounceReport(database.db, listeners, { kind: 'json', ...body });
      }
      const parsed = parseBounceReport(request.body, contentType);
      if (!parsed.ok)
        throw new DomainError(
          'invalid-input',
          `${parsed.problems.length} field(s) of the bounce report are invalid; see invalidParams.`,
          parsed.problems,
        );
      return receiveBounceReport(database.db, listeners, { kind: 'dsn', ...parsed.report });
    },
  );

  app.get(
    '/outbox-messages',
    {
      schema: {
        tags: ['development'],
        summary: 'Development only: e-mails the platform would have sent',
        operationId: 'listOutboxMessages',
        response: { 200: Type.Object({ items: Type.Array(OutboxMessage) }), ...problemResponses(404) },
      },
    },
    async (request) => ({ items: (await service.listOutbox(request.principal)).map(presentOutboxMessage) }),
  );

  app.get(
    '/message-templates',
    {
      schema: {
        tags: ['notifications'],
        summary: "The municipality's texts of messages to residents: its own, or the built-in B1 Dutch ones",
        operationId: 'listMessageTemplates',
        security,
        response: { 200: Type.Object({ items: Type.Array(MessageTemplate) }), ...problemResponses(401, 403) },
      },
    },
    async (request) => ({ items: await service.listTemplates(request.principal) }),
  );

  app.put(
    '/message-templates/:key',
    {
      schema: {
        tags: ['notifications'],
        summary: "Set the municipality's own subject and text of a kind of message",
        description: 'Placeholders are {{name}}; one the template does not know is refused (invalidParams).',
        operationId: 'putMessageTemplate',
        security,
        params: TemplateParams,
        body: MessageTemplateInput,
        response: { 200: MessageTemplate, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.putTemplate(request.principal, request.params.key, request.body),
  );

  app.delete(
    '/message-templates/:key',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Go back to the built-in text of a kind of message',
        operationId: 'resetMessageTemplate',
        security,
        params: TemplateParams,
        response: { 200: MessageTemplate, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.putTemplate(request.principal, request.params.key, null),
  );

  app.post(
    '/message-templates/:key/preview',
    {
      schema: {
        tags: ['notifications'],
        summary: 'A proof of a text: filled with an example resident and today, dates written the Dutch way',
        description: 'Saves nothing. A placeholder the template does not know stays as it is in the proof.',
        operationId: 'previewMessageTemplate',
        security,
        params: TemplateParams,
        body: MessageTemplateInput,
        response: { 200: MessageTemplatePreview, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => service.previewTemplate(request.principal, request.params.key, request.body),
  );

  app.get(
    '/letter-batches',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Letters to print, per day (for residents without e-mail), newest first',
        operationId: 'listLetterBatches',
        security,
        response: { 200: LetterBatches, ...problemResponses(401, 403) },
      },
    },
    async (request) => service.letterBatches(request.principal),
  );

  app.get(
    '/letter-batches/:date/letters.pdf',
    {
      schema: {
        tags: ['notifications'],
        summary: "The day's letters as one PDF to print (A4, window envelope)",
        operationId: 'getLetterBatchPdf',
        security,
        params: Type.Object({ date: DateOnly }),
        response: {
          200: { description: 'PDF', content: { 'application/pdf': { schema: Type.String({ format: 'binary' }) } } },
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const pdf = await service.letterBatchPdf(request.principal, request.params.date);
      return reply
        .header('Content-Disposition', `attachment; filename="brieven-${request.params.date}.pdf"`)
        .type('application/pdf')
        .send(pdf as unknown as string); // binary body, documented as format: binary
    },
  );
}
