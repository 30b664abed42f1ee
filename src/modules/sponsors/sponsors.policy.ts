import { definePolicy, allow } from '../access/policy.ts';
import { anyone, isCoOwner, isOrgAdmin } from '../access/principal.ts';

/** Sponsors and their pledges are the pass organisation's. */
export const sponsorsPolicy = definePolicy({
  'sponsors.manage': allow(isOrgAdmin),
  // The overview per sponsor: all of them for the pass organisation; a co-owner (business
  // association) reads only its own members' (the service narrows it). No contact details.
  'sponsors.overview.read': allow((p) => isOrgAdmin(p) || isCoOwner(p)),
  // Names, logos and links of sponsors who agreed to publicity are on public pages.
  'sponsors.publicity.read': allow(anyone),
});
