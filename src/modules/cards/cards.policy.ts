import { definePolicy, allow } from '../access/policy.ts';
import { isResident } from '../access/principal.ts';

/** The printable pass: a resident prints their own passes and their children's. */
export const cardsPolicy = definePolicy({
  'printablePass.download': allow(isResident),
});
