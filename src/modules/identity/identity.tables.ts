import type { Generated } from 'kysely';
import type { Timestamp, CreatedAt } from '../../db/schema.ts';

/** Table types of the identity module. Keep in step with the migrations that create them. */
export type UserRole =
  | 'resident'
  | 'till_staff'
  | 'provider_admin'
  | 'org_admin'
  | 'partner_staff'
  | 'desk_staff'
  | 'policy_officer'
  | 'editor'
  | 'chief_editor'
  | 'support_group'
  | 'wijkmanager'
  | 'co_owner';

export interface UsersTable {
  tenant_id: string;
  id: Generated<string>;
  email: string;
  name: string;
  role: UserRole;
  password_hash: string | null;
  provider_id: string | null;
  holder_id: string | null;
  created_at: CreatedAt;
}

export interface SessionsTable {
  tenant_id: string;
  token_hash: string;
  user_id: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
}

export interface LoginLinksTable {
  tenant_id: string;
  token_hash: string;
  user_id: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

declare module '../../db/schema.ts' {
  interface DB {
    users: UsersTable;
    sessions: SessionsTable;
    login_links: LoginLinksTable;
  }
}
