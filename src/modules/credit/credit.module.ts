import { defineModule } from '../../http/module-manifest.ts';
import { creditExpiryWarningsJob } from './credit-expiry-warnings.ts';
import { creditPolicy } from './credit.policy.ts';
import { creditProblems } from './credit.problems.ts';
import { creditRoutes } from './credit.routes.ts';

/** Credit schemes (tegoed): loads, expiry and the 30-day warnings. */
export default defineModule({
  name: 'credit',
  tables: ['credit_schemes', 'credit_expiry_warnings'],
  routes: creditRoutes,
  problems: creditProblems,
  policy: creditPolicy,
  jobs: [creditExpiryWarningsJob],
});
