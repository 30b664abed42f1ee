import { defineProblems } from '../../shared/errors.ts';

/** The action-budget module's problem codes: status, and the title in English and Dutch (B1). */
export const actionBudgetProblems = defineProblems({
  'action-budget-insufficient': {
    status: 409,
    title: { en: 'Not enough money in the actiebudget', nl: 'Er is niet genoeg geld in het actiebudget' },
  },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof actionBudgetProblems, true> {}
}
