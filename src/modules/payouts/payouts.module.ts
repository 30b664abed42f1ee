import { defineModule } from '../../http/module-manifest.ts';
import { payoutsPolicy } from './payouts.policy.ts';
import { payoutsProblems } from './payouts.problems.ts';
import { payoutsRoutes } from './payouts.routes.ts';

/** Settlement runs, SEPA payment files, bank statements and statements for providers. */
export default defineModule({
  name: 'payouts',
  tables: ['settlement_runs', 'settlements', 'settlement_run_blocked', 'settlement_lines'],
  routes: payoutsRoutes,
  problems: payoutsProblems,
  policy: payoutsPolicy,
});
