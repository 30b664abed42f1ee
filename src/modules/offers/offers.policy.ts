import { definePolicy, allow } from '../access/policy.ts';
import { anyone, isOrgAdmin } from '../access/principal.ts';

export const offersPolicy = definePolicy({
  'catalogue.read': allow(anyone),
  // Who bears an offer's discount and whether credit may pay there is the pass organisation's money decision.
  'offer.paymentRules.manage': allow(isOrgAdmin),
  // Which pass categories an offer is for (a respite day for carers, the food bank for minima).
  'offer.eligibility.manage': allow(isOrgAdmin),
});
