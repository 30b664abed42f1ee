import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, DateString, Timestamp } from '../../db/schema.ts';

/** Table types of the passes module. Keep in step with the migrations that create them. */
export type PassCategory = 'regular' | 'low_income' | 'carer' | 'child';
export type PassStatus = 'active' | 'blocked' | 'expired' | 'replaced';
/** Why a pass was blocked (and, usually, replaced). */
export type BlockReason = 'card_lost' | 'card_stolen' | 'card_broken' | 'phone_lost' | 'other';
type Optional<T> = ColumnType<T | null, T | null | undefined, T | null>;

export interface HoldersTable {
  tenant_id: string;
  id: Generated<string>;
  name: string;
  email: string | null;
  birth_date: DateString | null;
  wijk_code: string | null;
  buurt_code: string | null;
  created_at: CreatedAt;
}

export interface PassesTable {
  tenant_id: string;
  id: Generated<string>;
  number: string;
  holder_id: string;
  category: PassCategory;
  parent_pass_id: string | null;
  status: Generated<PassStatus>;
  valid_from: DateString;
  valid_until: DateString;
  /** Version of the pass's usage: one up with every redemption and cancellation (migration 0009). */
  redemption_seq: Generated<number>;
  created_at: CreatedAt;
  /** The pass that replaced this one (status 'replaced'); migration 202612071210. */
  replaced_by_pass_id: Optional<string>;
  blocked_at: Optional<Date>;
  block_reason: Optional<BlockReason>;
}

/** The next serial for new pass numbers, per municipality (migration 0005). */
export interface PassNumberCountersTable {
  tenant_id: string;
  next_serial: number;
}

/** A resident's device that computes the pass's QR codes itself (migration 202612071200). */
export interface PassDevicesTable {
  tenant_id: string;
  id: Generated<string>;
  holder_id: string;
  label: string;
  created_at: CreatedAt;
  revoked_at: Timestamp | null;
}

/** One key of a device for one pass: the QR code names `key_id`, never the pass number. */
export interface PassDeviceKeysTable {
  tenant_id: string;
  key_id: string;
  device_id: string;
  pass_id: string;
  created_at: CreatedAt;
}

declare module '../../db/schema.ts' {
  interface DB {
    holders: HoldersTable;
    passes: PassesTable;
    pass_number_counters: PassNumberCountersTable;
    pass_devices: PassDevicesTable;
    pass_device_keys: PassDeviceKeysTable;
  }
}
