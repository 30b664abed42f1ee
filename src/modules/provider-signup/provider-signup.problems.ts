import { defineProblems } from '../../shared/errors.ts';

/** The provider-signup module's problem codes: status, and the title in English and Dutch (B1). */
export const providerSignupProblems = defineProblems({
  'sign-up-not-found': {
    status: 404,
    title: { en: 'Sign-up not found', nl: 'Aanmelding niet gevonden' },
  },
  'sign-up-already-decided': {
    status: 409,
    title: { en: 'This sign-up has already been decided', nl: 'Over deze aanmelding is al besloten' },
  },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof providerSignupProblems, true> {}
}
