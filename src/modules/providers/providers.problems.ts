import { defineProblems } from '../../shared/errors.ts';

/** The providers module's problem codes: status, and the title in English and Dutch (B1). */
export const providersProblems = defineProblems({
  'provider-kvk-known': {
    status: 409,
    title: { en: 'A provider with this KvK number already exists', nl: 'Er is al een aanbieder met dit KvK-nummer' },
  },
  'provider-suspended': {
    status: 409,
    title: { en: 'This provider is suspended', nl: 'Deze aanbieder is geschorst' },
  },
});

declare module '../../shared/errors.ts' {
  interface ProblemCodes extends Record<keyof typeof providersProblems, true> {}
}
