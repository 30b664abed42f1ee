import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from '../../db/schema.ts';
import type { ProviderKind } from '../providers/providers.tables.ts';

/** Table types of the provider-signup module. Keep in step with the migrations that create them. */
export type ApplicationStatus = 'submitted' | 'questions_asked' | 'approved' | 'declined';

export interface ProviderApplicationsTable {
  tenant_id: string;
  id: Generated<string>;
  organisation_name: string;
  kind: ProviderKind;
  kvk_number: string | null;
  contact_name: string;
  email: string;
  phone: Generated<string>;
  website: string | null;
  street: Generated<string>;
  postcode: Generated<string>;
  city: Generated<string>;
  description: Generated<string>;
  iban: string;
  account_holder_name: string;
  terms_accepted_at: ColumnType<Date, Date | string, never>;
  kvk_known_provider_id: string | null;
  kvk_known_application_id: string | null;
  status: Generated<ApplicationStatus>;
  questions: string | null;
  provider_id: string | null;
  decided_by: string | null;
  decided_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: CreatedAt;
}

declare module '../../db/schema.ts' {
  interface DB {
    provider_applications: ProviderApplicationsTable;
  }
}
