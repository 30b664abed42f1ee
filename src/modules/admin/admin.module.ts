import { defineModule } from '../../http/module-manifest.ts';
import { adminPolicy } from './admin.policy.ts';
import { adminRoutes } from './admin.routes.ts';

/** The pass organisation's lists of holders, providers, offers and redemptions. */
export default defineModule({
  name: 'admin',
  tables: [],
  routes: adminRoutes,
  policy: adminPolicy,
});
