import type { Static } from '@sinclair/typebox';
import type { IncomeImportRepository } from './income-import.repository.ts';
import type { ImportRun, ImportRunSummary } from './income-import.schemas.ts';

type RunRow = NonNullable<Awaited<ReturnType<IncomeImportRepository['findRun']>>>;

export function presentRunSummary(run: RunRow): Static<typeof ImportRunSummary> {
  return {
    id: run.id,
    fileName: run.file_name,
    dryRun: run.dry_run,
    status: run.status,
    totalRows: run.total_rows,
    processedRows: Math.min(run.processed_rows, run.total_rows),
    report: {
      created: run.created,
      renewed: run.renewed,
      updated: run.updated,
      unchanged: run.unchanged,
      refused: run.refused,
    },
    lettersCount: run.letters_count,
    lettersUrl: run.letters_count > 0 ? `/api/v1/income-imports/${run.id}/letters.pdf` : null,
    error: run.error,
    createdAt: new Date(run.created_at).toISOString(),
    finishedAt: run.finished_at ? new Date(run.finished_at).toISOString() : null,
  };
}

export function presentRun(run: RunRow): Static<typeof ImportRun> {
  return { ...presentRunSummary(run), problems: run.problems };
}
