import { defineModule } from '../../http/module-manifest.ts';
import { giftPassesDemo } from './gift-passes.demo.ts';
import { giftPassesPolicy } from './gift-passes.policy.ts';
import { giftPassesProblems } from './gift-passes.problems.ts';
import { giftPassesRoutes } from './gift-passes.routes.ts';

/** Gift passes: businesses buy gift codes, recipients activate a pass with one. */
export default defineModule({
  name: 'gift-passes',
  tables: ['gift_orders', 'gift_codes'],
  routes: giftPassesRoutes,
  problems: giftPassesProblems,
  policy: giftPassesPolicy,
  demo: giftPassesDemo,
});
