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
}

declare module '../../db/schema.ts' {
  interface DB {
    card_requests: CardRequestsTable;
    card_batches: CardBatchesTable;
    cards: CardsTable;
  }
}
