import { definePolicy, allow } from '../access/policy.ts';
import { isOrgAdmin, isResident } from '../access/principal.ts';

/** Passes on paper: a resident prints their passes or asks for a card; the pass organisation makes card batches. */
export const cardsPolicy = definePolicy({
  'printablePass.download': allow(isResident),
  'card.request': allow(isResident),
  'cardBatch.manage': allow(isOrgAdmin),
});
