import { defineProblems } from '../../shared/errors.ts';

/** The desk-sales module's problem codes: status, and the title in English and Dutch (B1). */
export const deskSalesProblems = defineProblems({
  'desk-not-assigned': {
    status: 403,
    title: { en: 'Your account does not belong to a sales point', nl: 'Uw account hoort niet bij een verkooppunt' },
  },
  'desk-day-closed': {
    status: 409,
    title: { en: "This desk's day is already closed", nl: 'De dag van deze balie is al afgesloten' },
  },
  'desk-renewal-not-possible': {
    status: 409,
    title: { en: 'This pass cannot be renewed at the desk', nl: 'Deze pas kan niet aan de balie worden verlengd' },
  },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof deskSalesProblems, true> {}
}
