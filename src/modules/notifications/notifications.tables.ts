import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, DateString } from '../../db/schema.ts';

type Optional<T> = ColumnType<T | null, T | null | undefined, T | null>;

/** Table types of the notifications module (migration 0001 and 202612081210). */
export interface OutboxMessagesTable {
  tenant_id: string;
  id: Generated<string>;
  to_address: string;
  subject: string;
  body_text: string;
  created_at: CreatedAt;
  /** When the SMTP server took it; null: still to send (or never, without SMTP). */
  sent_at: Optional<Date>;
  attempts: Generated<number>;
  /** Not before this moment: another process is sending it, or the last try failed. */
  next_attempt_at: Optional<Date>;
  last_error: Optional<string>;
  /** Extra e-mail headers (List-Unsubscribe of a newsletter), or null. */
  headers: Optional<Record<string, string>>;
  /** It bounced (decision 0050): hard (5.x.x, not tried again) or soft (4.x.x, counted). */
  bounce_kind: Optional<'hard' | 'soft'>;
  bounce_status: Optional<string>;
  bounced_at: Optional<Date>;
  /** The server's words (SMTP reply or Diagnostic-Code), at most 500 characters. */
  bounce_detail: Optional<string>;
}

/** A municipality's own text for a kind of message (templates.ts has the built-in ones). */
export interface MessageTemplatesTable {
  tenant_id: string;
  key: string;
  subject: string;
  body: string;
  updated_by: string;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** A letter on paper for a resident without e-mail, printed in the day's batch. */
export interface LettersTable {
  tenant_id: string;
  id: Generated<string>;
  holder_id: string | null;
  recipient_name: string;
  address_lines: string[];
  subject: string;
  body_text: string;
  created_at: CreatedAt;
  batch_date: Optional<DateString>;
}

declare module '../../db/schema.ts' {
  interface DB {
    outbox_messages: OutboxMessagesTable;
    message_templates: MessageTemplatesTable;
    letters: LettersTable;
  }
}
