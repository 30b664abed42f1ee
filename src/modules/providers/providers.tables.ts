import type { ColumnType, Generated } from 'kysely';
import type { Timestamp, CreatedAt } from '../../db/schema.ts';

/** Table types of the providers module. Keep in step with the migrations that create them. */
export type ProviderKind = 'business' | 'non_profit' | 'community_centre' | 'volunteer_initiative' | 'stille_kracht';
export type ProviderStatus = 'active' | 'suspended';

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
  /** The account payouts go to (migration 0007). */
  iban: ColumnType<string | null, string | null | undefined, string | null>;
  bic: ColumnType<string | null, string | null | undefined, string | null>;
  account_holder_name: ColumnType<string | null, string | null | undefined, string | null>;
  bank_account_updated_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** The provider portal (migration 202612071600). */
  kvk_number: ColumnType<string | null, string | null | undefined, string | null>;
  status: Generated<ProviderStatus>;
  /** Whether its tills take a typed pass number, or only a QR code (migration 202612071201). */
  accepts_typed_pass_numbers: Generated<boolean>;
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
  opening_hours: Generated<string>;
  accessibility: Generated<string>;
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

declare module '../../db/schema.ts' {
  interface DB {
    providers: ProvidersTable;
    locations: LocationsTable;
    api_tokens: ApiTokensTable;
  }
}
