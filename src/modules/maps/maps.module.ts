import { defineModule } from '../../http/module-manifest.ts';
import { mapsPolicy } from './maps.policy.ts';
import { mapsRoutes } from './maps.routes.ts';

/** The wijkkaart: boundaries and offer locations in WGS84, and the page of each wijk. Owns no tables. */
export default defineModule({
  name: 'maps',
  tables: [],
  routes: mapsRoutes,
  policy: mapsPolicy,
});
