import { definePolicy, allow, allowFor } from '../access/policy.ts';
import { isOrgAdmin, isProviderAdmin, ownsResource, type ProviderOwned } from '../access/principal.ts';

/** Payouts: the pass organisation settles and confirms; a provider's admins see their own settlements. */
export const payoutsPolicy = definePolicy({
  'payout.manage': allow(isOrgAdmin),
  'provider.settlements.read': allowFor<ProviderOwned>(
    (p, provider) => isOrgAdmin(p) || (isProviderAdmin(p) && ownsResource(p, provider)),
    (p) => isOrgAdmin(p) || isProviderAdmin(p),
  ),
});
