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
  /** The last day the till accepts the pass: valid_until plus the grace period, set by a trigger (202612081100). */
  grace_until: Generated<DateString>;
  /** The day a child's pass became the child's own, at 18 (202612081100). */
  own_since: Optional<DateString>;
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

/** How long a pass of a pass type is valid: to 31 December, or a year from its start. */
export type PassValidity = 'calendar_year' | 'twelve_months';

/** The pass year's settings of a municipality (migration 202612081100). */
export interface PassYearSettingsTable {
  tenant_id: string;
  grace_months: Generated<number>;
  validity_regular: Generated<PassValidity>;
  validity_low_income: Generated<PassValidity>;
  validity_carer: Generated<PassValidity>;
  validity_child: Generated<PassValidity>;
  updated_at: Timestamp;
  updated_by: string | null;
}

/** The reminder sent 30 days before a pass year ends, once per pass and year. */
export interface PassYearRemindersTable {
  tenant_id: string;
  pass_id: string;
  valid_until: DateString;
  recipient_holder_id: string;
  sent_at: CreatedAt;
}

export type RenewalStatus = 'open' | 'paid' | 'failed' | 'canceled' | 'expired';

/** A paid pass renewed online by its holder. */
export interface PassRenewalsTable {
  tenant_id: string;
  id: Generated<string>;
  pass_id: string;
  holder_id: string;
  status: Generated<RenewalStatus>;
  amount_cents: number;
  action_budget_share_cents: number;
  payment_provider: string | null;
  payment_id: string | null;
  checkout_url: string | null;
  valid_until_before: DateString;
  valid_until_after: DateString | null;
  sale_entry_id: string | null;
  created_at: CreatedAt;
  paid_at: Timestamp | null;
}

/** Two partners in one household: invited by one, accepted by the other. */
export interface HouseholdPartnersTable {
  tenant_id: string;
  id: Generated<string>;
  inviter_holder_id: string;
  invitee_holder_id: string;
  created_at: CreatedAt;
  accepted_at: Timestamp | null;
}

declare module '../../db/schema.ts' {
  interface DB {
    holders: HoldersTable;
    passes: PassesTable;
    pass_number_counters: PassNumberCountersTable;
    pass_devices: PassDevicesTable;
    pass_device_keys: PassDeviceKeysTable;
    pass_year_settings: PassYearSettingsTable;
    pass_year_reminders: PassYearRemindersTable;
    pass_renewals: PassRenewalsTable;
    household_partners: HouseholdPartnersTable;
  }
}
