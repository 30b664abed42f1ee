import type { ColumnType, Generated } from 'kysely';

/** Kysely table types. Keep in step with the SQL files in ./migrations. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** 'YYYY-MM-DD' */
type DateString = string;

export type PassCategory = 'regular' | 'low_income' | 'carer' | 'child';
export type PassStatus = 'active' | 'blocked' | 'expired';
export type ProviderKind = 'business' | 'non_profit' | 'community_centre' | 'volunteer_initiative';
export type PriceType = 'percentage_discount' | 'amount_off' | 'fixed_price' | 'free';
export type LimitPeriod = 'day' | 'week' | 'month' | 'pass_year' | 'ever';
export type OfferStatus = 'draft' | 'published';
export type UserRole = 'resident' | 'till_staff' | 'provider_admin' | 'org_admin';

export interface TenantsTable {
  id: string;
  name: string;
  pass_name: string;
  municipality_code: string;
  theme: Generated<string>;
  reduced_tariff_categories: Generated<PassCategory[]>;
  created_at: CreatedAt;
}

export interface WijkenTable {
  tenant_id: string;
  code: string;
  name: string;
  population: number;
  households: number | null;
  geometry: unknown;
}

export interface BuurtenTable {
  tenant_id: string;
  code: string;
  wijk_code: string;
  name: string;
  population: number;
  geometry: unknown;
}

export interface RoutesTable {
  tenant_id: string;
  id: Generated<string>;
  slug: string;
  name: string;
  description: Generated<string>;
  is_demo: Generated<boolean>;
  sort_order: Generated<number>;
}

export interface CategoriesTable {
  tenant_id: string;
  slug: string;
  name_nl: string;
  name_en: string;
}

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
}

export interface ProvidersTable {
  tenant_id: string;
  id: Generated<string>;
  name: string;
  kind: ProviderKind;
  description: Generated<string>;
  website: string | null;
  email: string | null;
  phone: string | null;
  created_at: CreatedAt;
}

export interface LocationsTable {
  tenant_id: string;
  id: Generated<string>;
  provider_id: string;
  name: string;
  street: string;
  postcode: string;
  city: string;
  wijk_code: string;
  buurt_code: string | null;
  x_rd: number | null;
  y_rd: number | null;
}

export interface OffersTable {
  tenant_id: string;
  id: Generated<string>;
  provider_id: string;
  title: string;
  summary: Generated<string>;
  description: Generated<string>;
  conditions: Generated<string>;
  price_type: PriceType;
  regular_price_cents: number | null;
  discount_percent: number | null;
  amount_off_cents: number | null;
  fixed_price_cents: number | null;
  reduced_price_cents: number | null;
  limit_per_pass: number | null;
  limit_period: LimitPeriod | null;
  stock_total: number | null;
  stock_remaining: number | null;
  valid_from: DateString;
  valid_until: DateString;
  status: Generated<OfferStatus>;
  categories: Generated<string[]>;
  target_groups: Generated<string[]>;
  search_vector: ColumnType<unknown, never, never>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface OfferLocationsTable {
  tenant_id: string;
  offer_id: string;
  location_id: string;
}

export interface OfferRoutesTable {
  tenant_id: string;
  offer_id: string;
  route_id: string;
}

export interface UsersTable {
  tenant_id: string;
  id: Generated<string>;
  email: string;
  name: string;
  role: UserRole;
  password_hash: string | null;
  provider_id: string | null;
  holder_id: string | null;
  created_at: CreatedAt;
}

export interface SessionsTable {
  tenant_id: string;
  token_hash: string;
  user_id: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
}

export interface LoginLinksTable {
  tenant_id: string;
  token_hash: string;
  user_id: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface OutboxMessagesTable {
  tenant_id: string;
  id: Generated<string>;
  to_address: string;
  subject: string;
  body_text: string;
  created_at: CreatedAt;
}

export interface ApiTokensTable {
  tenant_id: string;
  id: Generated<string>;
  provider_id: string;
  name: string;
  token_hash: string;
  created_at: CreatedAt;
  revoked_at: Timestamp | null;
}

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

export type LedgerAccountType =
  | 'scheme_fund'
  | 'action_budget'
  | 'pass_credit'
  | 'provider_payable'
  | 'pass_sale_income'
  | 'sponsor_contributions'
  | 'municipality_bank';

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

export interface DB {
  tenants: TenantsTable;
  wijken: WijkenTable;
  buurten: BuurtenTable;
  routes: RoutesTable;
  categories: CategoriesTable;
  holders: HoldersTable;
  passes: PassesTable;
  providers: ProvidersTable;
  locations: LocationsTable;
  offers: OffersTable;
  offer_locations: OfferLocationsTable;
  offer_routes: OfferRoutesTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_links: LoginLinksTable;
  outbox_messages: OutboxMessagesTable;
  api_tokens: ApiTokensTable;
  redemptions: RedemptionsTable;
  idempotency_keys: IdempotencyKeysTable;
  credit_schemes: CreditSchemesTable;
  ledger_accounts: LedgerAccountsTable;
  journal_entries: JournalEntriesTable;
  journal_lines: JournalLinesTable;
}
