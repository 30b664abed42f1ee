import { definePolicy, allow } from '../access/policy.ts';
import { anyone, isOrgAdmin } from '../access/principal.ts';

/** Grants are the pass organisation's; where the actiebudget goes is public. */
export const actionBudgetPolicy = definePolicy({
  'actionBudget.manage': allow(isOrgAdmin),
  'actionBudget.read': allow(anyone),
});
