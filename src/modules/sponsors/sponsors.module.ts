import { defineModule } from '../../http/module-manifest.ts';
import { seedSponsorsDemo } from './sponsors.demo.ts';
import { sponsorsPolicy } from './sponsors.policy.ts';
import { sponsorsProblems } from './sponsors.problems.ts';
import { sponsorsRoutes } from './sponsors.routes.ts';

/** Sponsors, their pledges and receipts into the actiebudget. */
export default defineModule({
  name: 'sponsors',
  tables: ['sponsors', 'sponsor_pledges', 'sponsor_receipts', 'sponsor_pledge_years'],
  routes: sponsorsRoutes,
  problems: sponsorsProblems,
  policy: sponsorsPolicy,
  demo: seedSponsorsDemo,
  // Its demo adopts one of the partners demo's initiatives.
  demoAfter: ['partners'],
});
