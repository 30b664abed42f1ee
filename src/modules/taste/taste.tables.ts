import type { CreatedAt } from '../../db/schema.ts';

/** Table types of the taste module. Keep in step with the migrations that create them. */
export interface TasteOptInsTable {
  tenant_id: string;
  holder_id: string;
  opted_in_at: CreatedAt;
}

declare module '../../db/schema.ts' {
  interface DB {
    taste_opt_ins: TasteOptInsTable;
  }
}
