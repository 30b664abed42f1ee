import { definePolicy, allow, allowFor } from '../access/policy.ts';
import { anyone, isOrgAdmin, isProviderAdmin, ownsResource, type ProviderOwned } from '../access/principal.ts';

export const offersPolicy = definePolicy({
  'catalogue.read': allow(anyone),
  // Who bears an offer's discount and whether credit may pay there is the pass organisation's money decision.
  'offer.paymentRules.manage': allow(isOrgAdmin),
  // Which pass categories an offer is for (a respite day for carers, the food bank for minima).
  'offer.eligibility.manage': allow(isOrgAdmin),
  // The provider portal: its admins see, make and change its offers; the pass organisation may
  // do so for any provider (its changes need no moderation). Not till staff: an offer's terms
  // include the kansentarief, and a till clerk who knows it would know why a holder pays it.
  'provider.offers.read': allowFor<ProviderOwned>(
    (p, offer) => isOrgAdmin(p) || (isProviderAdmin(p) && ownsResource(p, offer)),
    isProviderAdmin,
  ),
  'provider.offers.manage': allowFor<ProviderOwned>(
    (p, offer) => isOrgAdmin(p) || (isProviderAdmin(p) && ownsResource(p, offer)),
    isProviderAdmin,
  ),
  // Moderation: new offers and changes to published ones; suspending an offer.
  'offer.moderate': allow(isOrgAdmin),
  // Route pages: name, story, picture, order and whether a route is shown.
  'route.manage': allow(isOrgAdmin),
});
