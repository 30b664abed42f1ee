import { allow, definePolicy } from '../access/policy.ts';
import { anyone, isOrgAdmin } from '../access/principal.ts';

/** Anyone may sign an organisation up; only the pass organisation reads and decides sign-ups. */
export const providerSignupPolicy = definePolicy({
  'providerApplication.create': allow(anyone),
  'providerApplication.manage': allow(isOrgAdmin),
});
