import { defineModule } from '../../http/module-manifest.ts';
import { offersPolicy } from './offers.policy.ts';
import { offerPortalProblems, offersProblems } from './offers.problems.ts';
import { offersRoutes } from './offers.routes.ts';
import { seedRoutePages } from './route-pages.demo.ts';
import { seedValidHours } from './valid-hours.demo.ts';
import type { DemoContext } from '../../http/module-manifest.ts';

/** Offers, routes and categories, the public catalogue, and the only place a price is computed. */
export default defineModule({
  name: 'offers',
  tables: ['routes', 'categories', 'offers', 'offer_locations', 'offer_routes', 'offer_events', 'offer_search_words'],
  routes: offersRoutes,
  problems: { ...offersProblems, ...offerPortalProblems },
  policy: offersPolicy,
  demo: async (context: DemoContext) => {
    await seedRoutePages(context);
    await seedValidHours(context);
  },
});
