import { allow, allowFor, definePolicy } from '../access/policy.ts';
import {
  anyone,
  isOrgAdmin,
  isPartnerStaff,
  isPolicyOfficer,
  isProviderAdmin,
  isResident,
  ownsResource,
  type ProviderOwned,
} from '../access/principal.ts';

/**
 * The needs scan, ratings and the experience panel. Anyone answers a survey and makes a
 * suggestion; the pass organisation builds, spreads and reads; a beleidsmedewerker reads the
 * results; providers read and answer the ratings of their own offers, never who gave them.
 */
export const feedbackPolicy = definePolicy({
  'surveys.answer': allow(anyone),
  'surveys.manage': allow(isOrgAdmin),
  'surveys.results': allow((p) => isOrgAdmin(p) || isPolicyOfficer(p)),
  'ratings.rate': allow(isResident),
  'ratings.read': allow(anyone),
  'ratings.moderate': allow(isOrgAdmin),
  'ratings.provider': allowFor<ProviderOwned>((p, r) => isProviderAdmin(p) && ownsResource(p, r), isProviderAdmin),
  'suggestions.create': allow(anyone),
  'suggestions.manage': allow(isOrgAdmin),
  'panel.membership': allow(isResident),
  'panel.manage': allow(isOrgAdmin),
  'panel.submit-question': allow((p) => isOrgAdmin(p) || isPartnerStaff(p)),
});
