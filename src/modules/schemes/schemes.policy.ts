import { allow, definePolicy } from '../access/policy.ts';
import { anyone, isOrgAdmin } from '../access/principal.ts';

/** The guide is public; only the pass organisation writes it and reads the problem reports. */
export const schemesPolicy = definePolicy({
  'schemes.read': allow(anyone),
  'schemes.check': allow(anyone),
  'schemes.report': allow(anyone),
  'schemes.manage': allow(isOrgAdmin),
});
