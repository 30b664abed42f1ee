import type { Static } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DomainError, type InvalidParam } from '../../shared/errors.ts';
import { actorId, type Principal } from '../access/principal.ts';
import { discloseCount, MIN_PEOPLE } from '../insight/disclosure.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { renderPactPdf } from './pact-pdf.ts';
import { PactsRepository } from './pacts.repository.ts';
import type { NewPact, Pact, PactEnd, PactRenewal } from './pacts.schemas.ts';
import { partnersPolicy } from './partners.policy.ts';
import { PartnersRepository } from './partners.repository.ts';
import { PartnersService } from './partners.service.ts';

type PactRow = NonNullable<Awaited<ReturnType<PactsRepository['find']>>>;

const DAY_MS = 86_400_000;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** A year on from `date`, minus a day: the shortest pact. */
const minimumEnd = (date: string) => addDays(`${Number(date.slice(0, 4)) + 1}${date.slice(4)}`, -1);

/**
 * Pacts between the pass organisation and one partner (a buurthuis), at least a year. At each
 * evaluation moment the platform fills in what it knows about the period since the last one:
 * activities held, holders reached (below 10: "fewer than 10") and support paid.
 */
export class PactsService {
  private readonly repo: PactsRepository;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly today: () => string = () => todayInNetherlands(),
  ) {
    this.repo = new PactsRepository(db);
  }

  private checkDates(startsOn: string, endsOn: string, moments: string[], problems: InvalidParam[]) {
    if (endsOn < minimumEnd(startsOn))
      problems.push({
        name: 'body.endsOn',
        code: 'shorter-than-a-year',
        reason: `a pact runs at least until ${minimumEnd(startsOn)}`,
      });
    moments.forEach((m, i) => {
      if (m < startsOn || m > endsOn)
        problems.push({
          name: `body.evaluationMoments.${i}`,
          code: 'outside-pact',
          reason: `${m} is not within the pact`,
        });
    });
  }

  async create(principal: Principal, input: Static<typeof NewPact>) {
    partnersPolicy.authorize(principal, 'partner.manage');
    const tenantId = principal.tenantId;
    const problems: InvalidParam[] = [];
    const partner = await new PartnersRepository(this.db).partner(tenantId, input.partnerId);
    if (!partner || partner.status !== 'approved')
      problems.push({ name: 'body.partnerId', code: 'unknown-partner', reason: 'not an approved partner' });
    this.checkDates(input.startsOn, input.endsOn, input.evaluationMoments, problems);
    if (problems.length > 0)
      throw new DomainError('invalid-input', 'This pact cannot be made; see invalidParams.', problems);
    const { id } = await this.repo.insert(tenantId, {
      ...input,
      evaluationMoments: [...input.evaluationMoments].sort(),
      renewsPactId: null,
      createdBy: actorId(principal),
    });
    return this.get(principal, id);
  }

  /** The pass organisation sees every pact; a partner's staff their own. */
  async list(principal: Principal) {
    if (partnersPolicy.can(principal, 'partner.manage'))
      return Promise.all((await this.repo.list(principal.tenantId)).map((row) => this.present(row)));
    const partner = await new PartnersService(this.db).ownPartner(principal);
    return Promise.all((await this.repo.list(principal.tenantId, partner.id)).map((row) => this.present(row)));
  }

  async get(principal: Principal, id: string) {
    return this.present(await this.visible(principal, id));
  }

  private async visible(principal: Principal, id: string): Promise<PactRow> {
    const row = await this.repo.find(principal.tenantId, id);
    if (row && partnersPolicy.can(principal, 'partner.manage')) return row;
    const partner = await new PartnersService(this.db).ownPartner(principal);
    if (!row || row.partner_id !== partner.id) throw new DomainError('pact-not-found', `There is no pact ${id}.`);
    return row;
  }

  async renew(principal: Principal, id: string, input: Static<typeof PactRenewal>) {
    partnersPolicy.authorize(principal, 'partner.manage');
    const tenantId = principal.tenantId;
    const newId = await this.db.transaction().execute(async (tx) => {
      const repo = new PactsRepository(tx);
      await repo.lock(tenantId, id);
      const old = await repo.find(tenantId, id);
      if (!old) throw new DomainError('pact-not-found', `There is no pact ${id}.`);
      if (old.status !== 'active') throw new DomainError('pact-not-active', `The pact is ${old.status}.`);
      const startsOn = addDays(old.ends_on, 1);
      const problems: InvalidParam[] = [];
      this.checkDates(startsOn, input.endsOn, input.evaluationMoments, problems);
      if (problems.length > 0)
        throw new DomainError('invalid-input', 'This renewal cannot be made; see invalidParams.', problems);
      await repo.setStatus(tenantId, id, 'renewed');
      const made = await repo.insert(tenantId, {
        partnerId: old.partner_id,
        startsOn,
        endsOn: input.endsOn,
        organisationCommitments: old.organisation_commitments,
        partnerCommitments: old.partner_commitments,
        activitiesPerQuarter: old.activities_per_quarter,
        expectedReach: old.expected_reach,
        supportCents: old.support_cents,
        evaluationMoments: [...input.evaluationMoments].sort(),
        renewsPactId: id,
        createdBy: actorId(principal),
      });
      return made.id;
    });
    return this.get(principal, newId);
  }

  async end(principal: Principal, id: string, input: Static<typeof PactEnd>) {
    partnersPolicy.authorize(principal, 'partner.manage');
    const tenantId = principal.tenantId;
    await this.db.transaction().execute(async (tx) => {
      const repo = new PactsRepository(tx);
      await repo.lock(tenantId, id);
      const pact = await repo.find(tenantId, id);
      if (!pact) throw new DomainError('pact-not-found', `There is no pact ${id}.`);
      if (pact.status !== 'active') throw new DomainError('pact-not-active', `The pact is ${pact.status}.`);
      if (input.endedOn < pact.starts_on || input.endedOn > pact.ends_on)
        throw new DomainError('invalid-input', 'This end cannot be recorded; see invalidParams.', [
          { name: 'body.endedOn', code: 'outside-pact', reason: `${input.endedOn} is not within the pact` },
        ]);
      await repo.setStatus(tenantId, id, 'ended', input.endedOn, input.reason.trim());
    });
    return this.get(principal, id);
  }

  async pdf(principal: Principal, id: string) {
    const pact = await this.get(principal, id);
    return { pact, pdf: await renderPactPdf(pact) };
  }

  private async present(row: PactRow): Promise<Static<typeof Pact>> {
    const today = this.today();
    const evaluations = [];
    let from = row.starts_on;
    for (const moment of row.moments) {
      const due = moment <= today;
      if (!due) {
        evaluations.push({ moment, from, due, activitiesHeld: null, holdersReached: null, supportPaidCents: null });
      } else {
        const f = await this.repo.figures(row.tenant_id, row.partner_id, row.provider_id, from, moment);
        // Support per participant is about the holders who came: shown only from 10 redemptions on.
        const perParticipantHidden = f.perParticipantCents > 0 && f.redemptions < MIN_PEOPLE;
        evaluations.push({
          moment,
          from,
          due,
          activitiesHeld: f.activities,
          holdersReached: discloseCount(f.holders),
          supportPaidCents: perParticipantHidden ? null : f.lumpSumCents + f.perParticipantCents,
        });
      }
      from = addDays(moment, 1);
    }
    return {
      id: row.id,
      partner: { id: row.partner_id, name: row.partner_name },
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      organisationCommitments: row.organisation_commitments,
      partnerCommitments: row.partner_commitments,
      activitiesPerQuarter: row.activities_per_quarter,
      expectedReach: row.expected_reach,
      supportCents: row.support_cents,
      status: row.status,
      endedOn: row.ended_on,
      endReason: row.end_reason,
      renewsPactId: row.renews_pact_id,
      evaluations,
    };
  }
}
