import { allow, definePolicy } from '../access/policy.ts';
import { anyone, isOrgAdmin, isPartnerStaff, isResident, type Principal } from '../access/principal.ts';

const partnerOrOrg = (p: Principal) => isPartnerStaff(p) || isOrgAdmin(p);

/**
 * The volunteers' information platform. Anyone reads the information pages, the open vacancies
 * and the published help requests (never their author); the pass organisation writes the pages,
 * moderates help requests and runs the depot; partners post vacancies, reserve materials and post
 * spaces and shared needs; residents keep a volunteer profile and post help requests. Who takes
 * part in one match is checked by the service (its volunteer, or the vacancy's partner or the
 * help request's author).
 */
export const volunteeringPolicy = definePolicy({
  'volunteerInfo.read': allow(anyone),
  'volunteerInfo.manage': allow(isOrgAdmin),
  'vacancies.read': allow(anyone),
  'vacancies.post': allow(isPartnerStaff),
  'helpRequests.read': allow(anyone),
  'helpRequests.post': allow(isResident),
  'helpRequests.moderate': allow(isOrgAdmin),
  'volunteerProfile.own': allow(isResident),
  'volunteerMatches.use': allow((p) => isResident(p) || isPartnerStaff(p)),
  'depot.reserve': allow(isPartnerStaff),
  'depot.manage': allow(isOrgAdmin),
  'depot.read': allow(partnerOrOrg),
  'spaces.use': allow(partnerOrOrg),
  'sharedNeeds.post': allow(isPartnerStaff),
  'sharedNeeds.read': allow(partnerOrOrg),
});
