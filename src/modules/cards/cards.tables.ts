import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from '../../db/schema.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface CardRequestsTable {
  tenant_id: string;
  pass_id: string;
  requested_at: CreatedAt;
}

export interface CardBatchesTable {
  tenant_id: string;
  id: Generated<string>;
  created_by: string;
  created_at: CreatedAt;
  sent_at: Timestamp | null;
}

export interface CardsTable {
  tenant_id: string;
  batch_id: string;
  pass_id: string;
  sent_at: Timestamp | null;
  id: Generated<string>;
  /** Random; names the card in its static code (card-code.ts). */
  code_id: Generated<string>;
  /** First used at a till, or activated by the resident. */
  activated_at: Timestamp | null;
  /** A newer card of the same pass came into use, or the holder's data was erased. */
  blocked_at: Timestamp | null;
}

declare module '../../db/schema.ts' {
  interface DB {
    card_requests: CardRequestsTable;
    card_batches: CardBatchesTable;
    cards: CardsTable;
  }
}
