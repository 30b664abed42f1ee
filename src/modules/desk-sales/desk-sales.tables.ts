import type { Generated } from 'kysely';
import type { CreatedAt, DateString } from '../../db/schema.ts';

export type SalesPointKind = 'library' | 'city_office' | 'community_centre';
export type DeskSaleKind = 'new' | 'renewal';
export type DeskPaymentMethod = 'pin' | 'cash';

export interface SalesPointsTable {
  tenant_id: string;
  id: Generated<string>;
  name: string;
  kind: SalesPointKind;
  address: Generated<string>;
  wijk_code: string | null;
  created_at: CreatedAt;
}

export interface SalesPointStaffTable {
  tenant_id: string;
  user_id: string;
  sales_point_id: string;
}

export interface DeskSalesTable {
  tenant_id: string;
  id: Generated<string>;
  sales_point_id: string;
  business_day: DateString;
  kind: DeskSaleKind;
  payment_method: DeskPaymentMethod;
  amount_cents: number;
  action_budget_share_cents: number;
  /** Null once the holder's data is erased (migration 202612091110). */
  pass_id: string | null;
  entry_id: string;
  sold_by: string;
  created_at: CreatedAt;
}

export interface DeskDayClosingsTable {
  tenant_id: string;
  sales_point_id: string;
  business_day: DateString;
  sales_count: number;
  recorded_cash_cents: number;
  counted_cash_cents: number;
  recorded_pin_cents: number;
  pin_terminal_cents: number;
  note: Generated<string>;
  closed_by: string;
  closed_at: CreatedAt;
}

declare module '../../db/schema.ts' {
  interface DB {
    sales_points: SalesPointsTable;
    sales_point_staff: SalesPointStaffTable;
    desk_sales: DeskSalesTable;
    desk_day_closings: DeskDayClosingsTable;
  }
}
