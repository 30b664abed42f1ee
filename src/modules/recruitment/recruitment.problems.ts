import { defineProblems } from '../../shared/errors.ts';

/** The recruitment module's problem codes: status, and the title in English and Dutch (B1). */
export const recruitmentProblems = defineProblems({
  'recruitment-lead-not-found': {
    status: 404,
    title: { en: 'Lead not found', nl: 'Deze kandidaat-aanbieder is niet gevonden' },
  },
  'recruitment-lead-version-conflict': {
    status: 409,
    title: {
      en: 'Someone else changed this lead in the meantime; look again',
      nl: 'Iemand anders heeft deze kandidaat net gewijzigd. Kijk opnieuw',
    },
  },
  'recruitment-lead-already-joined': {
    status: 409,
    title: { en: 'This lead has already joined', nl: 'Deze kandidaat is al aangesloten' },
  },
  'recruitment-wijk-not-yours': {
    status: 403,
    title: { en: 'You add leads for your own wijk only', nl: 'U voegt alleen kandidaten toe voor uw eigen wijk' },
  },
  'recruitment-campaign-not-found': {
    status: 404,
    title: { en: 'Campaign not found', nl: 'Deze campagne is niet gevonden' },
  },
  'recruitment-promotion-not-found': {
    status: 404,
    title: { en: 'Nothing to print for this', nl: 'Hiervoor is geen drukwerk te maken' },
  },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof recruitmentProblems, true> {}
}
