import { defineProblems } from '../../shared/errors.ts';

/** The applications module's problem codes: status, and the title in English and Dutch (B1). */
export const applicationsProblems = defineProblems({
  'application-not-found': {
    status: 404,
    title: { en: 'Application not found', nl: 'Aanvraag niet gevonden' },
  },
  'application-payment-unavailable': {
    status: 409,
    title: {
      en: 'A reduced-price pass cannot be paid online here',
      nl: 'Een pas tegen lager tarief kan hier niet online betaald worden',
    },
  },
  'evidence-not-found': {
    status: 404,
    title: { en: 'Evidence not found or already deleted', nl: 'Bewijsstuk niet gevonden of al verwijderd' },
  },
  'free-pass-already-held': {
    status: 409,
    title: { en: 'You already have a valid free pass', nl: 'U heeft al een geldige gratis pas' },
  },
  'application-already-open': {
    status: 409,
    title: { en: 'You already have an application in progress', nl: 'U heeft al een aanvraag die nog loopt' },
  },
  'application-already-decided': {
    status: 409,
    title: {
      en: 'This application was already decided or withdrawn',
      nl: 'Over deze aanvraag is al beslist, of hij is ingetrokken',
    },
  },
  'unsupported-file-type': {
    status: 400,
    title: { en: 'Only PDF, JPEG or PNG files', nl: 'Alleen PDF-, JPEG- of PNG-bestanden' },
  },
  'too-much-evidence': {
    status: 409,
    title: { en: 'No more evidence can be added', nl: 'U kunt geen bewijsstukken meer toevoegen' },
  },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof applicationsProblems, true> {}
}
