import { definePolicy, allow } from '../access/policy.ts';
import { anyone, isOrgAdmin } from '../access/principal.ts';

export const offersPolicy = definePolicy({
  'catalogue.read': allow(anyone),
  // Who bears an offer's discount and whether credit may pay there is the pass organisation's money decision.
  'offer.paymentRules.manage': allow(isOrgAdmin),
  // Route pages: name, story, picture, order and whether a route is shown.
  'route.manage': allow(isOrgAdmin),
});
