import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from '../../db/schema.ts';

/** Table types of the ledger module. Keep in step with the migrations that create them. */
export type LedgerAccountType =
  | 'scheme_fund'
  | 'action_budget'
  | 'pass_credit'
  | 'provider_payable'
  | 'pass_sale_income'
  | 'sponsor_contributions'
  | 'municipality_bank'
  | 'payout_clearing';

export interface LedgerAccountsTable {
  tenant_id: string;
  id: Generated<string>;
  type: LedgerAccountType;
  scheme_id: string | null;
  pass_id: string | null;
  provider_id: string | null;
  name: string;
  balance_cents: Generated<number>;
  owner_key: ColumnType<string, never, never>;
  created_at: CreatedAt;
}

export interface JournalEntriesTable {
  tenant_id: string;
  id: Generated<string>;
  kind: string;
  reference: string;
  description: Generated<string>;
  occurred_at: ColumnType<Date, Date | string | undefined, never>;
  recorded_at: CreatedAt;
  reverses_entry_id: string | null;
  recorded_by: string | null;
}

export interface JournalLinesTable {
  tenant_id: string;
  entry_id: string;
  line_no: number;
  account_id: string;
  amount_cents: number;
}

declare module '../../db/schema.ts' {
  interface DB {
    ledger_accounts: LedgerAccountsTable;
    journal_entries: JournalEntriesTable;
    journal_lines: JournalLinesTable;
  }
}
