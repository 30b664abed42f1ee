import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, DateString } from '../../db/schema.ts';
import type { PaymentProviderName } from '../sales/sales.tables.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type GiftPaymentMethod = 'online' | 'invoice';
export type GiftOrderStatus = 'open' | 'invoiced' | 'paid' | 'failed' | 'canceled' | 'expired';

export interface GiftOrdersTable {
  tenant_id: string;
  id: Generated<string>;
  company_name: string;
  contact_name: string;
  contact_email: string;
  quantity: number;
  unit_price_cents: number;
  amount_cents: number;
  action_budget_share_cents: number;
  payment_method: GiftPaymentMethod;
  status: GiftOrderStatus;
  payment_provider: PaymentProviderName | null;
  payment_id: string | null;
  checkout_url: string | null;
  purchase_order_reference: string | null;
  bank_reference: string | null;
  access_token_hash: string;
  sale_entry_id: string | null;
  created_by: string;
  created_at: CreatedAt;
  paid_at: Timestamp | null;
}

export interface GiftCodesTable {
  tenant_id: string;
  code: string;
  order_id: string;
  item_no: number;
  expires_on: DateString;
  redeemed_at: Timestamp | null;
  pass_id: string | null;
}

declare module '../../db/schema.ts' {
  interface DB {
    gift_orders: GiftOrdersTable;
    gift_codes: GiftCodesTable;
  }
}
