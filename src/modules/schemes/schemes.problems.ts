import { defineProblems } from '../../shared/errors.ts';

/** The schemes module's problem codes: status, and the title in English and Dutch (B1). */
export const schemesProblems = defineProblems({
  'scheme-not-found': {
    status: 404,
    title: { en: 'Scheme not found', nl: 'Deze regeling bestaat niet (meer)' },
  },
  'scheme-slug-taken': {
    status: 409,
    title: { en: 'Another scheme has this web address', nl: 'Een andere regeling heeft dit webadres al' },
  },
  'scheme-report-not-found': {
    status: 404,
    title: { en: 'Report not found', nl: 'Deze melding bestaat niet' },
  },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof schemesProblems, true> {}
}
