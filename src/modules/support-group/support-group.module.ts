import { defineModule } from '../../http/module-manifest.ts';
import { seedSupportGroup } from './support-group.demo.ts';
import { supportGroupPolicy } from './support-group.policy.ts';
import { supportGroupProblems } from './support-group.problems.ts';
import { supportGroupRoutes } from './support-group.routes.ts';

/**
 * The supportgroep (issue 20): members linked to an opgave pass on leads and tips to the
 * recruitment board and meet the pass community; the organisation keeps notes and actions.
 */
export default defineModule({
  name: 'support-group',
  tables: [
    'support_group_members',
    'support_group_leads',
    'support_group_meetings',
    'support_group_rsvps',
    'support_group_actions',
  ],
  routes: supportGroupRoutes,
  problems: supportGroupProblems,
  policy: supportGroupPolicy,
  demo: seedSupportGroup,
});
