import type { Static } from '@sinclair/typebox';
import { sessionPermissions, type Policy } from '../access/policy.ts';
import type { Principal } from '../access/principal.ts';
import type { CurrentSession, LoginLinkRequested } from './identity.schemas.ts';

/**
 * Who is logged in, and what the policies let this session do in general (the web app shows
 * what `permissions` lists). Never the user's or holder's id.
 */
export function presentSession(principal: Principal, policies: readonly Policy[]): Static<typeof CurrentSession> {
  return Object.assign(sessionOf(principal), { permissions: sessionPermissions(principal, policies) });
}

function sessionOf(principal: Principal): Omit<Static<typeof CurrentSession>, 'permissions'> {
  switch (principal.kind) {
    case 'anonymous':
      return { kind: principal.kind, tenantId: principal.tenantId };
    case 'resident':
      return { kind: principal.kind, tenantId: principal.tenantId, name: principal.name, role: 'resident' };
    case 'staff':
      return {
        kind: principal.kind,
        tenantId: principal.tenantId,
        name: principal.name,
        role: principal.role,
        providerId: principal.providerId,
      };
    case 'till_system':
      return {
        kind: principal.kind,
        tenantId: principal.tenantId,
        name: principal.name,
        providerId: principal.providerId,
      };
  }
}

/** Always the same answer, so it does not tell whether an address belongs to a pass holder. */
export function presentLoginLinkRequested(): Static<typeof LoginLinkRequested> {
  return { message: 'If this address belongs to a pass holder, a login link is on its way.' };
}
