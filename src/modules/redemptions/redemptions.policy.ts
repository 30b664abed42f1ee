import { definePolicy, allow, allowFor } from '../access/policy.ts';
import { actsForAProvider, isOrgAdmin, ownsResource, type ProviderOwned } from '../access/principal.ts';

export const redemptionsPolicy = definePolicy({
  'till.use': allow(actsForAProvider),
  'redemption.cancel': allowFor<ProviderOwned>(
    (p, redemption) => actsForAProvider(p) && ownsResource(p, redemption),
    actsForAProvider,
  ),
  // A provider lists its own redemptions (scoped in the query); the pass organisation lists all.
  'redemption.list': allow((p) => actsForAProvider(p) || isOrgAdmin(p)),
});
