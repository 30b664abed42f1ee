import { definePolicy, allow } from '../access/policy.ts';
import { isOrgAdmin } from '../access/principal.ts';

/** The holder's file is the pass organisation's; nobody else reads or corrects it. */
export const holderFilePolicy = definePolicy({
  'holderFile.read': allow(isOrgAdmin),
  'holderFile.correct': allow(isOrgAdmin),
});
