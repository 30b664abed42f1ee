import { defineModule } from '../../http/module-manifest.ts';
import { areasPolicy } from './areas.policy.ts';
import { areasRoutes } from './areas.routes.ts';

/** The CBS wijken and buurten of each municipality, with geometry and population. */
export default defineModule({
  name: 'areas',
  tables: ['wijken', 'buurten'],
  routes: areasRoutes,
  policy: areasPolicy,
});
