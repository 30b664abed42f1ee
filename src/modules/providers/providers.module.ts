import { defineModule } from '../../http/module-manifest.ts';
import { providersPolicy } from './providers.policy.ts';
import { providersProblems } from './providers.problems.ts';
import { providersRoutes } from './providers.routes.ts';

/** Providers, their locations, API tokens for tills, and the IBAN payouts go to. */
export default defineModule({
  name: 'providers',
  tables: ['providers', 'locations', 'api_tokens'],
  routes: providersRoutes,
  problems: providersProblems,
  policy: providersPolicy,
});
