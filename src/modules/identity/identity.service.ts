import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2';
import type { Config } from '../../config.ts';
import { DomainError } from '../../shared/errors.ts';
import { hashSecret, newSecret } from '../../shared/tokens.ts';
import type { Principal } from '../access/principal.ts';
import type { ApiTokenCache, TillSystem } from './api-token-cache.ts';
import type { Db } from '../../db/database.ts';
import { enqueueMessage } from '../notifications/notifications.service.ts';
import { IdentityRepository } from './identity.repository.ts';

const SESSION_HOURS = 12;
const LOGIN_LINK_MINUTES = 15;
// A hash of a random password, verified when the e-mail address is unknown, so that a
// wrong address and a wrong password take the same time.
const DUMMY_HASH_PROMISE = argonHash(newSecret());

/** argon2id with the library's defaults (m=19 MiB, t=2, p=1: the OWASP minimum). */
export const hashPassword = (password: string) => argonHash(password);

export class IdentityService {
  private readonly repo: IdentityRepository;

  constructor(
    private readonly db: Db,
    private readonly config: Config,
    private readonly tokenCache?: ApiTokenCache,
  ) {
    this.repo = new IdentityRepository(db);
  }

  /**
   * Resolves the caller from a session cookie or a Bearer API token. A known, active API token
   * is remembered for a few seconds (see api-token-cache.ts); sessions always ask the database.
   */
  async resolvePrincipal(input: {
    sessionToken?: string | undefined;
    bearerToken?: string | undefined;
  }): Promise<Principal> {
    if (input.bearerToken) {
      const tokenHash = hashSecret(input.bearerToken);
      const load = () => this.loadTillSystem(tokenHash);
      const principal = await (this.tokenCache ? this.tokenCache.resolve(tokenHash, load) : load());
      if (!principal) throw new DomainError('unauthenticated', 'The API token is unknown or revoked.');
      return principal;
    }
    if (input.sessionToken) {
      const user = await this.repo.findSessionUser(null, hashSecret(input.sessionToken));
      if (user) {
        if (user.role === 'resident') {
          return {
            kind: 'resident',
            tenantId: user.tenant_id,
            userId: user.id,
            holderId: user.holder_id!,
            name: user.name,
          };
        }
        return {
          kind: 'staff',
          tenantId: user.tenant_id,
          userId: user.id,
          role: user.role,
          providerId: user.provider_id,
          name: user.name,
        };
      }
    }
    return { kind: 'anonymous', tenantId: this.config.defaultTenant };
  }

  /** The till system behind an active API token, or undefined when the token is unknown or revoked. */
  private async loadTillSystem(tokenHash: string): Promise<TillSystem | undefined> {
    const token = await this.repo.findActiveApiToken(tokenHash);
    return (
      token && {
        kind: 'till_system',
        tenantId: token.tenant_id,
        tokenId: token.id,
        providerId: token.provider_id,
        name: token.provider_name,
      }
    );
  }

  /** Staff log in with e-mail and password. Returns the session secret for the cookie. */
  async loginWithPassword(tenantId: string, email: string, password: string) {
    const user = await this.repo.findUserByEmail(tenantId, email, [
      'till_staff',
      'provider_admin',
      'org_admin',
      'partner_staff',
      'desk_staff',
      'policy_officer',
      'editor',
      'chief_editor',
      'support_group',
      'wijkmanager',
      'co_owner',
    ]);
    const passwordHash = user?.password_hash ?? (await DUMMY_HASH_PROMISE);
    const ok = await argonVerify(passwordHash, password).catch(() => false);
    if (!user || !user.password_hash || !ok) {
      throw new DomainError('invalid-credentials', 'Check your e-mail address and password and try again.');
    }
    return this.startSession(tenantId, user.id);
  }

  /**
   * Residents (and supportgroep members) log in with a link sent by e-mail. Whether or not the address is known, the
   * answer is the same, so the form does not reveal who holds a pass.
   */
  async requestEmailLink(tenantId: string, email: string): Promise<void> {
    // Supportgroep members (issue 20) log in the same way: they have no password.
    const user = await this.repo.findUserByEmail(tenantId, email, ['resident', 'support_group']);
    if (!user) return;
    const secret = newSecret();
    const expiresAt = new Date(Date.now() + LOGIN_LINK_MINUTES * 60_000);
    const link = `${this.config.publicUrl}/inloggen/link?token=${encodeURIComponent(secret)}`;
    // The link and its e-mail together: an e-mail never points at a link that was not stored.
    await this.db.transaction().execute(async (tx) => {
      await new IdentityRepository(tx).insertLoginLink(tenantId, hashSecret(secret), user.id, expiresAt);
      await enqueueMessage(tx, {
        tenantId,
        to: user.email,
        subject: 'Inloggen bij de Zaanse Pas',
        bodyText: `Hallo ${user.name},\n\nKlik op deze link om in te loggen. De link werkt ${LOGIN_LINK_MINUTES} minuten en maar één keer.\n\n${link}\n\nHeeft u niet gevraagd om in te loggen? Dan kunt u deze e-mail negeren.`,
      });
    });
  }

  async verifyEmailLink(tenantId: string, secret: string) {
    const link = await this.repo.consumeLoginLink(tenantId, hashSecret(secret));
    if (!link)
      throw new DomainError('login-link-invalid', 'This link was already used or has expired. Ask for a new one.');
    return this.startSession(tenantId, link.user_id);
  }

  async logout(sessionToken: string | undefined) {
    if (sessionToken) await this.repo.deleteSession(hashSecret(sessionToken));
  }

  private async startSession(tenantId: string, userId: string) {
    const secret = newSecret();
    const expiresAt = new Date(Date.now() + SESSION_HOURS * 3_600_000);
    await this.repo.insertSession(tenantId, hashSecret(secret), userId, expiresAt);
    return { secret, expiresAt };
  }
}

/** A resident's account for a holder, in the caller's transaction: they log in with an e-mail link. */
export function createResidentAccount(
  tx: Db,
  tenantId: string,
  account: { holderId: string; name: string; email: string },
): Promise<void> {
  return new IdentityRepository(tx).insertResidentUser(tenantId, account);
}

/** How long an invitation link for a provider's staff works: a week, as people read e-mail late. */
const INVITATION_DAYS = 7;

/**
 * Invites a provider's staff member (or its first admin) in the caller's transaction: the
 * account, a one-time login link that works for a week, and the e-mail that brings it. Sent only
 * if the caller commits. An address that already has this role is refused (`conflict`).
 */
export async function inviteStaffMember(
  tx: Db,
  config: Pick<Config, 'publicUrl'>,
  tenantId: string,
  invite: {
    providerId: string;
    providerName: string;
    role: 'till_staff' | 'provider_admin';
    name: string;
    email: string;
  },
): Promise<{ userId: string }> {
  const repo = new IdentityRepository(tx);
  const email = invite.email.trim().toLowerCase();
  const existing = await repo.findUserByEmail(tenantId, email, [invite.role]);
  if (existing) throw new DomainError('conflict', 'This e-mail address already has an account with this role.');
  const { id: userId } = await repo.insertStaffUser(tenantId, { ...invite, email });
  const secret = newSecret();
  await repo.insertLoginLink(tenantId, hashSecret(secret), userId, new Date(Date.now() + INVITATION_DAYS * 86_400_000));
  const link = `${config.publicUrl}/inloggen/link?token=${encodeURIComponent(secret)}`;
  const what = invite.role === 'provider_admin' ? 'beheerder' : 'kassamedewerker';
  await enqueueMessage(tx, {
    tenantId,
    to: email,
    subject: `Welkom bij de Zaanse Pas: ${invite.providerName}`,
    bodyText: `Hallo ${invite.name},\n\nU bent uitgenodigd als ${what} van ${invite.providerName} bij de Zaanse Pas.\nKlik op deze link om in te loggen. De link werkt ${INVITATION_DAYS} dagen en maar één keer.\n\n${link}\n\nKent u ${invite.providerName} niet? Dan kunt u deze e-mail negeren.`,
  });
  return { userId };
}

/** A partner organisation's staff account, in the caller's transaction: they log in with e-mail and password. */
export async function createPartnerStaffAccount(
  tx: Db,
  tenantId: string,
  account: { name: string; email: string; password: string },
  role: 'partner_staff' | 'co_owner' = 'partner_staff',
): Promise<{ id: string } | undefined> {
  return new IdentityRepository(tx).insertPartnerStaffUser(tenantId, {
    name: account.name,
    email: account.email,
    passwordHash: await hashPassword(account.password),
    role,
  });
}

/** Many residents' accounts at once (an import), in the caller's transaction and one statement. */
export function createResidentAccounts(
  tx: Db,
  tenantId: string,
  accounts: { holderId: string; name: string; email: string }[],
): Promise<void> {
  return new IdentityRepository(tx).insertResidentUsers(tenantId, accounts);
}

/** Whether a resident already logs in with this e-mail address (one resident account per address). */
export async function residentAccountExists(db: Db, tenantId: string, email: string): Promise<boolean> {
  return !!(await new IdentityRepository(db).findUserByEmail(tenantId, email, ['resident']));
}

/**
 * A staff account of a sales point (desk staff), for the desk-sales module, in the caller's
 * transaction. Returns the user's id.
 */
export function createDeskStaffAccount(
  tx: Db,
  tenantId: string,
  account: { name: string; email: string; passwordHash: string },
): Promise<string> {
  return new IdentityRepository(tx).insertDeskStaffUser(tenantId, account);
}

/** Roles created by the pass organisation for people who do not work for a provider, a partner or a desk. */
export type OrganisationStaffRole = 'policy_officer' | 'editor' | 'chief_editor' | 'support_group' | 'wijkmanager';

/**
 * A staff account with one of the organisation's roles (beleidsmedewerker, editor, supportgroep,
 * wijkmanager), in the caller's transaction; they log in with e-mail and password. Returns the user's
 * id, or undefined when the address already has this role.
 */
export async function createOrganisationStaffAccount(
  tx: Db,
  tenantId: string,
  account: { name: string; email: string; password: string; role: OrganisationStaffRole },
): Promise<string | undefined> {
  const row = await new IdentityRepository(tx).insertOrganisationStaffUser(tenantId, {
    name: account.name,
    email: account.email.trim().toLowerCase(),
    role: account.role,
    passwordHash: await hashPassword(account.password),
  });
  return row?.id;
}

/** A provider's staff (till staff and admins), for the provider's admins. */
export function listProviderStaff(db: Db, tenantId: string, providerId: string) {
  return new IdentityRepository(db).listProviderStaff(tenantId, providerId);
}

/** Removes a provider's staff member: logged out at once. Undefined when there is no such member. */
export function removeProviderStaff(db: Db, tenantId: string, providerId: string, userId: string) {
  return new IdentityRepository(db).deleteProviderStaff(tenantId, providerId, userId);
}

/**
 * Invites someone to one of the organisation's roles (a supportgroep member), in the caller's
 * transaction: the account (with a random password nobody knows), a one-time login link that works
 * for a week, and the e-mail that brings it. Returns the user's id, or undefined when the address
 * already has this role.
 */
export async function inviteOrganisationStaff(
  tx: Db,
  config: Pick<Config, 'publicUrl'>,
  tenantId: string,
  invite: { name: string; email: string; role: OrganisationStaffRole; what: string },
): Promise<string | undefined> {
  const userId = await createOrganisationStaffAccount(tx, tenantId, { ...invite, password: newSecret() });
  if (!userId) return undefined;
  const secret = newSecret();
  await new IdentityRepository(tx).insertLoginLink(
    tenantId,
    hashSecret(secret),
    userId,
    new Date(Date.now() + INVITATION_DAYS * 86_400_000),
  );
  const link = `${config.publicUrl}/inloggen/link?token=${encodeURIComponent(secret)}`;
  await enqueueMessage(tx, {
    tenantId,
    to: invite.email.trim().toLowerCase(),
    subject: `Welkom bij de Zaanse Pas: ${invite.what}`,
    bodyText: `Hallo ${invite.name},\n\nU bent uitgenodigd voor ${invite.what} van de Zaanse Pas.\nKlik op deze link om in te loggen. De link werkt ${INVITATION_DAYS} dagen en maar één keer. Daarna vraagt u een nieuwe inloglink aan met uw e-mailadres.\n\n${link}\n\nKent u ons niet? Dan kunt u deze e-mail negeren.`,
  });
  return userId;
}
