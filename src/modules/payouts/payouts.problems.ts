import { defineProblems } from '../../shared/errors.ts';

/** The payouts module's problem codes: status, and the title in English and Dutch (B1). */
export const payoutsProblems = defineProblems({
  'settlement-period-open': {
    status: 409,
    title: { en: 'Settlement period has not ended yet', nl: 'De periode van deze uitbetaling is nog niet voorbij' },
  },
  'settlement-period-overlaps': {
    status: 409,
    title: { en: 'Settlement period overlaps another run', nl: 'Deze periode overlapt met een andere uitbetaling' },
  },
  'settlement-run-not-found': {
    status: 404,
    title: { en: 'Settlement run not found', nl: 'Uitbetaling niet gevonden' },
  },
  'settlement-not-found': { status: 404, title: { en: 'Settlement not found', nl: 'Afrekening niet gevonden' } },
  'payout-account-missing': {
    status: 409,
    title: {
      en: 'The municipality has no valid bank account for payouts',
      nl: 'De gemeente heeft geen geldige bankrekening voor uitbetalingen',
    },
  },
  'bank-statement-invalid': {
    status: 400,
    title: { en: 'Bank statement cannot be read', nl: 'Het bankafschrift kan niet gelezen worden' },
  },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof payoutsProblems, true> {}
}
