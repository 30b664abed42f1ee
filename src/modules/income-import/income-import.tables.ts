import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { CreatedAt, Timestamp } from '../../db/schema.ts';

/** Table types of the income-import module (migration 202612071110). */
export type ImportRunStatus = 'checked' | 'running' | 'done' | 'failed';
export type IncomeCategory = 'minimum' | 'carer';

export interface ImportProblem {
  line: number;
  field: string;
  code: string;
  message: string;
}

export interface IncomeImportRunsTable {
  tenant_id: string;
  id: Generated<string>;
  file_name: string;
  dry_run: boolean;
  status: ImportRunStatus;
  total_rows: Generated<number>;
  processed_rows: Generated<number>;
  created: Generated<number>;
  renewed: Generated<number>;
  updated: Generated<number>;
  unchanged: Generated<number>;
  refused: Generated<number>;
  problems: JSONColumnType<ImportProblem[], string, string>;
  letters_pdf: Uint8Array | null;
  letters_count: Generated<number>;
  error: string | null;
  created_by: string;
  created_at: CreatedAt;
  finished_at: Timestamp | null;
  /** The uploaded file, kept while the run's job may still need it (migration 202612081020). */
  file_content: Uint8Array | null;
  chunk_rows: Generated<number>;
  /** The next chunk the job does; moved on with each chunk's work. */
  next_chunk: Generated<number>;
  letter_entries: ColumnType<LetterEntry[], string | undefined, string>;
  job_id: string | null;
}

/** One pass in a welcome letter, kept per run until the letters' PDF is made. */
export interface LetterEntry {
  /** The client number of the household's head: one letter per household. */
  head: string;
  name: string;
  address: string;
  number: string;
}

export interface IncomeClientsTable {
  tenant_id: string;
  client_number: string;
  holder_id: string;
  pass_id: string | null;
  household_head: string | null;
  category: IncomeCategory;
  address: string;
  row_hash: string;
  last_run_id: string;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

declare module '../../db/schema.ts' {
  interface DB {
    income_import_runs: IncomeImportRunsTable;
    income_clients: IncomeClientsTable;
  }
}
