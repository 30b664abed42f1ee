import { defineProblems } from '../../shared/errors.ts';

/** The redemptions module's problem codes: status, and the title in English and Dutch (B1). */
export const redemptionsProblems = defineProblems({
  'limit-reached': {
    status: 409,
    title: { en: 'Limit for this pass reached', nl: 'De limiet voor deze pas is bereikt' },
  },
  'typed-pass-number-refused': {
    status: 400,
    title: { en: 'This till takes QR codes only', nl: 'Deze kassa neemt alleen de QR-code aan' },
  },
  'redemption-not-found': { status: 404, title: { en: 'Redemption not found', nl: 'Verzilvering niet gevonden' } },
  'redemption-not-cancellable': {
    status: 409,
    title: { en: 'Redemption can no longer be cancelled', nl: 'Deze verzilvering kan niet meer worden teruggedraaid' },
  },
  'idempotency-key-reused': {
    status: 422,
    title: {
      en: 'Idempotency-Key was used for a different request',
      nl: 'Deze Idempotency-Key is al gebruikt voor een ander verzoek',
    },
  },
  'idempotency-key-in-use': {
    status: 409,
    title: {
      en: 'A request with this Idempotency-Key is still being processed',
      nl: 'Een verzoek met deze Idempotency-Key wordt nog verwerkt',
    },
  },
  'offer-outside-valid-hours': {
    status: 409,
    title: {
      en: 'Offer is not valid at this time of the week',
      nl: 'Deze aanbieding geldt niet op deze dag of dit uur',
    },
  },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof redemptionsProblems, true> {}
}
