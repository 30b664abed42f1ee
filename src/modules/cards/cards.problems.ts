import { defineProblems } from '../../shared/errors.ts';

/** The cards module's problem codes: status, and the title in English and Dutch (B1). */
export const cardsProblems = defineProblems({
  'card-batch-not-found': {
    status: 404,
    title: { en: 'Card batch not found', nl: 'Kaartenbatch niet gevonden' },
  },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof cardsProblems, true> {}
}
