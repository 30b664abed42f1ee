import { definePolicy, allow } from '../access/policy.ts';
import { isOrgAdmin } from '../access/principal.ts';

/** Sponsors and their pledges are the pass organisation's. */
export const sponsorsPolicy = definePolicy({
  'sponsors.manage': allow(isOrgAdmin),
});
