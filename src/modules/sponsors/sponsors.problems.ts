import { defineProblems } from '../../shared/errors.ts';

/** The sponsors module's problem codes: status, and the title in English and Dutch (B1). */
export const sponsorsProblems = defineProblems({
  'sponsor-pledge-not-found': {
    status: 404,
    title: { en: 'Sponsor pledge not found', nl: 'Toezegging van de sponsor niet gevonden' },
  },
  'sponsor-not-found': {
    status: 404,
    title: { en: 'Sponsor not found', nl: 'Sponsor niet gevonden' },
  },
  'sponsor-pledge-not-recurring': {
    status: 409,
    title: { en: 'This pledge does not recur yearly', nl: 'Deze toezegging komt niet elk jaar terug' },
  },
  'sponsor-pledge-year-conflict': {
    status: 409,
    title: {
      en: "This year's contribution was already confirmed with another amount",
      nl: 'De bijdrage voor dit jaar is al bevestigd, met een ander bedrag',
    },
  },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof sponsorsProblems, true> {}
}
