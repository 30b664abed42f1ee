import { defineModule } from '../../http/module-manifest.ts';
import { seedPolicyGoals } from './policy-goals.demo.ts';
import { policyGoalsPolicy } from './policy-goals.policy.ts';
import { policyGoalsProblems } from './policy-goals.problems.ts';
import { policyGoalsRoutes } from './policy-goals.routes.ts';

/**
 * The opgaven (policy goals): their beleidsmedewerkers, what carries them on the pass (tags), the
 * kansenkaart per opgave, the game plan board and the Jaarplan Opgaven (PDF and CSV).
 */
export default defineModule({
  name: 'policy-goals',
  tables: [
    'policy_goals',
    'policy_goal_officers',
    'policy_goal_tags',
    'policy_opportunities',
    'game_plan_actions',
    'annual_plan_entries',
    'target_group_estimates',
  ],
  routes: policyGoalsRoutes,
  problems: policyGoalsProblems,
  policy: policyGoalsPolicy,
  demo: seedPolicyGoals,
});
