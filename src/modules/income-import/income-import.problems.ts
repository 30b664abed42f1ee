import { defineProblems } from '../../shared/errors.ts';

/** The income-import module's problem codes: status, and the title in English and Dutch (B1). */
export const incomeImportProblems = defineProblems({
  'invalid-csv': {
    status: 400,
    title: { en: 'The file cannot be read as a CSV export', nl: 'Het bestand is geen leesbare CSV-export' },
  },
  'import-run-not-found': {
    status: 404,
    title: { en: 'Import not found', nl: 'Import niet gevonden' },
  },
  'import-already-running': {
    status: 409,
    title: { en: 'Another import is running', nl: 'Er loopt al een import' },
  },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof incomeImportProblems, true> {}
}
