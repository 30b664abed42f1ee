import { defineModule } from '../../http/module-manifest.ts';
import { incomeImportPolicy } from './income-import.policy.ts';
import { incomeImportProblems } from './income-import.problems.ts';
import { incomeImportRoutes } from './income-import.routes.ts';

/** Import from the income administration: passes for residents known to be entitled. */
export default defineModule({
  name: 'income-import',
  tables: ['income_import_runs', 'income_clients'],
  routes: incomeImportRoutes,
  problems: incomeImportProblems,
  policy: incomeImportPolicy,
});
