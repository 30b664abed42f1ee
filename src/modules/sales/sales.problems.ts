import { defineProblems } from '../../shared/errors.ts';

/** The sales module's problem codes: status, and the title in English and Dutch (B1). */
export const salesProblems = defineProblems({
  'pass-sales-unavailable': {
    status: 409,
    title: { en: 'Passes cannot be bought online here', nl: 'U kunt hier geen pas online kopen' },
  },
  'pass-order-not-found': { status: 404, title: { en: 'Pass order not found', nl: 'Bestelling niet gevonden' } },
  'pass-order-not-refundable': {
    status: 409,
    title: { en: 'Pass order cannot be refunded', nl: 'Deze bestelling kan niet worden terugbetaald' },
  },
  'pass-already-active': {
    status: 409,
    title: { en: 'You already have a valid pass', nl: 'U heeft al een geldige pas' },
  },
  'pass-order-not-payable': {
    status: 409,
    title: { en: 'This order cannot be paid now', nl: 'U kunt deze bestelling nu niet betalen' },
  },
  'payment-not-found': { status: 404, title: { en: 'Payment not found', nl: 'Betaling niet gevonden' } },
  'payment-amount-mismatch': {
    status: 409,
    title: {
      en: 'Payment amount does not match the order',
      nl: 'Het bedrag van de betaling klopt niet met de bestelling',
    },
  },
  'payment-provider-error': {
    status: 502,
    title: { en: 'The payment provider did not answer', nl: 'De betaaldienst gaf geen antwoord' },
  },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof salesProblems, true> {}
}
