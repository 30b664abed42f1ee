import { defineModule } from '../../http/module-manifest.ts';
import { deskSalesDemo } from './desk-sales.demo.ts';
import { deskSalesPolicy } from './desk-sales.policy.ts';
import { deskSalesProblems } from './desk-sales.problems.ts';
import { deskSalesRoutes } from './desk-sales.routes.ts';

/** Desk sales: sales points, their staff, passes sold and renewed at a desk, and the day's closing. */
export default defineModule({
  name: 'desk-sales',
  tables: ['sales_points', 'sales_point_staff', 'desk_sales', 'desk_day_closings'],
  routes: deskSalesRoutes,
  problems: deskSalesProblems,
  policy: deskSalesPolicy,
  demo: deskSalesDemo,
});
