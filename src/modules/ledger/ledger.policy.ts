import { definePolicy, allow } from '../access/policy.ts';
import { isOrgAdmin } from '../access/principal.ts';

/** Only the pass organisation reads or corrects the ledger. */
export const ledgerPolicy = definePolicy({
  'ledger.export': allow(isOrgAdmin),
  'ledger.correct': allow(isOrgAdmin),
});
