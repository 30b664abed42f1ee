import type { ColumnType, Generated } from 'kysely';

/** Table types of the sales module (migration 0005), added to the DB interface below. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export type PassKind = 'adult' | 'child';
export type PaymentProviderName = 'test' | 'mollie';
export type PaymentStatus = 'open' | 'paid' | 'failed' | 'canceled' | 'expired';
/** What an order's adult passes become: bought at the full price, or at a scheme's reduced price. */
export type OrderPassCategory = 'regular' | 'low_income' | 'carer';
export type OrderStatus = PaymentStatus | 'refunding' | 'refunded';

export interface PassPricesTable {
  tenant_id: string;
  pass_kind: PassKind;
  price_cents: number;
  action_budget_share_cents: number;
  updated_at: Timestamp;
}

export interface PassOrdersTable {
  tenant_id: string;
  id: Generated<string>;
  holder_id: string;
  status: Generated<OrderStatus>;
  amount_cents: number;
  action_budget_share_cents: number;
  payment_provider: PaymentProviderName;
  payment_id: string | null;
  checkout_url: string | null;
  parent_pass_id: string | null;
  sale_entry_id: string | null;
  refund_entry_id: string | null;
  refund_reason: string | null;
  refunded_by: string | null;
  created_at: CreatedAt;
  paid_at: Timestamp | null;
  refunded_at: Timestamp | null;
  /** The category of the adult passes a paid order issues: 'regular', or a reduced-price scheme's (migration 202612081010). */
  pass_category: Generated<OrderPassCategory>;
}

export interface PassOrderItemsTable {
  tenant_id: string;
  order_id: string;
  item_no: number;
  pass_kind: PassKind;
  holder_name: string;
  birth_date: string | null;
  price_cents: number;
  action_budget_share_cents: number;
  pass_id: string | null;
}

export interface TestPaymentsTable {
  tenant_id: string;
  id: string;
  amount_cents: number;
  description: string;
  redirect_url: string;
  webhook_url: string;
  metadata: ColumnType<Record<string, string>, string | undefined, string>;
  status: Generated<PaymentStatus>;
  refunded_cents: Generated<number>;
  created_at: CreatedAt;
}

declare module '../../db/schema.ts' {
  interface DB {
    pass_prices: PassPricesTable;
    pass_orders: PassOrdersTable;
    pass_order_items: PassOrderItemsTable;
    test_payments: TestPaymentsTable;
  }
}
