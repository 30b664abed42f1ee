import { defineProblems } from '../../shared/errors.ts';

/** The partners module's problem codes: status, and the title in English and Dutch (B1). */
export const partnersProblems = defineProblems({
  'partner-not-found': {
    status: 404,
    title: { en: 'Partner organisation not found', nl: 'Deze organisatie is niet gevonden' },
  },
  'partner-exists': {
    status: 409,
    title: {
      en: 'This organisation or e-mail address is already signed up',
      nl: 'Deze organisatie of dit e-mailadres is al aangemeld',
    },
  },
  'partner-not-approved': {
    status: 409,
    title: { en: 'Your organisation has not been approved yet', nl: 'Uw organisatie is nog niet goedgekeurd' },
  },
  'partner-already-decided': {
    status: 409,
    title: { en: 'This sign-up was already decided', nl: 'Over deze aanmelding is al besloten' },
  },
  'support-round-not-found': {
    status: 404,
    title: { en: 'Support round not found', nl: 'Deze ronde is niet gevonden' },
  },
  'support-round-closed': {
    status: 409,
    title: { en: 'This round is closed for applications', nl: 'U kunt in deze ronde niet meer aanvragen' },
  },
  'support-application-not-found': {
    status: 404,
    title: { en: 'Application not found', nl: 'Deze aanvraag is niet gevonden' },
  },
  'support-application-wrong-status': {
    status: 409,
    title: { en: 'The application is not in a state that allows this', nl: 'Dit kan niet meer bij deze aanvraag' },
  },
  'pact-not-found': {
    status: 404,
    title: { en: 'Pact not found', nl: 'Dit pact is niet gevonden' },
  },
  'pact-not-active': {
    status: 409,
    title: { en: 'The pact has been renewed or ended already', nl: 'Dit pact is al verlengd of beëindigd' },
  },
  'appreciation-quota-not-found': {
    status: 404,
    title: { en: 'Quota not found', nl: 'Dit quotum is niet gevonden' },
  },
  'appreciation-quota-used': {
    status: 409,
    title: { en: 'All passes of this quota were handed out', nl: 'Alle passen van dit quotum zijn uitgedeeld' },
  },
  'appreciation-code-invalid': {
    status: 404,
    title: { en: 'This code does not exist or was used already', nl: 'Deze code bestaat niet of is al gebruikt' },
  },
  'resident-exists': {
    status: 409,
    title: { en: 'This e-mail address already has a pass account', nl: 'Dit e-mailadres heeft al een pasaccount' },
  },
  'top30-nomination-not-found': {
    status: 404,
    title: { en: 'Nomination not found', nl: 'Deze nominatie is niet gevonden' },
  },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof partnersProblems, true> {}
}
