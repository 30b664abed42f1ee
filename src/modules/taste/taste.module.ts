import { defineModule } from '../../http/module-manifest.ts';
import { tastePolicy } from './taste.policy.ts';
import { tasteRoutes } from './taste.routes.ts';

/** Suggestions of kinds of offers a holder has not tried, for holders who opt in. */
export default defineModule({
  name: 'taste',
  tables: ['taste_opt_ins'],
  routes: tasteRoutes,
  policy: tastePolicy,
});
