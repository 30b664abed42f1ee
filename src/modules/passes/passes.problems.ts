import { defineProblems } from '../../shared/errors.ts';

/** The passes module's problem codes: status, and the title in English and Dutch (B1). */
export const passesProblems = defineProblems({
  'pass-not-found': { status: 404, title: { en: 'Pass not found', nl: 'Pas niet gevonden' } },
  'pass-number-invalid': { status: 400, title: { en: 'Pass number is not valid', nl: 'Dit pasnummer klopt niet' } },
  'pass-blocked': { status: 409, title: { en: 'Pass is blocked', nl: 'Deze pas is geblokkeerd' } },
  'pass-expired': { status: 409, title: { en: 'Pass has expired', nl: 'Deze pas is verlopen' } },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof passesProblems, true> {}
}
