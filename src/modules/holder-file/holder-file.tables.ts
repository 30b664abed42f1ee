import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from '../../db/schema.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** One changed field of a correction: its name and the values before and after. */
export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

export interface HolderAddressesTable {
  tenant_id: string;
  holder_id: string;
  street: string;
  house_number: string;
  postcode: string;
  city: string;
  updated_at: Timestamp;
}

export interface HolderNotesTable {
  tenant_id: string;
  id: Generated<string>;
  holder_id: string;
  body: string;
  written_by: string;
  written_by_name: string;
  created_at: CreatedAt;
}

export interface HolderAuditEventsTable {
  tenant_id: string;
  id: Generated<string>;
  holder_id: string;
  action: string;
  changes: ColumnType<FieldChange[], string, never>;
  actor: string;
  actor_name: string;
  created_at: CreatedAt;
}

export interface ErasureRequestsTable {
  tenant_id: string;
  holder_id: string;
  requested_at: CreatedAt;
  executed_at: Timestamp | null;
  executed_by: string | null;
}

declare module '../../db/schema.ts' {
  interface DB {
    erasure_requests: ErasureRequestsTable;
    holder_addresses: HolderAddressesTable;
    holder_notes: HolderNotesTable;
    holder_audit_events: HolderAuditEventsTable;
  }
}
