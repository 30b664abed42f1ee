/** Table types of the dashboards module's roll-ups (migration 202612081610, decision 0036). */
export interface DashboardWatermarksTable {
  tenant_id: string;
  rolled_until: Date;
}

export interface DashboardUsageMonthsTable {
  tenant_id: string;
  month: string;
  wijk_code: string;
  category: string;
  holders: number;
  redemptions: number;
  turnover_cents: string | number;
}

export interface DashboardHolderMonthsTable {
  tenant_id: string;
  month: string;
  holder_id: string;
  wijk_code: string;
  category: string;
}

export interface DashboardOfferHolderMonthsTable {
  tenant_id: string;
  month: string;
  offer_id: string;
  holder_id: string;
}

export interface DashboardOfferMonthsTable {
  tenant_id: string;
  month: string;
  offer_id: string;
  provider_id: string;
  holders: number;
  redemptions: number;
  turnover_cents: string | number;
}

export interface DashboardHolderYearsTable {
  tenant_id: string;
  year: number;
  holder_id: string;
  wijk_code: string;
  buurt_code: string;
  category: string;
}

export interface DashboardReachYearsTable {
  tenant_id: string;
  year: number;
  wijk_code: string;
  buurt_code: string;
  category: string;
  holders: number;
}

declare module '../../db/schema.ts' {
  interface DB {
    dashboard_watermarks: DashboardWatermarksTable;
    dashboard_usage_months: DashboardUsageMonthsTable;
    dashboard_holder_months: DashboardHolderMonthsTable;
    dashboard_offer_holder_months: DashboardOfferHolderMonthsTable;
    dashboard_offer_months: DashboardOfferMonthsTable;
    dashboard_holder_years: DashboardHolderYearsTable;
    dashboard_reach_years: DashboardReachYearsTable;
  }
}

export interface DashboardViewMonthsTable {
  tenant_id: string;
  month: string;
  subject_type: 'offer' | 'provider_profile';
  subject_id: string;
  views: number;
}

declare module '../../db/schema.ts' {
  interface DB {
    dashboard_view_months: DashboardViewMonthsTable;
  }
}

/** People with a pass valid in a year, counted by the roll-forward job (migration 202612092310). */
export interface DashboardPassHolderYearsTable {
  tenant_id: string;
  year: number;
  holders: number;
  computed_at: Date;
}

declare module '../../db/schema.ts' {
  interface DB {
    dashboard_pass_holder_years: DashboardPassHolderYearsTable;
  }
}
