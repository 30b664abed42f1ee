import { allow, definePolicy } from '../access/policy.ts';
import { anyone, isChiefEditor, isEditor, isOrgAdmin, isPartnerStaff, isProviderAdmin } from '../access/principal.ts';

/**
 * Everybody reads what is published. Editors write and send for review; a chief editor (or the
 * pass organisation's admin) publishes, schedules, sends back and withdraws. Partners and
 * providers may submit a story, which enters the same review.
 */
export const storiesPolicy = definePolicy({
  'stories.read': allow(anyone),
  'stories.write': allow((p) => isEditor(p) || isOrgAdmin(p)),
  'stories.publish': allow((p) => isChiefEditor(p) || isOrgAdmin(p)),
  'stories.submit': allow((p) => isPartnerStaff(p) || isProviderAdmin(p)),
});
