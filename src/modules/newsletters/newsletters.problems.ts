import { defineProblems } from '../../shared/errors.ts';

/** The newsletters module's problem codes: status, and the title in English and Dutch (B1). */
export const newslettersProblems = defineProblems({
  'newsletter-link-invalid': {
    status: 410,
    title: {
      en: 'This link no longer works: it was used already, it expired, or it is not complete',
      nl: 'Deze link werkt niet meer: hij is al gebruikt, verlopen of niet compleet',
    },
  },
  'newsletter-edition-not-found': {
    status: 404,
    title: { en: 'Edition not found', nl: 'Deze nieuwsbrief bestaat niet' },
  },
  'newsletter-edition-not-draft': {
    status: 409,
    title: {
      en: 'This edition is being sent or was sent already',
      nl: 'Deze nieuwsbrief is al verstuurd of wordt nu verstuurd',
    },
  },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof newslettersProblems, true> {}
}
