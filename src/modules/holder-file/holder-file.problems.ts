import { defineProblems } from '../../shared/errors.ts';

/** The holder-file module's problem codes: status, and the title in English and Dutch (B1). */
export const holderFileProblems = defineProblems({
  'holder-not-found': {
    status: 404,
    title: { en: 'Pass holder not found', nl: 'Pashouder niet gevonden' },
  },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof holderFileProblems, true> {}
}
