import { defineProblems } from '../../shared/errors.ts';

/** The gift-passes module's problem codes: status, and the title in English and Dutch (B1). */
export const giftPassesProblems = defineProblems({
  'gift-order-not-found': {
    status: 404,
    title: { en: 'Gift order not found', nl: 'Bestelling van cadeaupassen niet gevonden' },
  },
  'gift-order-not-invoiced': {
    status: 409,
    title: {
      en: 'This gift order is not waiting for an invoice payment',
      nl: 'Deze bestelling wacht niet op betaling van een factuur',
    },
  },
  'gift-code-unknown': {
    status: 404,
    title: { en: 'Unknown gift code', nl: 'Deze cadeaucode kennen we niet' },
  },
  'gift-code-used': {
    status: 409,
    title: { en: 'This gift code has already been used', nl: 'Deze cadeaucode is al gebruikt' },
  },
  'gift-code-expired': {
    status: 410,
    title: { en: 'This gift code has expired', nl: 'Deze cadeaucode is verlopen' },
  },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof giftPassesProblems, true> {}
}
