import { definePolicy, allow } from '../access/policy.ts';
import { isDeskStaff, isOrgAdmin } from '../access/principal.ts';

/**
 * The desk: staff of a sales point sell and renew passes and close their day; they see a pass's
 * number, holder name and validity, nothing else (no category, no history, no credit). The pass
 * organisation reads every desk's closings.
 */
export const deskSalesPolicy = definePolicy({
  'desk.sell': allow(isDeskStaff),
  'desk.reconcile': allow(isOrgAdmin),
});
