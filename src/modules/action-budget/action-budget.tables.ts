import type { ColumnType, Generated } from 'kysely';

/** Table types of migration 0006 owned by this module (joined to the DB interface below). */
export interface ActionBudgetGrantsTable {
  tenant_id: string;
  id: Generated<string>;
  reference: string;
  activity_name: string;
  wijk_code: string;
  amount_cents: number;
  granted_on: string;
  provider_id: string | null;
  entry_id: string;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  created_by: string | null;
}

declare module '../../db/schema.ts' {
  interface DB {
    action_budget_grants: ActionBudgetGrantsTable;
  }
}
