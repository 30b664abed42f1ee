import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from '../../db/schema.ts';
import type { Eligibility } from './eligibility.ts';

/** Table types of migration 202612071000 owned by this module (joined to the DB interface below). */
export interface SchemesTable {
  tenant_id: string;
  id: Generated<string>;
  slug: string;
  title: string;
  summary: string;
  body_markdown: Generated<string>;
  who_for: Generated<string>;
  criteria: Generated<string>;
  amounts: Generated<string>;
  apply_route: 'online_form' | 'through_person' | 'no_application';
  apply_url: string | null;
  apply_person: string | null;
  apply_where: Generated<string>;
  contact: Generated<string>;
  provider_kind: string;
  provider_name: Generated<string>;
  audience: 'residents' | 'initiatives';
  life_events: Generated<string[]>;
  themes: Generated<string[]>;
  status: Generated<'draft' | 'published' | 'archived'>;
  grants_pass: Generated<boolean>;
  pass_price_cents: number | null;
  eligibility: ColumnType<Eligibility, string | undefined, string>;
  published_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  updated_by: string | null;
}

export interface SchemeReportsTable {
  tenant_id: string;
  id: Generated<string>;
  scheme_id: string;
  reporter_kind: 'resident' | 'partner';
  message: string;
  contact_name: string | null;
  contact_email: string | null;
  answer: string | null;
  answered_at: Date | null;
  answered_by: string | null;
  created_at: CreatedAt;
}

declare module '../../db/schema.ts' {
  interface DB {
    schemes: SchemesTable;
    scheme_reports: SchemeReportsTable;
  }
}
