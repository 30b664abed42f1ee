import { definePolicy, allow } from '../access/policy.ts';
import { isOrgAdmin, isResident } from '../access/principal.ts';

/** Only the pass organisation manages credit schemes; a resident reads their own credit. */
export const creditPolicy = definePolicy({
  'credit.manage': allow(isOrgAdmin),
  'ownCredit.read': allow(isResident),
});
