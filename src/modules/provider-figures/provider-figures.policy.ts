import { allowFor, definePolicy } from '../access/policy.ts';
import { isOrgAdmin, isProviderAdmin, ownsResource, type ProviderOwned } from '../access/principal.ts';

/** A provider's figures: its admins, and the pass organisation. */
export const providerFiguresPolicy = definePolicy({
  'provider.figures.read': allowFor<ProviderOwned>(
    (p, provider) => isOrgAdmin(p) || (isProviderAdmin(p) && ownsResource(p, provider)),
    isProviderAdmin,
  ),
});
