import { definePolicy, allow } from '../access/policy.ts';
import { anyone, isOrgAdmin } from '../access/principal.ts';

/** Sponsors and their pledges are the pass organisation's. */
export const sponsorsPolicy = definePolicy({
  'sponsors.manage': allow(isOrgAdmin),
  // Names, logos and links of sponsors who agreed to publicity are on public pages.
  'sponsors.publicity.read': allow(anyone),
});
