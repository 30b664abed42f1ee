import { defineModule } from '../../http/module-manifest.ts';
import { dashboardsPolicy } from './dashboards.policy.ts';
import { dashboardsRoutes } from './dashboards.routes.ts';
import { refreshPassHolders, rollForward } from './rollup.ts';

/**
 * The dashboards of the six success conditions, on roll-ups rolled forward from a watermark
 * (decision 0036). Every figure about people goes through insight/disclosure.ts.
 */
export default defineModule({
  name: 'dashboards',
  tables: [
    'dashboard_watermarks',
    'dashboard_holder_months',
    'dashboard_usage_months',
    'dashboard_offer_holder_months',
    'dashboard_offer_months',
    'dashboard_holder_years',
    'dashboard_reach_years',
    'dashboard_view_months',
    'dashboard_pass_holder_years',
  ],
  routes: dashboardsRoutes,
  policy: dashboardsPolicy,
  jobs: [
    {
      name: 'dashboards.roll-forward',
      intervalMs: 60_000,
      run: async (deps, now) => {
        const tenants = await deps.database.db.selectFrom('tenants').select('id').execute();
        let rolled = 0;
        for (const t of tenants) {
          if ((await rollForward(deps.database.db, t.id, now)).rolled) rolled++;
          await refreshPassHolders(deps.database.db, t.id, now);
        }
        return rolled > 0 ? { tenantsRolled: rolled } : undefined;
      },
    },
  ],
});
