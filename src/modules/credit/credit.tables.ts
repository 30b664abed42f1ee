import type { Generated } from 'kysely';
import type { CreatedAt, DateString } from '../../db/schema.ts';
import type { PassCategory } from '../passes/passes.tables.ts';

/** Table types of the credit module. Keep in step with the migrations that create them. */

export interface CreditSchemesTable {
  tenant_id: string;
  id: Generated<string>;
  name: string;
  description: Generated<string>;
  amount_per_pass_cents: number;
  eligible_pass_categories: Generated<PassCategory[]>;
  spendable_offer_categories: Generated<string[]>;
  valid_until: DateString;
  created_at: CreatedAt;
}

/** One row per holder and scheme that was warned of expiring credit (migration 0008): the claim that keeps it once. */
export interface CreditExpiryWarningsTable {
  tenant_id: string;
  scheme_id: string;
  holder_id: string;
  valid_until: string;
  balance_cents: number;
  outbox_message_id: string;
  sent_at: Generated<Date>;
}

declare module '../../db/schema.ts' {
  interface DB {
    credit_schemes: CreditSchemesTable;
    credit_expiry_warnings: CreditExpiryWarningsTable;
  }
}
