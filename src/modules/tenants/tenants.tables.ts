import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from '../../db/schema.ts';
import type { PassCategory } from '../passes/passes.tables.ts';

/** Table types of the tenants module. Keep in step with the migrations that create them. */

export interface TenantsTable {
  id: string;
  name: string;
  pass_name: string;
  municipality_code: string;
  theme: Generated<string>;
  reduced_tariff_categories: Generated<PassCategory[]>;
  created_at: CreatedAt;
  /** The municipality's account payouts are paid from (migration 0007). */
  payout_iban: ColumnType<string | null, string | null | undefined, string | null>;
  payout_bic: ColumnType<string | null, string | null | undefined, string | null>;
  payout_account_name: ColumnType<string | null, string | null | undefined, string | null>;
}

declare module '../../db/schema.ts' {
  interface DB {
    tenants: TenantsTable;
  }
}
