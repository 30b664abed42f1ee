import { definePolicy, allow } from '../access/policy.ts';
import { isOrgAdmin, isResident } from '../access/principal.ts';

/**
 * Gift passes: a business (a visitor), a resident or the pass organisation orders codes; the
 * buyer reads the order with its secret link, the pass organisation reads all orders and confirms
 * invoice payments; a visitor or a resident activates a pass with a code.
 */
export const giftPassesPolicy = definePolicy({
  'giftOrder.create': allow((p) => p.kind === 'anonymous' || isResident(p) || isOrgAdmin(p)),
  'giftOrder.manage': allow(isOrgAdmin),
  'giftCode.redeem': allow((p) => p.kind === 'anonymous' || isResident(p)),
});
