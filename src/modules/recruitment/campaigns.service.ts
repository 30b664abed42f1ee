import type { Static } from '@sinclair/typebox';
import type { Db } from '../../db/database.ts';
import { DomainError, type InvalidParam } from '../../shared/errors.ts';
import { actorId, type Principal } from '../access/principal.ts';
import { disclose, discloseCount } from '../insight/disclosure.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { recruitmentPolicy } from './recruitment.policy.ts';
import { RecruitmentRepository } from './recruitment.repository.ts';
import type { CampaignInput } from './recruitment.schemas.ts';

type Input = Static<typeof CampaignInput>;
type CampaignRow = NonNullable<Awaited<ReturnType<RecruitmentRepository['findCampaign']>>>;

/**
 * The campaign calendar ("ZaansePas kalender"): campaigns per route or target group, with a
 * period and goals (providers recruited, offers published, redemptions, passes sold), and the
 * results measured from the platform's own data in that period. Figures about people (passes
 * sold, holders reached, redemptions by them) follow the rule of 10.
 */
export class CampaignsService {
  constructor(
    private readonly db: Db,
    private readonly today: () => string = () => todayInNetherlands(),
  ) {}

  async list(principal: Principal, year: number | undefined) {
    recruitmentPolicy.authorize(principal, 'campaigns.read');
    const y = year ?? Number(this.today().slice(0, 4));
    const rows = await new RecruitmentRepository(this.db).listCampaigns(principal.tenantId, `${y}-01-01`, `${y}-12-31`);
    return { year: y, items: await Promise.all(rows.map((row) => this.withResults(principal.tenantId, row))) };
  }

  async get(principal: Principal, id: string) {
    recruitmentPolicy.authorize(principal, 'campaigns.read');
    const row = await new RecruitmentRepository(this.db).findCampaign(principal.tenantId, id);
    if (!row) throw new DomainError('recruitment-campaign-not-found', `There is no campaign with id ${id}.`);
    return this.withResults(principal.tenantId, row);
  }

  async create(principal: Principal, input: Input) {
    recruitmentPolicy.authorize(principal, 'campaigns.manage');
    await this.check(principal.tenantId, input);
    const { id } = await new RecruitmentRepository(this.db).insertCampaign({
      tenant_id: principal.tenantId,
      ...this.columns(input),
      created_by: actorId(principal),
    });
    return this.get(principal, id);
  }

  async update(principal: Principal, id: string, input: Input) {
    recruitmentPolicy.authorize(principal, 'campaigns.manage');
    await this.check(principal.tenantId, input);
    const updated = await new RecruitmentRepository(this.db).updateCampaign(
      principal.tenantId,
      id,
      this.columns(input),
    );
    if (!updated) throw new DomainError('recruitment-campaign-not-found', `There is no campaign with id ${id}.`);
    return this.get(principal, id);
  }

  async remove(principal: Principal, id: string) {
    recruitmentPolicy.authorize(principal, 'campaigns.manage');
    const deleted = await new RecruitmentRepository(this.db).deleteCampaign(principal.tenantId, id);
    if (!deleted) throw new DomainError('recruitment-campaign-not-found', `There is no campaign with id ${id}.`);
  }

  private columns(input: Input) {
    return {
      name: input.name.trim(),
      kind: input.kind ?? 'recruitment',
      route_id: input.routeId ?? null,
      target_group: input.targetGroup?.trim() || null,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      description: input.description?.trim() ?? '',
      goal_providers: input.goalProviders ?? null,
      goal_offers: input.goalOffers ?? null,
      goal_redemptions: input.goalRedemptions ?? null,
      goal_passes_sold: input.goalPassesSold ?? null,
    };
  }

  private async check(tenantId: string, input: Input) {
    const problems: InvalidParam[] = [];
    if (input.endsOn < input.startsOn)
      problems.push({ name: 'body.endsOn', code: 'before-start', reason: 'the campaign ends on or after its start' });
    if (input.routeId && !(await new RecruitmentRepository(this.db).routeById(tenantId, input.routeId)))
      problems.push({ name: 'body.routeId', code: 'unknown', reason: 'there is no such route' });
    if (problems.length > 0)
      throw new DomainError('invalid-input', 'This campaign cannot be saved; see invalidParams.', problems);
  }

  private async withResults(tenantId: string, row: CampaignRow) {
    const r = await new RecruitmentRepository(this.db).periodResults(
      tenantId,
      row.starts_on,
      row.ends_on,
      row.route_id,
    );
    return {
      row,
      results: {
        providersRecruited: { goal: row.goal_providers, actual: r.providersJoined },
        offersPublished: { goal: row.goal_offers, actual: r.offersPublished },
        redemptions: { goal: row.goal_redemptions, actual: disclose(r.redemptions, r.holdersReached) },
        passesSold: { goal: row.goal_passes_sold, actual: discloseCount(r.passesSold) },
        holdersReached: { actual: discloseCount(r.holdersReached) },
      },
    };
  }
}

export type CampaignWithResults = Awaited<ReturnType<CampaignsService['get']>>;
