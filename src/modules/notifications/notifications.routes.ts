import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses } from '../../http/schemas.ts';
import { NotificationsRepository } from './notifications.repository.ts';
import { NotificationsService } from './notifications.service.ts';

const OutboxMessage = Type.Object({
  id: Type.String(),
  to: Type.String(),
  subject: Type.String(),
  body: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
});

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
    async (request) => {
      const rows = await service.listOutbox(request.principal);
      return {
        items: rows.map((m) => ({
          id: m.id,
          to: m.to_address,
          subject: m.subject,
          body: m.body_text,
          createdAt: m.created_at.toISOString(),
        })),
      };
    },
  );
}
