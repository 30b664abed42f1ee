import { defineModule } from '../../http/module-manifest.ts';
import { ledgerPolicy } from './ledger.policy.ts';
import { ledgerProblems } from './ledger.problems.ts';
import { ledgerRoutes } from './ledger.routes.ts';

/** The double-entry journal: every euro, posted in the caller's transaction; the export and the checks. */
export default defineModule({
  name: 'ledger',
  tables: ['ledger_accounts', 'journal_entries', 'journal_lines'],
  routes: ledgerRoutes,
  problems: ledgerProblems,
  policy: ledgerPolicy,
});
