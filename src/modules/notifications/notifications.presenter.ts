import type { Static } from '@sinclair/typebox';
import type { OutboxMessage } from './notifications.schemas.ts';

/** An e-mail the platform would have sent, for the development outbox page. */
export function presentOutboxMessage(m: {
  id: string;
  to_address: string;
  subject: string;
  body_text: string;
  created_at: Date;
}): Static<typeof OutboxMessage> {
  return { id: m.id, to: m.to_address, subject: m.subject, body: m.body_text, createdAt: m.created_at.toISOString() };
}
