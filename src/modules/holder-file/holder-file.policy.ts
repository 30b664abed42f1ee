import { definePolicy, allow } from '../access/policy.ts';
import { isOrgAdmin, isResident } from '../access/principal.ts';

/** The holder's file is the pass organisation's; nobody else reads or corrects it. */
export const holderFilePolicy = definePolicy({
  'holderFile.read': allow(isOrgAdmin),
  'holderFile.correct': allow(isOrgAdmin),
  // Renew a paid pass from the file, paid by pin or cash at a sales point: who may block and replace.
  'holderFile.renew': allow(isOrgAdmin),
  // The resident's own data: download it, ask for erasure; the pass organisation executes erasure.
  'myData.read': allow(isResident),
  'holderFile.erase': allow(isOrgAdmin),
});
