import { defineProblems } from '../../shared/errors.ts';

/** The offers module's problem codes: status, and the title in English and Dutch (B1). */
export const offersProblems = defineProblems({
  'offer-not-found': { status: 404, title: { en: 'Offer not found', nl: 'Aanbieding niet gevonden' } },
  'offer-not-available': {
    status: 409,
    title: { en: 'Offer is not published', nl: 'Deze aanbieding is niet gepubliceerd' },
  },
  'offer-not-valid-today': {
    status: 409,
    title: { en: 'Offer is not valid today', nl: 'Deze aanbieding geldt vandaag niet' },
  },
  'offer-sold-out': { status: 409, title: { en: 'Offer is sold out', nl: 'Deze aanbieding is uitverkocht' } },
  'offer-of-other-provider': {
    status: 403,
    title: { en: 'Offer belongs to another provider', nl: 'Deze aanbieding is van een andere aanbieder' },
  },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof offersProblems, true> {}
}

/** The provider portal's and moderation's problem codes. */
export const offerPortalProblems = defineProblems({
  'offer-status-conflict': {
    status: 409,
    title: {
      en: 'This cannot be done with the offer as it is now',
      nl: 'Dit kan niet met de aanbieding zoals die nu is',
    },
  },
  'offer-version-conflict': {
    status: 409,
    title: {
      en: 'Someone else changed or decided this offer first',
      nl: 'Iemand anders heeft deze aanbieding net gewijzigd of beoordeeld',
    },
  },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof offerPortalProblems, true> {}
}
