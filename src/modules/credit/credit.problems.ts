import { defineProblems } from '../../shared/errors.ts';

/** The credit module's problem codes: status, and the title in English and Dutch (B1). */
export const creditProblems = defineProblems({
  'credit-scheme-not-found': {
    status: 404,
    title: { en: 'Credit scheme not found', nl: 'Tegoedregeling niet gevonden' },
  },
  'credit-scheme-expired': {
    status: 409,
    title: { en: 'Credit scheme has expired', nl: 'Deze tegoedregeling is afgelopen' },
  },
  'credit-scheme-not-expired': {
    status: 409,
    title: { en: 'Credit scheme has not expired yet', nl: 'Deze tegoedregeling is nog niet afgelopen' },
  },
  'credit-insufficient': { status: 409, title: { en: 'Not enough credit', nl: 'Er is niet genoeg tegoed' } },
  'scheme-budget-exceeded': {
    status: 409,
    title: { en: 'Not enough budget in the scheme fund', nl: 'Er is niet genoeg geld in het potje van de regeling' },
  },
  'pass-not-eligible': {
    status: 409,
    title: { en: 'Pass is not eligible for this credit scheme', nl: 'Deze pas hoort niet bij deze tegoedregeling' },
  },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof creditProblems, true> {}
}
