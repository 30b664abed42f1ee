import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { ImportProblem, ImportRunStatus, IncomeCategory, LetterEntry } from './income-import.tables.ts';
import './income-import.tables.ts';

const RUN_COLUMNS = [
  'id',
  'file_name',
  'dry_run',
  'status',
  'total_rows',
  'processed_rows',
  'created',
  'renewed',
  'updated',
  'unchanged',
  'refused',
  'problems',
  'letters_count',
  'error',
  'created_by',
  'created_at',
  'finished_at',
] as const;

export interface RunCounts {
  created: number;
  renewed: number;
  updated: number;
  unchanged: number;
  refused: number;
}

/** Queries of import runs and the clients they made. Every query filters by tenant. */
export class IncomeImportRepository {
  constructor(readonly db: Db) {}

  insertRun(values: {
    tenantId: string;
    fileName: string;
    dryRun: boolean;
    status: ImportRunStatus;
    totalRows: number;
    problems: ImportProblem[];
    counts: RunCounts;
    createdBy: string;
    fileContent?: Uint8Array | null;
    chunkRows?: number;
  }) {
    return this.db
      .insertInto('income_import_runs')
      .values({
        tenant_id: values.tenantId,
        file_name: values.fileName,
        dry_run: values.dryRun,
        status: values.status,
        total_rows: values.totalRows,
        processed_rows: values.dryRun ? values.totalRows : values.counts.refused,
        ...values.counts,
        problems: JSON.stringify(values.problems),
        letters_pdf: null,
        error: null,
        created_by: values.createdBy,
        finished_at: values.dryRun ? sql`now()` : null,
        file_content: values.fileContent ?? null,
        job_id: null,
        ...(values.chunkRows ? { chunk_rows: values.chunkRows } : {}),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  }

  findRun(tenantId: string, runId: string) {
    return this.db
      .selectFrom('income_import_runs')
      .select(RUN_COLUMNS)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', runId)
      .executeTakeFirst();
  }

  listRuns(tenantId: string, limit: number) {
    return this.db
      .selectFrom('income_import_runs')
      .select(RUN_COLUMNS)
      .where('tenant_id', '=', tenantId)
      .orderBy('created_at', 'desc')
      .limit(limit)
      .execute();
  }

  runningRun(tenantId: string) {
    return this.db
      .selectFrom('income_import_runs')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('status', '=', 'running')
      .executeTakeFirst();
  }

  /** What the run's job needs: the file, its chunk size and where it got to. */
  runForWork(tenantId: string, runId: string) {
    return this.db
      .selectFrom('income_import_runs')
      .select(['status', 'file_content', 'chunk_rows', 'next_chunk', 'processed_rows'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', runId)
      .executeTakeFirst();
  }

  setJob(tenantId: string, runId: string, jobId: string) {
    return this.db
      .updateTable('income_import_runs')
      .set({ job_id: jobId })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', runId)
      .execute();
  }

  /** The first attempt of a job has read the file: the rows, the refused ones and every problem. */
  setPlan(tenantId: string, runId: string, plan: { totalRows: number; refused: number; problems: ImportProblem[] }) {
    return this.db
      .updateTable('income_import_runs')
      .set({
        total_rows: plan.totalRows,
        refused: plan.refused,
        processed_rows: plan.refused,
        problems: JSON.stringify(plan.problems),
      })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', runId)
      .where('next_chunk', '=', 0)
      .execute();
  }

  /**
   * A chunk is done: its counts, its letter entries, and the next chunk, in the chunk's own
   * transaction. Only if the run is still at this chunk: two attempts never both do it.
   */
  async finishChunk(
    tenantId: string,
    runId: string,
    chunk: number,
    rows: number,
    counts: Omit<RunCounts, 'refused'>,
    letters: LetterEntry[],
  ) {
    const result = await this.db
      .updateTable('income_import_runs')
      .set((eb) => ({
        next_chunk: chunk + 1,
        processed_rows: eb('processed_rows', '+', rows),
        created: eb('created', '+', counts.created),
        renewed: eb('renewed', '+', counts.renewed),
        updated: eb('updated', '+', counts.updated),
        unchanged: eb('unchanged', '+', counts.unchanged),
        letter_entries: sql`letter_entries || ${JSON.stringify(letters)}::jsonb`,
      }))
      .where('tenant_id', '=', tenantId)
      .where('id', '=', runId)
      .where('next_chunk', '=', chunk)
      .where('status', '=', 'running')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  letterEntries(tenantId: string, runId: string) {
    return this.db
      .selectFrom('income_import_runs')
      .select('letter_entries')
      .where('tenant_id', '=', tenantId)
      .where('id', '=', runId)
      .executeTakeFirstOrThrow();
  }

  finishRun(
    tenantId: string,
    runId: string,
    result: { status: 'done' | 'failed'; lettersPdf?: Uint8Array | null; lettersCount?: number; error?: string | null },
  ) {
    return this.db
      .updateTable('income_import_runs')
      .set({
        status: result.status,
        letters_pdf: result.lettersPdf ?? null,
        letters_count: result.lettersCount ?? 0,
        error: result.error ?? null,
        finished_at: sql`now()`,
        file_content: null,
      })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', runId)
      .where('status', '=', 'running')
      .execute();
  }

  lettersPdf(tenantId: string, runId: string) {
    return this.db
      .selectFrom('income_import_runs')
      .select(['letters_pdf', 'created_at'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', runId)
      .executeTakeFirst();
  }

  /** The clients these client numbers belong to, with whether their pass is valid today. */
  clients(tenantId: string, clientNumbers: string[], today: string) {
    if (clientNumbers.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('income_clients as c')
      .leftJoin('passes as p', (join) => join.onRef('p.tenant_id', '=', 'c.tenant_id').onRef('p.id', '=', 'c.pass_id'))
      .select([
        'c.client_number',
        'c.holder_id',
        'c.pass_id',
        'c.category',
        'c.row_hash',
        sql<boolean>`coalesce(p.status = 'active' and p.valid_until >= ${today}, false)`.as('pass_valid'),
      ])
      .where('c.tenant_id', '=', tenantId)
      .where('c.client_number', 'in', clientNumbers)
      .execute();
  }

  /** Holders with these e-mail addresses (lower case), and the client number they belong to, if any. */
  holdersByEmail(tenantId: string, emails: string[]) {
    if (emails.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('holders as h')
      .leftJoin('income_clients as c', (join) =>
        join.onRef('c.tenant_id', '=', 'h.tenant_id').onRef('c.holder_id', '=', 'h.id'),
      )
      .select([sql<string>`lower(h.email)`.as('email'), 'h.id', 'c.client_number'])
      .where('h.tenant_id', '=', tenantId)
      .where(sql<string>`lower(h.email)`, 'in', emails)
      .execute();
  }

  residentEmails(tenantId: string, emails: string[]) {
    if (emails.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('users')
      .select(sql<string>`lower(email)`.as('email'))
      .where('tenant_id', '=', tenantId)
      .where('role', '=', 'resident')
      .where(sql<string>`lower(email)`, 'in', emails)
      .execute();
  }

  upsertClients(
    tenantId: string,
    runId: string,
    clients: {
      clientNumber: string;
      holderId: string;
      passId: string | null;
      householdHead: string | null;
      category: IncomeCategory;
      address: string;
      hash: string;
    }[],
  ) {
    if (clients.length === 0) return Promise.resolve();
    return this.db
      .insertInto('income_clients')
      .values(
        clients.map((c) => ({
          tenant_id: tenantId,
          client_number: c.clientNumber,
          holder_id: c.holderId,
          pass_id: c.passId,
          household_head: c.householdHead,
          category: c.category,
          address: c.address,
          row_hash: c.hash,
          last_run_id: runId,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'client_number']).doUpdateSet({
          pass_id: sql`excluded.pass_id`,
          household_head: sql`excluded.household_head`,
          category: sql`excluded.category`,
          address: sql`excluded.address`,
          row_hash: sql`excluded.row_hash`,
          last_run_id: sql`excluded.last_run_id`,
          updated_at: sql`now()`,
        }),
      )
      .execute()
      .then(() => undefined);
  }
}
