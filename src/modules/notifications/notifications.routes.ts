import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { DateOnly, problemResponses } from '../../http/schemas.ts';
import { presentOutboxMessage } from './notifications.presenter.ts';
import { NotificationsRepository } from './notifications.repository.ts';
import {
  LetterBatches,
  MessageTemplate,
  MessageTemplateInput,
  MessageTemplatePreview,
  OutboxMessage,
} from './notifications.schemas.ts';
import { NotificationsService } from './notifications.service.ts';

const security = [{ sessionCookie: [] }];
const TemplateParams = Type.Object({ key: Type.String({ minLength: 1, maxLength: 60 }) });

export async function notificationsRoutes(app: App) {
  const { database, config } = app.deps;
  const service = new NotificationsService(new NotificationsRepository(database.db), config);

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
