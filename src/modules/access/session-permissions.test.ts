import { describe, expect, it } from 'vitest';
import { sessionPermissions } from './policy.ts';
import type { Principal } from './principal.ts';
import { MODULES } from '../../modules.ts';

const policies = MODULES.flatMap((m) => (m.policy ? [m.policy] : []));

const tenantId = 'zaanstad';
const anonymous: Principal = { kind: 'anonymous', tenantId };
const resident: Principal = { kind: 'resident', tenantId, userId: 'u1', holderId: 'h1', name: 'Fatima' };
const tillStaff: Principal = {
  kind: 'staff',
  tenantId,
  userId: 'u2',
  role: 'till_staff',
  providerId: 'p1',
  name: 'Kassa',
};
const providerAdmin: Principal = { ...tillStaff, role: 'provider_admin' };
const orgAdmin: Principal = {
  kind: 'staff',
  tenantId,
  userId: 'u3',
  role: 'org_admin',
  providerId: null,
  name: 'Beheer',
};
const tillSystem: Principal = { kind: 'till_system', tenantId, tokenId: 't1', providerId: 'p1', name: 'Kassasysteem' };

describe('sessionPermissions: what the web may show, from the policy table', () => {
  it('a visitor reads the catalogue and may buy a pass, nothing more of value', () => {
    const permissions = sessionPermissions(anonymous, policies);
    expect(permissions).toContain('catalogue.read');
    expect(permissions).toContain('passOrder.create');
    expect(permissions).not.toContain('ownPass.read');
    expect(permissions).not.toContain('till.use');
    expect(permissions).not.toContain('admin.read');
  });

  it('a resident reads their own pass and credit, and uses no till', () => {
    const permissions = sessionPermissions(resident, policies);
    expect(permissions).toEqual(expect.arrayContaining(['ownPass.read', 'ownCredit.read', 'passOrder.create']));
    expect(permissions).not.toContain('till.use');
    expect(permissions).not.toContain('credit.manage');
    // Reading an order's details needs that order: in general, a resident has no such right.
    expect(permissions).not.toContain('passOrder.readDetails');
  });

  it('till staff use the till and read their own provider, but do not manage its API tokens', () => {
    const permissions = sessionPermissions(tillStaff, policies);
    expect(permissions).toEqual(
      expect.arrayContaining(['till.use', 'redemption.cancel', 'provider.read', 'provider.redemptions.read']),
    );
    expect(permissions).not.toContain('provider.tokens.manage');
    expect(permissions).not.toContain('provider.bankAccount.manage');
    expect(permissions).not.toContain('admin.read');
    expect(permissions).not.toContain('ownPass.read');
  });

  it("a provider's administrator also manages its API tokens and bank account (asked about its own provider)", () => {
    const permissions = sessionPermissions(providerAdmin, policies);
    expect(permissions).toEqual(
      expect.arrayContaining(['till.use', 'provider.tokens.manage', 'provider.bankAccount.manage']),
    );
    expect(permissions).not.toContain('payout.manage');
  });

  it('the pass organisation administers, and uses no till of its own', () => {
    const permissions = sessionPermissions(orgAdmin, policies);
    expect(permissions).toEqual(
      expect.arrayContaining(['admin.read', 'credit.manage', 'payout.manage', 'passOrder.manage']),
    );
    expect(permissions).not.toContain('till.use');
    expect(permissions).not.toContain('provider.redemptions.read');
    expect(permissions).not.toContain('provider.tokens.manage');
    expect(permissions).not.toContain('ownPass.read');
  });

  it("a till system uses the till of its provider and nothing of a person's", () => {
    const permissions = sessionPermissions(tillSystem, policies);
    expect(permissions).toContain('till.use');
    expect(permissions).not.toContain('provider.tokens.manage');
    expect(permissions).not.toContain('ownPass.read');
  });
});
