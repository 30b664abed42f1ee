/** Table types of the areas module. Keep in step with the migrations that create them. */

export interface WijkenTable {
  tenant_id: string;
  code: string;
  name: string;
  population: number;
  households: number | null;
  geometry: unknown;
}

export interface BuurtenTable {
  tenant_id: string;
  code: string;
  wijk_code: string;
  name: string;
  population: number;
  geometry: unknown;
}

declare module '../../db/schema.ts' {
  interface DB {
    wijken: WijkenTable;
    buurten: BuurtenTable;
  }
}
