import { defineModule } from '../../http/module-manifest.ts';
import { seedSchemes } from './schemes.demo.ts';
import { schemesPolicy } from './schemes.policy.ts';
import { schemesProblems } from './schemes.problems.ts';
import { schemesRoutes } from './schemes.routes.ts';

/** The schemes guide (regelingen), the eligibility check and problem reports per scheme. */
export default defineModule({
  name: 'schemes',
  tables: ['schemes', 'scheme_reports'],
  routes: schemesRoutes,
  problems: schemesProblems,
  policy: schemesPolicy,
  demo: seedSchemes,
});
