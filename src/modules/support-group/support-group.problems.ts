import { defineProblems } from '../../shared/errors.ts';

/** The supportgroep's problem codes: status, and the title in English and Dutch (B1). */
export const supportGroupProblems = defineProblems({
  'support-group-member-exists': {
    status: 409,
    title: { en: 'This address is a supportgroep member already', nl: 'Dit e-mailadres is al lid van de supportgroep' },
  },
  'support-group-member-not-found': {
    status: 403,
    title: { en: 'Your account is not a supportgroep member', nl: 'Uw account is geen lid van de supportgroep' },
  },
  'support-group-meeting-not-found': {
    status: 404,
    title: { en: 'Meeting not found', nl: 'Deze bijeenkomst bestaat niet' },
  },
  'support-group-action-not-found': {
    status: 404,
    title: { en: 'Action not found', nl: 'Deze actie bestaat niet' },
  },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof supportGroupProblems, true> {}
}
