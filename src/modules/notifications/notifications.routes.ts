import { Type } from '@sinclair/typebox';
import type { App } from '../../http/app-types.ts';
import { problemResponses } from '../../http/schemas.ts';
import { presentOutboxMessage } from './notifications.presenter.ts';
import { NotificationsRepository } from './notifications.repository.ts';
import { OutboxMessage } from './notifications.schemas.ts';
import { NotificationsService } from './notifications.service.ts';

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
}
