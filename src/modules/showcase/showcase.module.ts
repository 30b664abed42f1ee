import { defineModule } from '../../http/module-manifest.ts';
import { showcasePolicy } from './showcase.policy.ts';
import { showcaseRoutes } from './showcase.routes.ts';

/** Providers' public profiles, "new on the pass", and the wegwijzer's offers to try first. Owns no tables. */
export default defineModule({
  name: 'showcase',
  tables: [],
  routes: showcaseRoutes,
  policy: showcasePolicy,
});
