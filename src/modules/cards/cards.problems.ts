import { defineProblems } from '../../shared/errors.ts';

/** The cards module's problem codes: status, and the title in English and Dutch (B1). */
export const cardsProblems = defineProblems({
  'card-batch-not-found': {
    status: 404,
    title: { en: 'Card batch not found', nl: 'Kaartenbatch niet gevonden' },
  },
  'card-not-found': { status: 404, title: { en: 'Card not found', nl: 'Pas niet gevonden' } },
  'card-not-sent': { status: 409, title: { en: 'Card not sent yet', nl: 'Deze pas is nog niet verstuurd' } },
  'card-blocked': { status: 409, title: { en: 'Card is blocked', nl: 'Deze pas van plastic is geblokkeerd' } },
  'card-not-in-use': {
    status: 409,
    title: { en: 'This card is not in use', nl: 'Deze pas van plastic is niet in gebruik' },
  },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof cardsProblems, true> {}
}
