import { defineProblems } from '../../shared/errors.ts';

/** The ledger module's problem codes: status, and the title in English and Dutch (B1). */
export const ledgerProblems = defineProblems({
  'ledger-entry-not-found': { status: 404, title: { en: 'Journal entry not found', nl: 'Boeking niet gevonden' } },
  'ledger-reference-conflict': {
    status: 409,
    title: { en: 'This reference was already booked differently', nl: 'Deze referentie is al anders geboekt' },
  },
  'ledger-entry-not-reversible': {
    status: 409,
    title: { en: 'Journal entry cannot be reversed', nl: 'Deze boeking kan niet worden teruggedraaid' },
  },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof ledgerProblems, true> {}
}
