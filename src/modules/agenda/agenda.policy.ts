import { definePolicy, allow, allowFor } from '../access/policy.ts';
import { anyone, isOrgAdmin, isProviderAdmin, providerOf, type Principal } from '../access/principal.ts';

/** An event as far as access goes: the provider of its offer, or null (the pass organisation's own). */
export interface EventOwner {
  providerId: string | null;
}

const ownsEvent = (p: Principal, event: EventOwner) =>
  isProviderAdmin(p) && event.providerId !== null && event.providerId === providerOf(p);

/**
 * The agenda is public. The pass organisation keeps all of it: any event and the festivals. A
 * provider's admins keep the events tied to the provider's own offers, and nothing else.
 */
export const agendaPolicy = definePolicy({
  'agenda.read': allow(anyone),
  'agenda.manage': allow(isOrgAdmin),
  'agenda.events.manage': allowFor<EventOwner>((p, event) => isOrgAdmin(p) || ownsEvent(p, event), isProviderAdmin),
});
