import { defineModule } from '../../http/module-manifest.ts';
import { identityProblems } from './identity.problems.ts';
import { identityRoutes } from './identity.routes.ts';

/** Staff and resident accounts, sessions and e-mail login links; resolves who is calling. */
export default defineModule({
  name: 'identity',
  tables: ['users', 'sessions', 'login_links'],
  routes: identityRoutes,
  problems: identityProblems,
});
