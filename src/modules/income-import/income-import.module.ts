import { defineModule } from '../../http/module-manifest.ts';
import { incomeImportPolicy } from './income-import.policy.ts';
import { incomeImportProblems } from './income-import.problems.ts';
import { IncomeImportRepository } from './income-import.repository.ts';
import { incomeImportRoutes } from './income-import.routes.ts';

/** Import from the income administration: passes for residents known to be entitled. */
export default defineModule({
  name: 'income-import',
  tables: ['income_import_runs', 'income_clients'],
  routes: incomeImportRoutes,
  problems: incomeImportProblems,
  policy: incomeImportPolicy,
  jobs: [
    {
      // A run lives in the process that started it; after a restart nobody finishes it. Two hours
      // is far longer than any import takes (100,000 rows: about two minutes).
      name: 'income-import.stale-runs',
      intervalMs: 15 * 60 * 1000,
      run: async ({ database }, now) => {
        const failed = await new IncomeImportRepository(database.db).failStaleRuns(
          new Date(now.getTime() - 2 * 3_600_000),
        );
        return failed.length > 0 ? { failed: failed.length } : undefined;
      },
    },
  ],
});
