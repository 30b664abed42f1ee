import type { ColumnType, Generated } from 'kysely';
import type { Timestamp, CreatedAt } from '../../db/schema.ts';

/** Table types of the redemptions module. Keep in step with the migrations that create them. */

export interface RedemptionsTable {
  tenant_id: string;
  id: Generated<string>;
  offer_id: string;
  pass_id: string;
  provider_id: string;
  price_cents: number;
  regular_price_cents: number | null;
  channel: 'till' | 'api' | 'seed';
  redeemed_by: string | null;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  cancelled_at: Timestamp | null;
  cancelled_by: string | null;
  /** Part of price_cents paid from pass credit (entry redemption_credit_payment, migration 0004). */
  credit_cents: Generated<number>;
  /** Discount reimbursed to the provider (entry discount_reimbursement). */
  reimbursed_cents: Generated<number>;
}

export interface IdempotencyKeysTable {
  tenant_id: string;
  scope: string;
  key: string;
  request_hash: string;
  response_status: number | null;
  response_body: unknown;
  created_at: CreatedAt;
}

declare module '../../db/schema.ts' {
  interface DB {
    redemptions: RedemptionsTable;
    idempotency_keys: IdempotencyKeysTable;
  }
}
