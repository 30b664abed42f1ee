import { allow, allowFor, definePolicy } from '../access/policy.ts';
import { isCoOwner, isOrgAdmin, isPolicyOfficer, isSupportGroupMember } from '../access/principal.ts';

/** An opgave as far as a policy needs it: is the caller one of its beleidsmedewerkers? */
export interface GoalAssignment {
  assigned: boolean;
}

const orgOrOfficer = (p: Parameters<typeof isOrgAdmin>[0]) => isOrgAdmin(p) || isPolicyOfficer(p);

/**
 * The pass organisation manages opgaven, tags, the game plan and the Jaarplan. A beleidsmedewerker
 * reads all of it and proposes and moves opportunities of the opgaven assigned to them; nothing else.
 */
export const policyGoalsPolicy = definePolicy({
  'policy-goals.read': allow(orgOrOfficer),
  'policy-goals.manage': allow(isOrgAdmin),
  'policy-goals.propose': allowFor<GoalAssignment>(
    (p, goal) => isOrgAdmin(p) || (isPolicyOfficer(p) && goal.assigned),
    orgOrOfficer,
  ),
  // The supportgroep (issue 20) and co-owners (decision 0051) read the game plan board too.
  'game-plan.read': allow((p) => orgOrOfficer(p) || isSupportGroupMember(p) || isCoOwner(p)),
  'game-plan.manage': allow(isOrgAdmin),
  'annual-plan.read': allow(orgOrOfficer),
  'annual-plan.manage': allow(isOrgAdmin),
});
