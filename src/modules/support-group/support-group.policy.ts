import { allow, definePolicy } from '../access/policy.ts';
import { isOrgAdmin, isSupportGroupMember } from '../access/principal.ts';

/**
 * The pass organisation invites members, plans meetings and keeps notes and actions; a member
 * passes on leads and tips and answers invitations; both read the meetings.
 */
export const supportGroupPolicy = definePolicy({
  'supportGroup.manage': allow(isOrgAdmin),
  'supportGroup.participate': allow(isSupportGroupMember),
  'supportGroup.meetings': allow((p) => isOrgAdmin(p) || isSupportGroupMember(p)),
});
