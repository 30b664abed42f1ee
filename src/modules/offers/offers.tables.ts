import type { ColumnType, Generated } from 'kysely';
import type { Timestamp, CreatedAt, DateString } from '../../db/schema.ts';

/** Table types of the offers module. Keep in step with the migrations that create them. */
/** Who bears an offer's discount: the provider, a credit scheme's fund (discount_scheme_id) or the actiebudget. */
export type DiscountBorneBy = 'provider' | 'scheme' | 'action_budget';
export type PriceType = 'percentage_discount' | 'amount_off' | 'fixed_price' | 'free';
export type LimitPeriod = 'day' | 'week' | 'month' | 'pass_year' | 'ever';
export type OfferStatus = 'draft' | 'published';

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
  /** Only passes of these categories may use it (migration 202612071220); empty: every pass. */
  eligible_pass_categories: Generated<string[]>;
  target_groups: Generated<string[]>;
  search_vector: ColumnType<unknown, never, never>;
  created_at: CreatedAt;
  updated_at: Timestamp;
  /** Who bears the discount, and whether credit may pay (migration 0004). */
  discount_borne_by: Generated<DiscountBorneBy>;
  discount_scheme_id: string | null;
  payable_from_credit: Generated<boolean>;
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

declare module '../../db/schema.ts' {
  interface DB {
    routes: RoutesTable;
    categories: CategoriesTable;
    offers: OffersTable;
    offer_locations: OfferLocationsTable;
    offer_routes: OfferRoutesTable;
  }
}
