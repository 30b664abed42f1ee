import { defineProblems } from '../../shared/errors.ts';

/** The volunteering module's problem codes: status, and the title in English and Dutch (B1). */
export const volunteeringProblems = defineProblems({
  'volunteer-info-page-not-found': {
    status: 404,
    title: { en: 'Information page not found', nl: 'Deze informatiepagina is niet gevonden' },
  },
  'volunteer-info-page-exists': {
    status: 409,
    title: { en: 'A page with this address exists already', nl: 'Er is al een pagina met dit adres' },
  },
  'volunteer-vacancy-not-found': {
    status: 404,
    title: { en: 'Vacancy not found', nl: 'Deze vacature is niet gevonden' },
  },
  'volunteer-vacancy-closed': {
    status: 409,
    title: { en: 'This vacancy is closed', nl: 'Deze vacature is gesloten' },
  },
  'volunteer-partner-missing': {
    status: 403,
    title: {
      en: 'Your account does not belong to an approved partner organisation',
      nl: 'Uw account hoort niet bij een goedgekeurde partnerorganisatie',
    },
  },
  'help-request-not-found': {
    status: 404,
    title: { en: 'Help request not found', nl: 'Deze hulpvraag is niet gevonden' },
  },
  'help-request-not-pending': {
    status: 409,
    title: { en: 'This help request was moderated already', nl: 'Deze hulpvraag is al beoordeeld' },
  },
  'help-request-not-published': {
    status: 409,
    title: { en: 'This help request is not open', nl: 'Deze hulpvraag staat niet open' },
  },
  'volunteer-profile-missing': {
    status: 409,
    title: { en: 'Make your volunteer profile first', nl: 'Maak eerst uw vrijwilligersprofiel' },
  },
  'volunteer-profile-not-found': {
    status: 404,
    title: { en: 'Volunteer not found', nl: 'Deze vrijwilliger is niet gevonden' },
  },
  'volunteer-match-not-found': {
    status: 404,
    title: { en: 'Match not found', nl: 'Deze match is niet gevonden' },
  },
  'volunteer-match-exists': {
    status: 409,
    title: { en: 'You are already in touch about this', nl: 'U heeft hierover al contact' },
  },
  'volunteer-match-not-yours-to-decide': {
    status: 409,
    title: {
      en: 'Only the other side can accept, and only once',
      nl: 'Alleen de ander kan dit accepteren, en maar één keer',
    },
  },
  'volunteer-match-declined': {
    status: 409,
    title: { en: 'This match was declined', nl: 'Deze match is afgewezen' },
  },
  'depot-item-not-found': {
    status: 404,
    title: { en: 'Item not found in the depot', nl: 'Dit materiaal is niet gevonden in het depot' },
  },
  'depot-item-booked': {
    status: 409,
    title: {
      en: 'This item is already reserved on one of these days',
      nl: 'Dit materiaal is op een van deze dagen al gereserveerd',
    },
  },
  'depot-reservation-not-found': {
    status: 404,
    title: { en: 'Reservation not found', nl: 'Deze reservering is niet gevonden' },
  },
  'depot-reservation-wrong-status': {
    status: 409,
    title: { en: 'This cannot be done with the reservation now', nl: 'Dit kan nu niet met deze reservering' },
  },
  'space-not-found': {
    status: 404,
    title: { en: 'Space not found', nl: 'Deze ruimte is niet gevonden' },
  },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof volunteeringProblems, true> {}
}
