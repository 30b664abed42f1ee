import { allow, definePolicy } from '../access/policy.ts';
import { anyone, isOrgAdmin } from '../access/principal.ts';

/** Everybody reads the guide pages; the pass organisation writes them (like route pages: `route.manage`). */
export const guidesPolicy = definePolicy({
  'guide.read': allow(anyone),
  'guide.manage': allow(isOrgAdmin),
});
