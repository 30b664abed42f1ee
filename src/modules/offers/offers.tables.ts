import type { ColumnType, Generated } from 'kysely';
import type { Timestamp, CreatedAt, DateString } from '../../db/schema.ts';
import type { ValidHoursWindow } from './valid-hours.ts';

/** Table types of the offers module. Keep in step with the migrations that create them. */
/** Who bears an offer's discount: the provider, a credit scheme's fund (discount_scheme_id) or the actiebudget. */
export type DiscountBorneBy = 'provider' | 'scheme' | 'action_budget';
export type PriceType = 'percentage_discount' | 'amount_off' | 'fixed_price' | 'free';
export type LimitPeriod = 'day' | 'week' | 'month' | 'pass_year' | 'ever';
export type OfferStatus = 'draft' | 'submitted' | 'changes_requested' | 'published' | 'paused' | 'ended' | 'suspended';
export type PendingStatus = 'submitted' | 'changes_requested';

export interface RoutesTable {
  tenant_id: string;
  id: Generated<string>;
  slug: string;
  name: string;
  description: Generated<string>;
  is_demo: Generated<boolean>;
  sort_order: Generated<number>;
  /** Route pages (migration 202612071400): story, pictogram and colour, shown to the public or not. */
  story: Generated<string>;
  picture: Generated<'heart' | 'spa' | 'sport' | 'star' | 'windmill' | 'house' | 'family' | 'tree'>;
  color: Generated<string>;
  is_active: Generated<boolean>;
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
  /** Optional translations of the provider's text, per language (migration 202612071500). */
  translations: ColumnType<OfferTranslations, OfferTranslations | string | undefined, OfferTranslations | string>;
  search_text: ColumnType<string, never, never>;
  facet_keys: ColumnType<string[], never, never>;
  x_rd: ColumnType<number | null, never, never>;
  y_rd: ColumnType<number | null, never, never>;
  /** The life cycle of the provider portal (migration 202612071610). */
  version: Generated<number>;
  pending_changes: ColumnType<unknown, string | null | undefined, string | null>;
  pending_status: ColumnType<PendingStatus | null, PendingStatus | null | undefined, PendingStatus | null>;
  review_comment: ColumnType<string | null, string | null | undefined, string | null>;
  event_dates: Generated<string[]>;
  /** Weekdays and hours the offer can be used, Dutch time (migration 202612081300); empty: any time. */
  valid_hours: ColumnType<ValidHoursWindow[], ValidHoursWindow[] | string | undefined, ValidHoursWindow[] | string>;
}

export interface OfferEventsTable {
  tenant_id: string;
  id: Generated<string>;
  offer_id: string;
  occurred_at: CreatedAt;
  actor: string;
  actor_name: string;
  action: string;
  changes: ColumnType<unknown, string | undefined, never>;
  comment: string | null;
}

/** An offer's text in another language than the provider wrote it in; every field optional. */
export type OfferTranslations = Partial<
  Record<string, { title?: string | undefined; summary?: string | undefined; description?: string | undefined }>
>;

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
    offer_events: OfferEventsTable;
  }
}
