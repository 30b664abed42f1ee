/** Who is calling. Resolved once per request by the identity module; read by the policy layer. */
/**
 * partner_staff: staff of a partner organisation (a buurthuis, a volunteer organisation); see the partners module.
 * desk_staff: staff of a sales point (library, city office, buurthuis) who sell and renew passes.
 * policy_officer: a beleidsmedewerker; reads the dashboards of their opgaven, proposes opportunities.
 * editor / chief_editor: write stories and newsletters; the chief editor publishes.
 * support_group: a member of the supportgroep; passes on leads and tips, reads the game plan.
 * wijkmanager: the municipality's manager of one wijk; adds recruitment leads for it.
 * co_owner: staff of a business association that co-owns the pass; reads the campaign calendar and
 *   the sponsor overview of its own association (decision 0051).
 * None of these act for a provider.
 */
export type StaffRole =
  | 'till_staff'
  | 'provider_admin'
  | 'org_admin'
  | 'partner_staff'
  | 'desk_staff'
  | 'policy_officer'
  | 'editor'
  | 'chief_editor'
  | 'support_group'
  | 'wijkmanager'
  | 'co_owner';

/** Staff roles that never act for a provider, whatever provider_id says. */
const ROLES_WITHOUT_PROVIDER: readonly StaffRole[] = [
  'org_admin',
  'partner_staff',
  'policy_officer',
  'editor',
  'chief_editor',
  'support_group',
  'wijkmanager',
  'co_owner',
];

export type Principal =
  | { kind: 'anonymous'; tenantId: string }
  | { kind: 'resident'; tenantId: string; userId: string; holderId: string; name: string }
  | { kind: 'staff'; tenantId: string; userId: string; role: StaffRole; providerId: string | null; name: string }
  /** A provider's till or ticketing system, calling with a Bearer API token. */
  | { kind: 'till_system'; tenantId: string; tokenId: string; providerId: string; name: string };

/** Stable identifier of the actor, for audit columns such as redeemed_by. */
export function actorId(principal: Principal): string {
  switch (principal.kind) {
    case 'anonymous':
      return 'anonymous';
    case 'resident':
      return `user:${principal.userId}`;
    case 'staff':
      return `user:${principal.userId}`;
    case 'till_system':
      return `token:${principal.tokenId}`;
  }
}

/** The provider a principal acts for, if any. */
export function providerOf(principal: Principal): string | null {
  if (principal.kind === 'till_system') return principal.providerId;
  if (principal.kind === 'staff' && !ROLES_WITHOUT_PROVIDER.includes(principal.role)) return principal.providerId;
  return null;
}

/** The role checks policies are written with. */
export const isResident = (p: Principal) => p.kind === 'resident';
export const isStaff = (p: Principal) => p.kind === 'staff';
export const isOrgAdmin = (p: Principal) => p.kind === 'staff' && p.role === 'org_admin';
export const isProviderAdmin = (p: Principal) => p.kind === 'staff' && p.role === 'provider_admin';
export const isPartnerStaff = (p: Principal) => p.kind === 'staff' && p.role === 'partner_staff';
export const isDeskStaff = (p: Principal) => p.kind === 'staff' && p.role === 'desk_staff';
export const isPolicyOfficer = (p: Principal) => p.kind === 'staff' && p.role === 'policy_officer';
export const isEditor = (p: Principal) => p.kind === 'staff' && (p.role === 'editor' || p.role === 'chief_editor');
export const isChiefEditor = (p: Principal) => p.kind === 'staff' && p.role === 'chief_editor';
export const isSupportGroupMember = (p: Principal) => p.kind === 'staff' && p.role === 'support_group';
export const isWijkmanager = (p: Principal) => p.kind === 'staff' && p.role === 'wijkmanager';
export const isCoOwner = (p: Principal) => p.kind === 'staff' && p.role === 'co_owner';
export const actsForAProvider = (p: Principal) => providerOf(p) !== null;
export const anyone = () => true;

/** A resource owned by a provider, e.g. an offer or a redemption. */
export interface ProviderOwned {
  providerId: string;
}

/** The principal acts for the provider that owns the resource. */
export const ownsResource = (p: Principal, resource: ProviderOwned) => resource.providerId === providerOf(p);
