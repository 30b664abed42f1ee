import { DomainError } from '../../shared/errors.ts';
import { providerOf, type Principal } from './principal.ts';

/**
 * Who may do what, in one table. Deny is the default: an action missing here is refused.
 * Route handlers and services call `authorize(principal, action, resource)`.
 */
export type Action =
  | 'payout.manage'
  | 'provider.bankAccount.manage'
  | 'provider.settlements.read'
  | 'sponsors.manage'
  | 'actionBudget.manage'
  | 'actionBudget.read'
  | 'catalogue.read'
  | 'ownPass.read'
  | 'till.use'
  | 'redemption.cancel'
  | 'redemption.list'
  | 'provider.redemptions.read'
  | 'provider.read'
  | 'provider.tokens.manage'
  | 'admin.read'
  | 'outbox.read'
  | 'credit.manage'
  | 'ownCredit.read'
  | 'ledger.export'
  | 'ledger.correct'
  | 'passOrder.create'
  | 'passOrder.manage'
  | 'passOrder.readDetails'
  | 'offer.paymentRules.manage';

/** A resource owned by a provider, e.g. an offer or a redemption. */
export interface ProviderOwned {
  providerId: string;
}

type Rule = (principal: Principal, resource?: unknown) => boolean;

const isResident = (p: Principal) => p.kind === 'resident';
const isOrgAdmin = (p: Principal) => p.kind === 'staff' && p.role === 'org_admin';
const isProviderAdmin = (p: Principal) => p.kind === 'staff' && p.role === 'provider_admin';
const actsForAProvider = (p: Principal) => providerOf(p) !== null;
const ownsResource = (p: Principal, resource: unknown) =>
  resource !== undefined && (resource as ProviderOwned).providerId === providerOf(p);

const RULES: Record<Action, Rule> = {
  // Payouts: the pass organisation settles and confirms; a provider's admins see its own settlements and set its IBAN.
  'payout.manage': isOrgAdmin,
  'provider.bankAccount.manage': (p, provider) => isOrgAdmin(p) || (isProviderAdmin(p) && ownsResource(p, provider)),
  'provider.settlements.read': (p, provider) => isOrgAdmin(p) || (isProviderAdmin(p) && ownsResource(p, provider)),
  // Sponsors and grants are the pass organisation's; where the actiebudget goes is public.
  'sponsors.manage': isOrgAdmin,
  'actionBudget.manage': isOrgAdmin,
  'actionBudget.read': () => true,
  'catalogue.read': () => true,
  'ownPass.read': isResident,
  'till.use': actsForAProvider,
  'redemption.cancel': (p, redemption) => actsForAProvider(p) && ownsResource(p, redemption),
  // A provider lists its own redemptions (scoped in the query); the pass organisation lists all.
  'redemption.list': (p) => actsForAProvider(p) || isOrgAdmin(p),
  'provider.redemptions.read': (p, provider) => actsForAProvider(p) && ownsResource(p, provider),
  // A provider's own profile: its staff and till systems, and the pass organisation.
  'provider.read': (p, provider) => isOrgAdmin(p) || (actsForAProvider(p) && ownsResource(p, provider)),
  'provider.tokens.manage': (p, provider) => isProviderAdmin(p) && ownsResource(p, provider),
  'admin.read': isOrgAdmin,
  // The development outbox shows login links: never in production (checked by its route too).
  'outbox.read': () => true,
  // Money: only the pass organisation manages credit schemes and reads or corrects the ledger.
  'credit.manage': isOrgAdmin,
  'ownCredit.read': isResident,
  'ledger.export': isOrgAdmin,
  'ledger.correct': isOrgAdmin,
  // Pass sales: a visitor (who becomes a resident) or a resident buys; the pass organisation refunds.
  'passOrder.create': (p) => p.kind === 'anonymous' || isResident(p),
  'passOrder.manage': isOrgAdmin,
  // Names and pass numbers of an order: the buyer and the pass organisation. Anyone with the
  // order id sees its status only (the page after paying may be opened before logging in).
  'passOrder.readDetails': (p, order) =>
    isOrgAdmin(p) || (p.kind === 'resident' && p.holderId === (order as { holderId: string } | undefined)?.holderId),
  // Who bears an offer's discount and whether credit may pay there is the pass organisation's money decision.
  'offer.paymentRules.manage': isOrgAdmin,
};

export function can(principal: Principal, action: Action, resource?: unknown): boolean {
  const rule = RULES[action];
  return rule ? rule(principal, resource) : false;
}

/**
 * The actions a principal may perform in general, for the web app to decide what to show
 * (`permissions` of GET /sessions/current); the server still checks every call. A rule is asked
 * without a resource, and once more about the principal's own provider, so "the provider's own
 * API tokens" counts for that provider's administrator.
 */
export function sessionPermissions(principal: Principal): string[] {
  const ownProvider = providerOf(principal);
  return (Object.keys(RULES) as Action[]).filter(
    (action) => can(principal, action) || (ownProvider !== null && can(principal, action, { providerId: ownProvider })),
  );
}

export function authorize(principal: Principal, action: Action, resource?: unknown): void {
  if (can(principal, action, resource)) return;
  if (principal.kind === 'anonymous') throw new DomainError('unauthenticated', 'Log in to do this.');
  throw new DomainError('forbidden', 'Your account may not do this.');
}
