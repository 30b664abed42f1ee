import { definePolicy, allow, allowFor } from '../access/policy.ts';
import {
  actsForAProvider,
  isOrgAdmin,
  isProviderAdmin,
  ownsResource,
  type ProviderOwned,
} from '../access/principal.ts';

/** A provider's own profile: its staff and till systems, and the pass organisation. */
export const providersPolicy = definePolicy({
  'provider.read': allowFor<ProviderOwned>(
    (p, provider) => isOrgAdmin(p) || (actsForAProvider(p) && ownsResource(p, provider)),
    actsForAProvider,
  ),
  // A provider's own redemptions (the list itself is scoped in the query).
  'provider.redemptions.read': allowFor<ProviderOwned>(
    (p, provider) => actsForAProvider(p) && ownsResource(p, provider),
    actsForAProvider,
  ),
  'provider.tokens.manage': allowFor<ProviderOwned>(
    (p, provider) => isProviderAdmin(p) && ownsResource(p, provider),
    isProviderAdmin,
  ),
  // Its locations: the provider's admins and the pass organisation.
  'provider.locations.manage': allowFor<ProviderOwned>(
    (p, provider) => isOrgAdmin(p) || (isProviderAdmin(p) && ownsResource(p, provider)),
    isProviderAdmin,
  ),
  // Its staff: the provider's admins invite and remove them.
  'provider.staff.manage': allowFor<ProviderOwned>(
    (p, provider) => isOrgAdmin(p) || (isProviderAdmin(p) && ownsResource(p, provider)),
    isProviderAdmin,
  ),
  // Suspending a provider takes all its offers off the catalogue and the till.
  'provider.suspend': allow(isOrgAdmin),
  // The IBAN payouts go to: the provider's admins and the pass organisation.
  'provider.bankAccount.manage': allowFor<ProviderOwned>(
    (p, provider) => isOrgAdmin(p) || (isProviderAdmin(p) && ownsResource(p, provider)),
    isProviderAdmin,
  ),
  // Whether its tills take typed pass numbers: the provider's admins and the pass organisation.
  'provider.tillSettings.manage': allowFor<ProviderOwned>(
    (p, provider) => isOrgAdmin(p) || (isProviderAdmin(p) && ownsResource(p, provider)),
    isProviderAdmin,
  ),
});
