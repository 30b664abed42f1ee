import type { Generated } from 'kysely';
import type { CreatedAt } from '../../db/schema.ts';

/** Table types of the notifications module (migration 0001). */
export interface OutboxMessagesTable {
  tenant_id: string;
  id: Generated<string>;
  to_address: string;
  subject: string;
  body_text: string;
  created_at: CreatedAt;
}

declare module '../../db/schema.ts' {
  interface DB {
    outbox_messages: OutboxMessagesTable;
  }
}
