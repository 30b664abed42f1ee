import type { Db } from '../../db/database.ts';
import './notifications.tables.ts';

export class NotificationsRepository {
  constructor(private readonly db: Db) {}

  async insert(message: { tenantId: string; id?: string; to: string; subject: string; bodyText: string }) {
    const row = await this.db
      .insertInto('outbox_messages')
      .values({
        tenant_id: message.tenantId,
        ...(message.id ? { id: message.id } : {}),
        to_address: message.to,
        subject: message.subject,
        body_text: message.bodyText,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async insertMany(messages: { tenantId: string; to: string; subject: string; bodyText: string }[]) {
    if (messages.length === 0) return;
    await this.db
      .insertInto('outbox_messages')
      .values(
        messages.map((m) => ({ tenant_id: m.tenantId, to_address: m.to, subject: m.subject, body_text: m.bodyText })),
      )
      .execute();
  }

  listNewest(tenantId: string, limit: number) {
    return this.db
      .selectFrom('outbox_messages')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .orderBy('created_at', 'desc')
      .limit(limit)
      .execute();
  }
}
