import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

/** Table types of migration 0006 owned by this module (joined to the DB interface below). */
export interface SponsorsTable {
  tenant_id: string;
  id: Generated<string>;
  name: string;
  contact_name: string | null;
  contact_email: string | null;
  provider_id: string | null;
  /** Migration 202612091501: the sponsor's website, linked on the public pages. */
  website_url: string | null;
  created_at: CreatedAt;
  /** Migration 202612091800: the business association (a co_owner partner) it is a member of. */
  association_partner_id: string | null;
}

export interface SponsorPledgesTable {
  tenant_id: string;
  id: Generated<string>;
  sponsor_id: string;
  amount_cents: number;
  expected_on: string;
  publicity_text: Generated<string>;
  publicity_agreed: Generated<boolean>;
  created_at: CreatedAt;
  created_by: string | null;
  /** Migration 202612091800: a yearly contribution, and when its recurrence was stopped. */
  recurs_yearly: Generated<boolean>;
  recurrence_stopped_at: Date | null;
  /** Migration 202612091800: the initiative (partner) this pledge's support is earmarked for. */
  adopted_partner_id: string | null;
}

/** Migration 202612091800: a later year of a yearly pledge, confirmed once. */
export interface SponsorPledgeYearsTable {
  tenant_id: string;
  pledge_id: string;
  year: number;
  amount_cents: number;
  expected_on: string;
  confirmed_at: CreatedAt;
  confirmed_by: string | null;
}

export interface SponsorReceiptsTable {
  tenant_id: string;
  id: Generated<string>;
  pledge_id: string;
  amount_cents: number;
  received_on: string;
  bank_reference: string;
  entry_id: string;
  created_at: CreatedAt;
  created_by: string | null;
}

declare module '../../db/schema.ts' {
  interface DB {
    sponsors: SponsorsTable;
    sponsor_pledges: SponsorPledgesTable;
    sponsor_receipts: SponsorReceiptsTable;
    sponsor_pledge_years: SponsorPledgeYearsTable;
  }
}
