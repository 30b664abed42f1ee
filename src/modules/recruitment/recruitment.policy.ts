import { allow, allowFor, definePolicy } from '../access/policy.ts';
import {
  anyone,
  isOrgAdmin,
  isProviderAdmin,
  isSupportGroupMember,
  isWijkmanager,
  isCoOwner,
  ownsResource,
  type Principal,
} from '../access/principal.ts';

const orgOrWijkmanager = (p: Principal) => isOrgAdmin(p) || isWijkmanager(p);

/**
 * The recruitment board: the pass organisation works every lead, plans campaigns and prints
 * promotion material. A wijkmanager reads and adds leads for their own wijken (the service checks
 * which). A provider's admins print their own window sticker and offer cards. Anyone may read the
 * public social-credit marks.
 */
export const recruitmentPolicy = definePolicy({
  'recruitment.read': allow(orgOrWijkmanager),
  'recruitment.addLead': allow(orgOrWijkmanager),
  'recruitment.manage': allow(isOrgAdmin),
  'campaigns.manage': allow(isOrgAdmin),
  // The supportgroep (issue 20) and co-owners (decision 0051) read the campaign calendar.
  'campaigns.read': allow((p) => isOrgAdmin(p) || isSupportGroupMember(p) || isCoOwner(p)),
  'promotion.print': allow(isOrgAdmin),
  'promotion.printOwn': allowFor(
    (p: Principal, resource: { providerId: string }) =>
      isOrgAdmin(p) || (isProviderAdmin(p) && ownsResource(p, resource)),
    isProviderAdmin,
  ),
  'relationships.manage': allow(isOrgAdmin),
  'socialCredit.read': allow(anyone),
});
