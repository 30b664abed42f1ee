import { allow, definePolicy } from '../access/policy.ts';
import { anyone, isOrgAdmin, isPartnerStaff } from '../access/principal.ts';

/**
 * Partner organisations: anyone may sign one up and read the published criteria; the pass
 * organisation approves partners and decides on applications; a partner's staff apply and
 * report for their own organisation only (the service checks which one).
 */
export const partnersPolicy = definePolicy({
  'partner.signUp': allow(anyone),
  'partner.manage': allow(isOrgAdmin),
  'partner.work': allow(isPartnerStaff),
  'supportRounds.read': allow(anyone),
});
