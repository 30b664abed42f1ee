import { defineModule } from '../../http/module-manifest.ts';
import { seedPartnersDemo } from './partners.demo.ts';
import { partnersPolicy } from './partners.policy.ts';
import { partnersProblems } from './partners.problems.ts';
import { partnersRoutes } from './partners.routes.ts';
import { top30MonthlyJob } from './top30.service.ts';

/** Partner organisations (buurthuizen, volunteer organisations) and their support from the actiebudget. */
export default defineModule({
  name: 'partners',
  tables: [
    'partners',
    'partner_staff',
    'support_rounds',
    'support_applications',
    'pacts',
    'appreciation_quotas',
    'appreciation_codes',
    'top30_nominations',
    'top30_weights',
    'top30_rankings',
  ],
  routes: partnersRoutes,
  problems: partnersProblems,
  policy: partnersPolicy,
  demo: seedPartnersDemo,
  jobs: [top30MonthlyJob],
});
