import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { prepare } from '../../db/prepared.ts';
import type { UserRole } from './identity.tables.ts';

const ACTIVE_API_TOKEN = prepare<
  { tokenHash: string },
  { tenant_id: string; id: string; provider_id: string; provider_name: string }
>('api_token_active', (db, p) =>
  db
    .selectFrom('api_tokens as t')
    .innerJoin('providers as p', (join) =>
      join.onRef('p.tenant_id', '=', 't.tenant_id').onRef('p.id', '=', 't.provider_id'),
    )
    .select(['t.tenant_id', 't.id', 't.provider_id', 'p.name as provider_name'])
    .where('t.token_hash', '=', p('tokenHash'))
    .where('t.revoked_at', 'is', null),
);

export class IdentityRepository {
  constructor(private readonly db: Db) {}

  findSessionUser(tenantId: string | null, tokenHash: string) {
    let query = this.db
      .selectFrom('sessions as s')
      .innerJoin('users as u', (join) => join.onRef('u.tenant_id', '=', 's.tenant_id').onRef('u.id', '=', 's.user_id'))
      .select(['u.tenant_id', 'u.id', 'u.name', 'u.role', 'u.provider_id', 'u.holder_id', 's.expires_at'])
      .where('s.token_hash', '=', tokenHash)
      .where('s.expires_at', '>', sql<Date>`now()`);
    if (tenantId) query = query.where('s.tenant_id', '=', tenantId);
    return query.executeTakeFirst();
  }

  /** Asked once per till every few seconds (api-token-cache.ts), so prepared like the till's own statements. */
  findActiveApiToken(tokenHash: string) {
    return ACTIVE_API_TOKEN.first(this.db, { tokenHash });
  }

  findUserByEmail(tenantId: string, email: string, roles: string[]) {
    return this.db
      .selectFrom('users')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where(sql<string>`lower(email)`, '=', email.toLowerCase())
      .where('role', 'in', roles as never[])
      .orderBy('created_at')
      .executeTakeFirst();
  }

  async insertSession(tenantId: string, tokenHash: string, userId: string, expiresAt: Date) {
    await this.db
      .insertInto('sessions')
      .values({ tenant_id: tenantId, token_hash: tokenHash, user_id: userId, expires_at: expiresAt })
      .execute();
  }

  async deleteSession(tokenHash: string) {
    await this.db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  }

  async insertLoginLink(tenantId: string, tokenHash: string, userId: string, expiresAt: Date) {
    await this.db
      .insertInto('login_links')
      .values({ tenant_id: tenantId, token_hash: tokenHash, user_id: userId, expires_at: expiresAt })
      .execute();
  }

  /** Marks an unused, unexpired link used, atomically, so a link works exactly once. */
  consumeLoginLink(tenantId: string, tokenHash: string) {
    return this.db
      .updateTable('login_links')
      .set({ used_at: sql<Date>`now()` })
      .where('tenant_id', '=', tenantId)
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', sql<Date>`now()`)
      .returning(['user_id'])
      .executeTakeFirst();
  }

  /** A resident's account: they log in with an e-mail link, no password. */
  async insertResidentUsers(tenantId: string, users: { holderId: string; name: string; email: string }[]) {
    if (users.length === 0) return;
    await this.db
      .insertInto('users')
      .values(
        users.map((user) => ({
          tenant_id: tenantId,
          email: user.email,
          name: user.name,
          role: 'resident' as const,
          password_hash: null,
          provider_id: null,
          holder_id: user.holderId,
        })),
      )
      .execute();
  }

  async insertResidentUser(tenantId: string, user: { holderId: string; name: string; email: string }) {
    await this.db
      .insertInto('users')
      .values({
        tenant_id: tenantId,
        email: user.email,
        name: user.name,
        role: 'resident',
        password_hash: null,
        provider_id: null,
        holder_id: user.holderId,
      })
      .execute();
  }

  /** A provider's staff member or admin, without a password: they log in with the invitation link. */
  insertStaffUser(
    tenantId: string,
    user: { providerId: string; role: 'till_staff' | 'provider_admin'; name: string; email: string },
  ) {
    return this.db
      .insertInto('users')
      .values({
        tenant_id: tenantId,
        email: user.email,
        name: user.name,
        role: user.role,
        password_hash: null,
        provider_id: user.providerId,
        holder_id: null,
      })
      .returning(['id'])
      .executeTakeFirstOrThrow();
  }

  /** Undefined when a partner staff account with this e-mail address exists already. */
  insertPartnerStaffUser(
    tenantId: string,
    user: { name: string; email: string; passwordHash: string; role: 'partner_staff' | 'co_owner' },
  ) {
    return this.db
      .insertInto('users')
      .values({
        tenant_id: tenantId,
        email: user.email,
        name: user.name,
        role: user.role,
        password_hash: user.passwordHash,
        provider_id: null,
        holder_id: null,
      })
      .onConflict((oc) => oc.doNothing())
      .returning(['id'])
      .executeTakeFirst();
  }

  insertOrganisationStaffUser(
    tenantId: string,
    user: { name: string; email: string; role: UserRole; passwordHash: string },
  ) {
    return this.db
      .insertInto('users')
      .values({
        tenant_id: tenantId,
        email: user.email,
        name: user.name,
        role: user.role,
        password_hash: user.passwordHash,
        provider_id: null,
        holder_id: null,
      })
      .onConflict((oc) => oc.doNothing())
      .returning(['id'])
      .executeTakeFirst();
  }

  async insertDeskStaffUser(tenantId: string, user: { name: string; email: string; passwordHash: string }) {
    const row = await this.db
      .insertInto('users')
      .values({
        tenant_id: tenantId,
        email: user.email,
        name: user.name,
        role: 'desk_staff',
        password_hash: user.passwordHash,
        provider_id: null,
        holder_id: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  listProviderStaff(tenantId: string, providerId: string) {
    return this.db
      .selectFrom('users')
      .select(['id', 'name', 'email', 'role', 'created_at'])
      .where('tenant_id', '=', tenantId)
      .where('provider_id', '=', providerId)
      .where('role', 'in', ['till_staff', 'provider_admin'])
      .orderBy('name')
      .orderBy('id')
      .execute();
  }

  /** Removes a provider's staff member; their sessions and login links go with them (cascade). */
  deleteProviderStaff(tenantId: string, providerId: string, userId: string) {
    return this.db
      .deleteFrom('users')
      .where('tenant_id', '=', tenantId)
      .where('provider_id', '=', providerId)
      .where('id', '=', userId)
      .where('role', 'in', ['till_staff', 'provider_admin'])
      .returning(['id'])
      .executeTakeFirst();
  }
}
