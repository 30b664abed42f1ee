import { defineModule } from '../../http/module-manifest.ts';
import { incomeImportPolicy } from './income-import.policy.ts';
import { incomeImportProblems } from './income-import.problems.ts';
import { incomeImportRoutes } from './income-import.routes.ts';
import { IncomeImportService, INCOME_IMPORT_QUEUE } from './income-import.service.ts';

/** Import from the income administration: passes for residents known to be entitled. */
export default defineModule({
  name: 'income-import',
  tables: ['income_import_runs', 'income_clients'],
  routes: incomeImportRoutes,
  problems: incomeImportProblems,
  policy: incomeImportPolicy,
  // A real run is a background job: it survives a restart and resumes at its next chunk (decision 0024).
  queues: ({ database, config }) => [
    {
      name: INCOME_IMPORT_QUEUE,
      run: (data, signal) =>
        new IncomeImportService(database.db, config.publicUrl).work(
          { tenantId: String(data.tenantId), runId: String(data.runId) },
          signal,
        ),
    },
  ],
});
