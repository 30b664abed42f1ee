import { randomInt } from 'node:crypto';
import type { Static } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DomainError } from '../../shared/errors.ts';
import { actorId, type Principal } from '../access/principal.ts';
import { createResidentAccount, residentAccountExists } from '../identity/identity.service.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { createHolder, issuePasses } from '../passes/pass-issuing.ts';
import { AppreciationRepository } from './appreciation.repository.ts';
import type { Activation, AppreciationQuota, NewAppreciationQuota } from './appreciation.schemas.ts';
import { partnersPolicy } from './partners.policy.ts';
import { PartnersRepository } from './partners.repository.ts';
import { PartnersService } from './partners.service.ts';

type QuotaRow = NonNullable<Awaited<ReturnType<AppreciationRepository['quota']>>>;

/** Letters and digits that cannot be mistaken for each other when read aloud or copied. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const newCode = () => {
  const part = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `VRIJ-${part()}-${part()}`;
};

export function presentQuota(row: QuotaRow): Static<typeof AppreciationQuota> {
  return {
    id: row.id,
    partner: { id: row.partner_id, name: row.partner_name },
    passes: row.passes,
    codesMade: Number(row.codes_made),
    codesUsed: Number(row.codes_used),
    pricePerPassCents: row.price_per_pass_cents,
    costCents: row.passes * row.price_per_pass_cents,
    usedCostCents: Number(row.codes_used) * row.price_per_pass_cents,
    fundedBy: row.funded_by,
    funderName: row.funder_name,
  };
}

/**
 * Appreciation passes for volunteers: the pass organisation gives a partner a quota, funded by a
 * sponsor or a municipal budget (the actiebudget is for activities, not for these passes); the
 * partner makes codes up to the quota; a volunteer activates a code into a pass of their own.
 */
export class AppreciationService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly today: () => string = () => todayInNetherlands(),
  ) {}

  async createQuota(principal: Principal, input: Static<typeof NewAppreciationQuota>) {
    partnersPolicy.authorize(principal, 'partner.manage');
    const tenantId = principal.tenantId;
    const partner = await new PartnersRepository(this.db).partner(tenantId, input.partnerId);
    if (!partner || partner.status !== 'approved')
      throw new DomainError('invalid-input', 'This quota cannot be given; see invalidParams.', [
        { name: 'body.partnerId', code: 'unknown-partner', reason: 'not an approved partner' },
      ]);
    const repo = new AppreciationRepository(this.db);
    const { id } = await repo.insertQuota(tenantId, {
      ...input,
      funderName: input.funderName.trim(),
      createdBy: actorId(principal),
    });
    return (await repo.quota(tenantId, id))!;
  }

  /** The pass organisation sees every quota; a partner's staff their own. */
  async listQuotas(principal: Principal) {
    const repo = new AppreciationRepository(this.db);
    if (partnersPolicy.can(principal, 'partner.manage'))
      return repo.quotas(principal.tenantId).orderBy('q.created_at', 'desc').execute();
    const partner = await new PartnersService(this.db).ownPartner(principal);
    return repo
      .quotas(principal.tenantId)
      .where('q.partner_id', '=', partner.id)
      .orderBy('q.created_at', 'desc')
      .execute();
  }

  private async ownQuota(principal: Principal, quotaId: string) {
    const quota = await new AppreciationRepository(this.db).quota(principal.tenantId, quotaId);
    if (quota && partnersPolicy.can(principal, 'partner.manage')) return quota;
    const partner = await new PartnersService(this.db).ownPartner(principal);
    if (!quota || quota.partner_id !== partner.id)
      throw new DomainError('appreciation-quota-not-found', `There is no quota ${quotaId}.`);
    return quota;
  }

  async listCodes(principal: Principal, quotaId: string) {
    await this.ownQuota(principal, quotaId);
    return new AppreciationRepository(this.db).codes(principal.tenantId, quotaId);
  }

  /** A partner hands out one more code; refused once the quota is used up. */
  async makeCode(principal: Principal, quotaId: string, label: string | undefined) {
    partnersPolicy.authorize(principal, 'partner.work');
    await this.ownQuota(principal, quotaId);
    const tenantId = principal.tenantId;
    return this.db.transaction().execute(async (tx) => {
      const repo = new AppreciationRepository(tx);
      await repo.lockQuota(tenantId, quotaId);
      const quota = (await repo.quota(tenantId, quotaId))!;
      if (Number(quota.codes_made) >= quota.passes)
        throw new DomainError('appreciation-quota-used', `All ${quota.passes} passes of this quota were handed out.`);
      return repo.insertCode(tenantId, quotaId, newCode(), label?.trim() || null);
    });
  }

  /** A volunteer turns a code into a pass of their own, with a resident account to log in with. */
  async activate(principal: Principal, input: Static<typeof Activation>) {
    const tenantId = principal.tenantId;
    const code = input.code.trim().toUpperCase();
    const email = input.email.trim();
    const wijk = await new PartnersRepository(this.db).wijk(tenantId, input.wijkCode);
    if (!wijk)
      throw new DomainError('invalid-input', 'This activation cannot be done; see invalidParams.', [
        { name: 'body.wijkCode', code: 'unknown-wijk', reason: `there is no wijk ${input.wijkCode}` },
      ]);
    const today = this.today();
    const validUntil = new Date(Date.parse(`${Number(today.slice(0, 4)) + 1}${today.slice(4)}T00:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    return this.db.transaction().execute(async (tx) => {
      const repo = new AppreciationRepository(tx);
      const found = await repo.unusedCode(tenantId, code);
      if (!found) throw new DomainError('appreciation-code-invalid', 'This code does not exist or was used already.');
      if (await residentAccountExists(tx, tenantId, email))
        throw new DomainError(
          'resident-exists',
          'This e-mail address already has a pass account: log in to see your pass.',
        );
      const holderId = await createHolder(tx, tenantId, { name: input.name.trim(), email, wijkCode: wijk.code });
      const [pass] = await issuePasses(tx, tenantId, [
        { holderId, category: 'regular', parentPassId: null, validFrom: today, validUntil },
      ]);
      await createResidentAccount(tx, tenantId, { holderId, name: input.name.trim(), email });
      await repo.markUsed(tenantId, found.id, pass!.id);
      return { passNumber: pass!.number, validUntil };
    });
  }
}
