import { definePolicy, allow, allowFor } from '../access/policy.ts';
import { isOrgAdmin, isResident } from '../access/principal.ts';

/** Pass sales: a visitor (who becomes a resident) or a resident buys; the pass organisation refunds. */
export const salesPolicy = definePolicy({
  'passOrder.create': allow((p) => p.kind === 'anonymous' || isResident(p)),
  'passOrder.manage': allow(isOrgAdmin),
  // Names and pass numbers of an order: the buyer and the pass organisation. Anyone with the
  // order id sees its status only (the page after paying may be opened before logging in).
  'passOrder.readDetails': allowFor<{ holderId: string }>(
    (p, order) => isOrgAdmin(p) || (p.kind === 'resident' && p.holderId === order.holderId),
  ),
  // Paying an order placed for a resident (a pass at a reduced price): only that resident.
  'passOrder.pay': allowFor<{ holderId: string }>((p, order) => p.kind === 'resident' && p.holderId === order.holderId),
});
