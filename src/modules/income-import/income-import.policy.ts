import { allow, definePolicy } from '../access/policy.ts';
import { isOrgAdmin } from '../access/principal.ts';

/** Income data is the pass organisation's only: providers and residents never see it. */
export const incomeImportPolicy = definePolicy({
  'incomeImport.manage': allow(isOrgAdmin),
});
