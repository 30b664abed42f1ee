import { defineProblems } from '../../shared/errors.ts';

/** The policy-goals module's problem codes. */
export const policyGoalsProblems = defineProblems({
  'policy-goal-not-found': { status: 404, title: { en: 'Policy goal not found', nl: 'Deze opgave bestaat niet' } },
  'policy-goal-slug-taken': {
    status: 409,
    title: { en: 'Another policy goal has this short name', nl: 'Een andere opgave heeft deze korte naam al' },
  },
  'policy-opportunity-not-found': {
    status: 404,
    title: { en: 'Opportunity not found', nl: 'Deze kans bestaat niet' },
  },
  'policy-game-plan-action-not-found': {
    status: 404,
    title: { en: 'Game plan action not found', nl: 'Deze actie van het spelplan bestaat niet' },
  },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof policyGoalsProblems, true> {}
}
