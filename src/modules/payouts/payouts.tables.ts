import type { ColumnType, Generated } from 'kysely';
import type { LedgerAccountType } from '../ledger/ledger.tables.ts';

/** Table types of migration 0007_payouts.sql, added to the DB interface by module augmentation. */
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type SettlementStatus = 'pending' | 'paid';
export type PaymentSource = 'bank_statement' | 'manual';

export interface SettlementRunsTable {
  tenant_id: string;
  id: Generated<string>;
  period_start: string;
  period_end: string;
  debtor_iban: string | null;
  debtor_bic: string | null;
  debtor_name: string;
  created_at: CreatedAt;
  created_by: string | null;
}

export interface SettlementsTable {
  tenant_id: string;
  id: Generated<string>;
  run_id: string;
  provider_id: string;
  period_start: string;
  period_end: string;
  amount_cents: number;
  creditor_name: string;
  creditor_iban: string;
  creditor_bic: string | null;
  entry_id: string;
  status: Generated<SettlementStatus>;
  paid_at: Timestamp | null;
  paid_on: string | null;
  payment_entry_id: string | null;
  payment_source: PaymentSource | null;
  payment_reference: string | null;
  confirmed_by: string | null;
  created_at: CreatedAt;
}

export interface SettlementRunBlockedTable {
  tenant_id: string;
  run_id: string;
  provider_id: string;
  amount_cents: number;
  reason: string;
}

export interface SettlementLinesTable {
  tenant_id: string;
  entry_id: string;
  line_no: number;
  settlement_id: string;
  amount_cents: number;
}

declare module '../../db/schema.ts' {
  interface DB {
    settlement_runs: SettlementRunsTable;
    settlements: SettlementsTable;
    settlement_run_blocked: SettlementRunBlockedTable;
    settlement_lines: SettlementLinesTable;
  }
}

/** Ledger account type added by 0007: payouts committed by a settlement, not yet confirmed paid by the bank. */
export const PAYOUT_CLEARING: LedgerAccountType = 'payout_clearing';
