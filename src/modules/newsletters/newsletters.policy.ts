import { allow, definePolicy } from '../access/policy.ts';
import { anyone, isChiefEditor, isEditor, isOrgAdmin, isResident, type Principal } from '../access/principal.ts';

const orgOrEditor = (p: Principal) => isOrgAdmin(p) || isEditor(p);

/**
 * Anyone subscribes, confirms and unsubscribes (the links carry their own secret). The pass
 * organisation and its editors compose and preview editions; the organisation or a chief editor
 * sends them. A holder opts in or out for themselves.
 */
export const newslettersPolicy = definePolicy({
  'newsletter.subscribe': allow(anyone),
  'newsletter.holderOptIn': allow(isResident),
  'newsletter.compose': allow(orgOrEditor),
  'newsletter.send': allow((p) => isOrgAdmin(p) || isChiefEditor(p)),
});
