import { definePolicy, allow } from '../access/policy.ts';
import { isOrgAdmin } from '../access/principal.ts';

/** The pass organisation's lists of holders, providers, offers and redemptions. */
export const adminPolicy = definePolicy({
  'admin.read': allow(isOrgAdmin),
});
