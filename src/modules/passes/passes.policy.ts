import { definePolicy, allow } from '../access/policy.ts';
import { actsForAProvider, isOrgAdmin, isResident } from '../access/principal.ts';

export const passesPolicy = definePolicy({
  'ownPass.read': allow(isResident),
  // The devices that show the holder's QR code: add, list, remove (a lost phone).
  'ownDevices.manage': allow(isResident),
  // Self-service block and replace: a lost, stolen or broken card, or a lost phone.
  'ownPass.replace': allow(isResident),
  // The pass organisation blocks, unblocks and replaces any pass of its municipality.
  'pass.manage': allow(isOrgAdmin),
  // A partner (a buurthuis, any provider's staff or till system) checks that a pass is valid: yes or no.
  'membership.check': allow(actsForAProvider),
  // The pass year: a holder renews their own paid pass (and their children's) online.
  'ownPass.renew': allow(isResident),
  // A holder sees and manages the passes of their household: partner and children.
  'household.manage': allow(isResident),
  // The pass organisation sets the validity per pass type and the grace period.
  'passYear.manage': allow(isOrgAdmin),
});
