import type { Static } from '@sinclair/typebox';
import type { Db } from '../../db/database.ts';
import { DomainError } from '../../shared/errors.ts';
import { actorId, type Principal } from '../access/principal.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { recruitmentPolicy } from './recruitment.policy.ts';
import { RecruitmentRepository } from './recruitment.repository.ts';
import type { NewRelationshipNote } from './recruitment.schemas.ts';

/**
 * Relationship management with providers, the Stille Krachten first (the private partners that
 * fight poverty in their own way): contacts, agreements and history, kept by the pass
 * organisation. And the public social-credit mark: providers that give free or reduced offers,
 * or sponsor, are named; who used those offers is never part of it.
 */
export class RelationshipsService {
  constructor(
    private readonly db: Db,
    private readonly today: () => string = () => todayInNetherlands(),
  ) {}

  async stilleKrachten(principal: Principal) {
    recruitmentPolicy.authorize(principal, 'relationships.manage');
    return new RecruitmentRepository(this.db).stilleKrachten(principal.tenantId, this.today());
  }

  async notes(principal: Principal, providerId: string) {
    recruitmentPolicy.authorize(principal, 'relationships.manage');
    const repo = new RecruitmentRepository(this.db);
    if (!(await repo.provider(principal.tenantId, providerId)))
      throw new DomainError('not-found', `There is no provider with id ${providerId}.`);
    return repo.listNotes(principal.tenantId, providerId);
  }

  async addNote(principal: Principal, providerId: string, input: Static<typeof NewRelationshipNote>) {
    recruitmentPolicy.authorize(principal, 'relationships.manage');
    const repo = new RecruitmentRepository(this.db);
    if (!(await repo.provider(principal.tenantId, providerId)))
      throw new DomainError('not-found', `There is no provider with id ${providerId}.`);
    await repo.insertNote({
      tenantId: principal.tenantId,
      providerId,
      kind: input.kind,
      notedOn: input.notedOn,
      body: input.body.trim(),
      createdBy: actorId(principal),
    });
    return repo.listNotes(principal.tenantId, providerId);
  }

  async socialCredits(principal: Principal) {
    recruitmentPolicy.authorize(principal, 'socialCredit.read');
    const rows = await new RecruitmentRepository(this.db).socialCredits(principal.tenantId, this.today());
    return rows
      .filter((r) => Boolean(r.gives) || Boolean(r.sponsors))
      .map((r) => ({
        providerId: r.id,
        name: r.name,
        reasons: [...(r.gives ? (['social_offers'] as const) : []), ...(r.sponsors ? (['sponsor'] as const) : [])],
      }));
  }
}

/**
 * How many active providers carry the social-credit mark today (free or reduced offers, or
 * sponsoring): the dashboards' "social contribution" of businesses (success condition 3).
 */
export async function socialContributionCount(db: Db, tenantId: string, today: string): Promise<number> {
  const rows = await new RecruitmentRepository(db).socialCredits(tenantId, today);
  return rows.filter((r) => Boolean(r.gives) || Boolean(r.sponsors)).length;
}
