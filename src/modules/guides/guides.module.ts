import { defineModule } from '../../http/module-manifest.ts';
import { seedGuides } from './guides.demo.ts';
import { guidesPolicy } from './guides.policy.ts';
import { guidesRoutes } from './guides.routes.ts';

/** The pages the pass organisation writes: the wegwijzer for new residents and the festival guide, in six languages. */
export default defineModule({
  name: 'guides',
  tables: ['guide_texts'],
  routes: guidesRoutes,
  policy: guidesPolicy,
  demo: seedGuides,
});
