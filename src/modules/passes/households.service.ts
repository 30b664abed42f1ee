import type { Db } from '../../db/database.ts';
import type { PeriodicJob } from '../../http/module-manifest.ts';
import { DomainError } from '../../shared/errors.ts';
import type { Principal } from '../access/principal.ts';
import { createResidentAccount } from '../identity/identity.service.ts';
import { withRetry } from '../ledger/retry.ts';
import { enqueueMessage } from '../notifications/notifications.service.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { formatPassNumber, isValidPassNumber, normalizePassNumber } from './pass-number.ts';
import { addYears } from './pass-year.ts';
import { passesPolicy } from './passes.policy.ts';
import type { PassCategory, PassStatus } from './passes.tables.ts';

/**
 * Households (issue 14, item 5). A holder sees the passes of their household on "Mijn pas":
 * their children's passes (linked under the holder's pass), and a partner's pass once the partner
 * accepted an invitation. An invitation names the partner's pass number; whether that number
 * exists is never said (the answer is always the same), so it cannot be used to walk through
 * numbers. At 18 a child's pass becomes the child's own (a periodic job): the same pass, so its
 * history and credit stay with it.
 */

export const ADULT_AGE = 18;

type Resident = Extract<Principal, { kind: 'resident' }>;

export interface HouseholdMember {
  holderName: string;
  passNumber: string;
  status: PassStatus;
  validUntil: string;
}

export interface Household {
  partner: (HouseholdMember & { linkId: string }) | null;
  invitations: { linkId: string; fromName: string }[];
  children: (HouseholdMember & { ofPartner: boolean; ownFrom: string | null })[];
}

export class HouseholdsService {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private resident(principal: Principal): Resident {
    passesPolicy.authorize(principal, 'household.manage');
    if (principal.kind !== 'resident') throw new DomainError('forbidden', 'Only pass holders have a household.');
    return principal;
  }

  /** The holder's newest pass (any status except replaced), or undefined. */
  private newestPass(db: Db, tenantId: string, holderId: string) {
    return db
      .selectFrom('passes as p')
      .innerJoin('holders as h', (join) =>
        join.onRef('h.tenant_id', '=', 'p.tenant_id').onRef('h.id', '=', 'p.holder_id'),
      )
      .select(['p.id', 'p.number', 'p.status', 'p.valid_until', 'h.name as holder_name'])
      .where('p.tenant_id', '=', tenantId)
      .where('p.holder_id', '=', holderId)
      .where('p.status', '<>', 'replaced')
      .orderBy('p.valid_until', 'desc')
      .executeTakeFirst();
  }

  private links(db: Db, tenantId: string, holderId: string) {
    return db
      .selectFrom('household_partners')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where((eb) => eb.or([eb('inviter_holder_id', '=', holderId), eb('invitee_holder_id', '=', holderId)]))
      .execute();
  }

  private childrenOf(tenantId: string, holderIds: string[]) {
    return this.db
      .selectFrom('passes as p')
      .innerJoin('passes as pp', (join) =>
        join.onRef('pp.tenant_id', '=', 'p.tenant_id').onRef('pp.id', '=', 'p.parent_pass_id'),
      )
      .innerJoin('holders as h', (join) =>
        join.onRef('h.tenant_id', '=', 'p.tenant_id').onRef('h.id', '=', 'p.holder_id'),
      )
      .select([
        'p.number',
        'p.status',
        'p.valid_until',
        'p.holder_id',
        'h.name as holder_name',
        'h.birth_date',
        'pp.holder_id as parent_holder_id',
      ])
      .where('p.tenant_id', '=', tenantId)
      .where('pp.holder_id', 'in', holderIds)
      .where('p.status', '<>', 'replaced')
      .orderBy('h.name')
      .orderBy('p.valid_until', 'desc')
      .execute();
  }

  async household(principal: Principal): Promise<Household> {
    const resident = this.resident(principal);
    const { tenantId, holderId } = resident;
    const links = await this.links(this.db, tenantId, holderId);
    const accepted = links.find((l) => l.accepted_at !== null);
    let partner: Household['partner'] = null;
    if (accepted) {
      const partnerId =
        accepted.inviter_holder_id === holderId ? accepted.invitee_holder_id : accepted.inviter_holder_id;
      const pass = await this.newestPass(this.db, tenantId, partnerId);
      if (pass)
        partner = {
          linkId: accepted.id,
          holderName: pass.holder_name,
          passNumber: formatPassNumber(pass.number),
          status: pass.status,
          validUntil: pass.valid_until,
        };
    }
    const invitations: Household['invitations'] = [];
    for (const link of links.filter((l) => l.accepted_at === null && l.invitee_holder_id === holderId)) {
      const from = await this.db
        .selectFrom('holders')
        .select('name')
        .where('tenant_id', '=', tenantId)
        .where('id', '=', link.inviter_holder_id)
        .executeTakeFirst();
      invitations.push({ linkId: link.id, fromName: from?.name ?? '' });
    }
    const partnerId = accepted
      ? accepted.inviter_holder_id === holderId
        ? accepted.invitee_holder_id
        : accepted.inviter_holder_id
      : null;
    const rows = await this.childrenOf(tenantId, partnerId ? [holderId, partnerId] : [holderId]);
    const seen = new Set<string>();
    const children = rows
      .filter((row) => !seen.has(row.holder_id) && seen.add(row.holder_id))
      .map((row) => ({
        holderName: row.holder_name,
        passNumber: formatPassNumber(row.number),
        status: row.status,
        validUntil: row.valid_until,
        ofPartner: row.parent_holder_id !== holderId,
        ownFrom: row.birth_date ? addYears(row.birth_date, ADULT_AGE) : null,
      }));
    return { partner, invitations, children };
  }

  /**
   * Invites the holder of this pass as partner. Always answers the same, whether the number
   * exists or not; only an existing, active pass of someone without a partner gets an invitation.
   */
  async invitePartner(principal: Principal, passNumber: string): Promise<void> {
    const resident = this.resident(principal);
    const number = normalizePassNumber(passNumber);
    if (!isValidPassNumber(number))
      throw new DomainError('invalid-input', 'This is not a valid pass number.', [
        {
          name: 'body.passNumber',
          code: 'pass-number-invalid',
          reason: 'check the number: the last digit does not match',
        },
      ]);
    await withRetry(() =>
      this.db.transaction().execute(async (tx) => {
        const target = await tx
          .selectFrom('passes')
          .select(['holder_id'])
          .where('tenant_id', '=', resident.tenantId)
          .where('number', '=', number)
          .where('status', '=', 'active')
          .where('category', '<>', 'child')
          .executeTakeFirst();
        if (!target || target.holder_id === resident.holderId) return;
        // Both holders locked in a fixed order: two invitations at once cannot make two pairs.
        const ids = [resident.holderId, target.holder_id].sort();
        await tx
          .selectFrom('holders')
          .select('id')
          .where('tenant_id', '=', resident.tenantId)
          .where('id', 'in', ids)
          .orderBy('id')
          .forUpdate()
          .execute();
        const mine = await this.links(tx, resident.tenantId, resident.holderId);
        if (mine.some((l) => l.accepted_at !== null))
          throw new DomainError('household-partner-exists', 'You already have a partner in your household.');
        const theirs = await this.links(tx, resident.tenantId, target.holder_id);
        if (theirs.some((l) => l.accepted_at !== null)) return;
        if (mine.some((l) => l.invitee_holder_id === target.holder_id || l.inviter_holder_id === target.holder_id))
          return;
        await tx
          .insertInto('household_partners')
          .values({
            tenant_id: resident.tenantId,
            inviter_holder_id: resident.holderId,
            invitee_holder_id: target.holder_id,
          })
          .execute();
      }),
    );
  }

  /** The invited partner accepts: from now on both see each other's pass and children. */
  async acceptInvitation(principal: Principal, linkId: string): Promise<void> {
    const resident = this.resident(principal);
    await withRetry(() =>
      this.db.transaction().execute(async (tx) => {
        const link = await tx
          .selectFrom('household_partners')
          .selectAll()
          .where('tenant_id', '=', resident.tenantId)
          .where('id', '=', linkId)
          .forUpdate()
          .executeTakeFirst();
        if (!link || link.invitee_holder_id !== resident.holderId)
          throw new DomainError('household-invitation-not-found', 'There is no such invitation for you.');
        if (link.accepted_at) return;
        const ids = [link.inviter_holder_id, link.invitee_holder_id].sort();
        await tx
          .selectFrom('holders')
          .select('id')
          .where('tenant_id', '=', resident.tenantId)
          .where('id', 'in', ids)
          .orderBy('id')
          .forUpdate()
          .execute();
        for (const id of ids)
          if ((await this.links(tx, resident.tenantId, id)).some((l) => l.accepted_at !== null))
            throw new DomainError('household-partner-exists', 'One of you already has a partner in the household.');
        await tx
          .updateTable('household_partners')
          .set({ accepted_at: this.now() })
          .where('tenant_id', '=', resident.tenantId)
          .where('id', '=', linkId)
          .execute();
        // Other open invitations of either of them are no longer needed.
        await tx
          .deleteFrom('household_partners')
          .where('tenant_id', '=', resident.tenantId)
          .where('accepted_at', 'is', null)
          .where((eb) => eb.or([eb('inviter_holder_id', 'in', ids), eb('invitee_holder_id', 'in', ids)]))
          .execute();
      }),
    );
  }

  /** Declines an invitation, or ends the partnership in the household (either partner). */
  async removeLink(principal: Principal, linkId: string): Promise<void> {
    const resident = this.resident(principal);
    const removed = await this.db
      .deleteFrom('household_partners')
      .where('tenant_id', '=', resident.tenantId)
      .where('id', '=', linkId)
      .where((eb) =>
        eb.or([eb('inviter_holder_id', '=', resident.holderId), eb('invitee_holder_id', '=', resident.holderId)]),
      )
      .executeTakeFirst();
    if (Number(removed.numDeletedRows) === 0)
      throw new DomainError('household-invitation-not-found', 'There is no such link in your household.');
  }
}

export interface ComingOfAgeResult {
  madeOwn: number;
  accountsCreated: number;
}

/**
 * At 18 a child's pass becomes the child's own: it no longer hangs under the parent's pass, its
 * category becomes the parent's (a child of a minima household keeps that pass until its year
 * ends; a child of a paid pass gets a regular pass), and the parent's devices stop showing it.
 * It is the same pass, so history and credit stay with it. The child gets a login of their own
 * when their e-mail address is known; the parent gets an e-mail. Idempotent: a pass that was made
 * own no longer hangs under a parent.
 */
export async function makeAdultChildPassesOwn(db: Db, now: Date, publicUrl: string): Promise<ComingOfAgeResult> {
  const today = todayInNetherlands(now);
  const bornBy = addYears(today, -ADULT_AGE);
  const result: ComingOfAgeResult = { madeOwn: 0, accountsCreated: 0 };
  const due = await db
    .selectFrom('passes as p')
    .innerJoin('holders as h', (join) =>
      join.onRef('h.tenant_id', '=', 'p.tenant_id').onRef('h.id', '=', 'p.holder_id'),
    )
    .select(['p.tenant_id', 'p.id'])
    .where('p.parent_pass_id', 'is not', null)
    .where('p.category', '=', 'child')
    .where('h.birth_date', '<=', bornBy)
    .limit(5000)
    .execute();
  for (const { tenant_id: tenantId, id } of due) {
    await withRetry(() =>
      db.transaction().execute(async (tx) => {
        const pass = await tx
          .selectFrom('passes as p')
          .innerJoin('passes as pp', (join) =>
            join.onRef('pp.tenant_id', '=', 'p.tenant_id').onRef('pp.id', '=', 'p.parent_pass_id'),
          )
          .innerJoin('holders as h', (join) =>
            join.onRef('h.tenant_id', '=', 'p.tenant_id').onRef('h.id', '=', 'p.holder_id'),
          )
          .innerJoin('holders as ph', (join) =>
            join.onRef('ph.tenant_id', '=', 'pp.tenant_id').onRef('ph.id', '=', 'pp.holder_id'),
          )
          .innerJoin('tenants as t', 't.id', 'p.tenant_id')
          .select([
            'p.number',
            'p.holder_id',
            'pp.category as parent_category',
            'h.name',
            'h.email',
            'ph.name as parent_name',
            'ph.email as parent_email',
            't.pass_name',
          ])
          .where('p.tenant_id', '=', tenantId)
          .where('p.id', '=', id)
          .where('p.category', '=', 'child')
          .forUpdate('p')
          .executeTakeFirst();
        if (!pass) return; // made own by another run
        const category: PassCategory = pass.parent_category === 'child' ? 'regular' : pass.parent_category;
        await tx
          .updateTable('passes')
          .set({ parent_pass_id: null, category, own_since: today })
          .where('tenant_id', '=', tenantId)
          .where('id', '=', id)
          .execute();
        // The parent's devices no longer show this pass.
        await tx.deleteFrom('pass_device_keys').where('tenant_id', '=', tenantId).where('pass_id', '=', id).execute();
        result.madeOwn++;
        const base = publicUrl.replace(/\/$/, '');
        if (pass.email) {
          const account = await tx
            .selectFrom('users')
            .select('id')
            .where('tenant_id', '=', tenantId)
            .where('holder_id', '=', pass.holder_id)
            .executeTakeFirst();
          if (!account) {
            await createResidentAccount(tx, tenantId, { holderId: pass.holder_id, name: pass.name, email: pass.email });
            result.accountsCreated++;
          }
          await enqueueMessage(tx, {
            tenantId,
            to: pass.email,
            subject: `Je ${pass.pass_name} is nu van jou`,
            bodyText:
              `Beste ${pass.name},\n\nJe bent 18 jaar. Daarom is je pas (pasnummer ${formatPassNumber(pass.number)}) nu van jou. ` +
              `Je tegoed en wat je met de pas deed, blijven op de pas staan.\n\n` +
              `Log in met dit e-mailadres op ${base}/inloggen. Je krijgt dan een link in je mail. Daarna zie je je pas en je QR-code op "Mijn pas".`,
          });
        }
        if (pass.parent_email)
          await enqueueMessage(tx, {
            tenantId,
            to: pass.parent_email,
            subject: `De pas van ${pass.name} is nu van ${pass.name} zelf`,
            bodyText:
              `Beste ${pass.parent_name},\n\n${pass.name} is 18 jaar. Daarom is de pas ${formatPassNumber(pass.number)} nu van ${pass.name} zelf. ` +
              `U ziet deze pas niet meer bij "Mijn pas". Het tegoed en de geschiedenis blijven op de pas.` +
              (pass.email
                ? ''
                : `\n\nWe hebben geen e-mailadres van ${pass.name}. Wil ${pass.name} zelf inloggen? Neem dan contact op met de pasorganisatie.`),
          });
      }),
    );
  }
  return result;
}

/** The coming of age as a periodic job: at start-up, then every 6 hours. */
export const childPassesComingOfAgeJob: PeriodicJob = {
  name: 'Child passes at 18',
  intervalMs: 6 * 60 * 60 * 1000,
  run: async ({ database, config }, now) => {
    const result = await makeAdultChildPassesOwn(database.db, now, config.publicUrl);
    return result.madeOwn > 0 ? result : undefined;
  },
};
