import { defineModule } from '../../http/module-manifest.ts';
import { salesPolicy } from './sales.policy.ts';
import { salesProblems } from './sales.problems.ts';
import { salesRoutes } from './sales.routes.ts';

/** Pass orders and their payment through Mollie or the built-in test provider, and refunds. */
export default defineModule({
  name: 'sales',
  tables: ['pass_prices', 'pass_orders', 'pass_order_items', 'test_payments'],
  routes: salesRoutes,
  problems: salesProblems,
  policy: salesPolicy,
});
