import { allow, definePolicy } from '../access/policy.ts';
import { isOrgAdmin, isPolicyOfficer } from '../access/principal.ts';

/** The dashboards: the pass organisation and beleidsmedewerkers (read-only). */
export const dashboardsPolicy = definePolicy({
  'dashboards.read': allow((p) => isOrgAdmin(p) || isPolicyOfficer(p)),
});
