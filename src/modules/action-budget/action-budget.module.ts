import { defineModule } from '../../http/module-manifest.ts';
import { actionBudgetPolicy } from './action-budget.policy.ts';
import { actionBudgetProblems } from './action-budget.problems.ts';
import { actionBudgetRoutes } from './action-budget.routes.ts';

/** Actiebudget grants per wijk and activity, and the public summary. */
export default defineModule({
  name: 'action-budget',
  tables: ['action_budget_grants'],
  routes: actionBudgetRoutes,
  problems: actionBudgetProblems,
  policy: actionBudgetPolicy,
});
