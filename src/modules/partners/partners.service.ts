import type { Static } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DomainError, type InvalidParam } from '../../shared/errors.ts';
import { actorId, type Principal } from '../access/principal.ts';
import { actionBudgetAccount, bookGrantTx } from '../action-budget/action-budget.service.ts';
import { createPartnerStaffAccount } from '../identity/identity.service.ts';
import { withRetry } from '../ledger/retry.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { createSupportedOffer } from '../offers/supported-offer.ts';
import { createProviderWithLocation } from '../providers/provider-registration.ts';
import { partnersPolicy } from './partners.policy.ts';
import { PartnersRepository } from './partners.repository.ts';
import type {
  ApplicationDecision,
  ApplicationReport,
  NewSupportApplication,
  NewSupportRound,
  PartnerSignUp,
} from './partners.schemas.ts';
import type { PartnerKind } from './partners.tables.ts';

/**
 * Partner organisations and their applications for support from the actiebudget. The money
 * rules: an approval reserves what it grants, and is refused when the actiebudget's balance minus
 * what earlier approvals may still draw does not cover it (one approval at a time: the actiebudget
 * account row is locked). Per participant, the offer's stock is the number of supported places, so
 * the reimbursements per redemption never pass the grant; a lump sum is paid as an advance on
 * approval and the rest after the partner's report.
 */

const DEFAULT_ADVANCE_PERCENT = 75;

const invalid = (problems: InvalidParam[], message: string) => {
  if (problems.length > 0) throw new DomainError('invalid-input', message, problems);
};

const providerKindOf = (kind: PartnerKind) =>
  kind === 'community_centre'
    ? 'community_centre'
    : kind === 'volunteer_organisation' || kind === 'informal_group'
      ? 'volunteer_initiative'
      : 'non_profit';

export class PartnersService {
  private readonly repo: PartnersRepository;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly today: () => string = () => todayInNetherlands(),
  ) {
    this.repo = new PartnersRepository(db);
  }

  /** /partner-worden: the organisation and its first staff member; the pass organisation approves it. */
  async signUp(principal: Principal, input: Static<typeof PartnerSignUp>) {
    partnersPolicy.authorize(principal, 'partner.signUp');
    const tenantId = principal.tenantId;
    const { organisation, contact } = input;
    const problems: InvalidParam[] = [];
    if (!(await this.repo.wijk(tenantId, organisation.wijkCode)))
      problems.push({
        name: 'body.organisation.wijkCode',
        code: 'unknown-wijk',
        reason: `there is no wijk ${organisation.wijkCode}`,
      });
    if (organisation.name.trim().length < 2)
      problems.push({ name: 'body.organisation.name', code: 'blank', reason: 'the name is empty' });
    invalid(problems, 'This sign-up cannot be taken; see invalidParams.');
    return this.db.transaction().execute(async (tx) => {
      const repo = new PartnersRepository(tx);
      const partner = await repo.insertPartner(tenantId, {
        name: organisation.name.trim(),
        kind: organisation.kind,
        wijkCode: organisation.wijkCode,
        description: organisation.description?.trim() ?? '',
        email: organisation.email,
        phone: organisation.phone?.trim() || null,
      });
      if (!partner)
        throw new DomainError('partner-exists', `An organisation named "${organisation.name}" is signed up already.`);
      // A co-owner's staff read the game plan and their association's sponsors; nothing else.
      const role = organisation.kind === 'co_owner' ? 'co_owner' : 'partner_staff';
      const user = await createPartnerStaffAccount(tx, tenantId, contact, role);
      if (!user) throw new DomainError('partner-exists', 'This e-mail address already has a partner account.');
      await repo.addStaff(tenantId, partner.id, user.id);
      return (await repo.partner(tenantId, partner.id))!;
    });
  }

  async listPartners(principal: Principal) {
    partnersPolicy.authorize(principal, 'partner.manage');
    return this.repo.partners(principal.tenantId).orderBy('p.status', 'desc').orderBy('p.created_at', 'desc').execute();
  }

  /** Approves (linking or making a provider, for the offers of supported activities) or rejects a sign-up. */
  async decidePartner(
    principal: Principal,
    partnerId: string,
    decision: { approve: boolean; providerId?: string | undefined },
  ) {
    partnersPolicy.authorize(principal, 'partner.manage');
    const tenantId = principal.tenantId;
    return this.db.transaction().execute(async (tx) => {
      const repo = new PartnersRepository(tx);
      const partner = await repo.partner(tenantId, partnerId, true);
      if (!partner) throw new DomainError('partner-not-found', `There is no partner ${partnerId}.`);
      if (partner.status !== 'pending')
        throw new DomainError('partner-already-decided', `This sign-up was ${partner.status} already.`);
      let providerId: string | null = null;
      if (decision.approve) {
        if (decision.providerId) {
          if (!(await repo.provider(tenantId, decision.providerId)))
            invalid(
              [
                {
                  name: 'body.providerId',
                  code: 'unknown-provider',
                  reason: `there is no provider ${decision.providerId}`,
                },
              ],
              'This decision cannot be taken; see invalidParams.',
            );
          providerId = decision.providerId;
        } else if (partner.kind !== 'co_owner') {
          // A business association (co-owner) offers nothing itself: no provider is made for it.
          const made = await createProviderWithLocation(tx, tenantId, {
            name: partner.name,
            kind: providerKindOf(partner.kind),
            email: partner.email,
            description: partner.description,
            wijkCode: partner.wijk_code,
            city: 'Zaanstad',
          });
          providerId = made.providerId;
        }
      }
      await repo.decidePartner(tenantId, partnerId, {
        status: decision.approve ? 'approved' : 'rejected',
        providerId,
        decidedBy: actorId(principal),
      });
      return (await repo.partner(tenantId, partnerId))!;
    });
  }

  /** The partner the logged-in partner staff member works for. */
  async ownPartner(principal: Principal) {
    partnersPolicy.authorize(principal, 'partner.work');
    if (principal.kind !== 'staff') throw new DomainError('forbidden', 'Only partner staff work for a partner.');
    const partner = await this.repo.partnerOfUser(principal.tenantId, principal.userId);
    if (!partner) throw new DomainError('partner-not-found', 'Your account is not linked to a partner organisation.');
    return partner;
  }

  async myPartner(principal: Principal) {
    const partner = await this.ownPartner(principal);
    const applications = await this.repo
      .applications(principal.tenantId)
      .where('a.partner_id', '=', partner.id)
      .orderBy('a.created_at', 'desc')
      .execute();
    return { partner, applications };
  }

  // ---- rounds and their criteria ----

  async listRounds(principal: Principal) {
    partnersPolicy.authorize(principal, 'supportRounds.read');
    const rounds = await this.repo.rounds(principal.tenantId);
    const wijken = await this.repo.wijken(principal.tenantId, [...new Set(rounds.flatMap((r) => r.priority_wijken))]);
    return { rounds, wijken, today: this.today() };
  }

  async createRound(principal: Principal, input: Static<typeof NewSupportRound>) {
    partnersPolicy.authorize(principal, 'partner.manage');
    const tenantId = principal.tenantId;
    const codes = input.priorityWijkCodes ?? [];
    const known = new Set((await this.repo.wijken(tenantId, codes)).map((w) => w.code));
    const problems: InvalidParam[] = codes
      .map((code, i) => ({ code, i }))
      .filter(({ code }) => !known.has(code))
      .map(({ code, i }) => ({
        name: `body.priorityWijkCodes.${i}`,
        code: 'unknown-wijk',
        reason: `there is no wijk ${code}`,
      }));
    if (input.deadline && input.deadline < input.opensOn)
      problems.push({
        name: 'body.deadline',
        code: 'before-opening',
        reason: 'the deadline is before the round opens',
      });
    if (input.maxPerParticipantCents > input.maxAmountCents)
      problems.push({
        name: 'body.maxPerParticipantCents',
        code: 'above-maximum',
        reason: 'more than the maximum per application',
      });
    invalid(problems, 'This round cannot be made; see invalidParams.');
    const round = await this.repo.insertRound(tenantId, {
      ...input,
      priorityWijkCodes: codes,
      priorityTargetGroups: input.priorityTargetGroups ?? [],
      deadline: input.deadline ?? null,
    });
    const wijken = await this.repo.wijken(tenantId, round.priority_wijken);
    return { round, wijken, today: this.today() };
  }

  // ---- applications ----

  async apply(principal: Principal, input: Static<typeof NewSupportApplication>) {
    const partner = await this.ownPartner(principal);
    if (partner.status !== 'approved')
      throw new DomainError('partner-not-approved', 'The pass organisation has not approved your organisation yet.');
    const tenantId = principal.tenantId;
    const round = await this.repo.round(tenantId, input.roundId);
    if (!round) throw new DomainError('support-round-not-found', `There is no round ${input.roundId}.`);
    const today = this.today();
    if (today < round.opens_on || (round.deadline !== null && today > round.deadline))
      throw new DomainError(
        'support-round-closed',
        `Round "${round.name}" takes applications from ${round.opens_on} to ${round.deadline ?? 'any time'}.`,
      );
    const problems: InvalidParam[] = [];
    if (input.endsOn < input.startsOn)
      problems.push({ name: 'body.endsOn', code: 'before-start', reason: 'the activity ends before it starts' });
    if (!(await this.repo.wijk(tenantId, input.wijkCode)))
      problems.push({ name: 'body.wijkCode', code: 'unknown-wijk', reason: `there is no wijk ${input.wijkCode}` });
    if (input.supportKind === 'per_participant') {
      if (input.pricePerParticipantCents === undefined)
        problems.push({
          name: 'body.pricePerParticipantCents',
          code: 'required',
          reason: 'per participant: give the price one participant would pay',
        });
      else if (input.askedCents > input.pricePerParticipantCents)
        problems.push({
          name: 'body.askedCents',
          code: 'above-price',
          reason: 'the support per participant is more than the price',
        });
      if (input.askedCents > round.max_per_participant_cents)
        problems.push({
          name: 'body.askedCents',
          code: 'above-maximum',
          reason: `the round gives at most ${round.max_per_participant_cents} cents per participant`,
        });
      if (input.askedCents * input.expectedReach > round.max_amount_cents)
        problems.push({
          name: 'body.expectedReach',
          code: 'above-maximum',
          reason: `support × reach is more than the round's maximum of ${round.max_amount_cents} cents`,
        });
    } else {
      if (input.askedCents > round.max_amount_cents)
        problems.push({
          name: 'body.askedCents',
          code: 'above-maximum',
          reason: `the round gives at most ${round.max_amount_cents} cents`,
        });
      if (input.pricePerParticipantCents !== undefined)
        problems.push({
          name: 'body.pricePerParticipantCents',
          code: 'not-applicable',
          reason: 'only for support per participant',
        });
    }
    if (input.askedCents > input.budgetCents && input.supportKind === 'lump_sum')
      problems.push({ name: 'body.askedCents', code: 'above-budget', reason: 'more support than the whole budget' });
    invalid(problems, 'This application cannot be taken; see invalidParams.');
    const { id } = await this.repo.insertApplication(tenantId, {
      ...input,
      title: input.title.trim(),
      partnerId: partner.id,
      pricePerParticipantCents: input.pricePerParticipantCents ?? null,
    });
    return (await this.repo.application(tenantId, id))!;
  }

  async listApplications(principal: Principal) {
    partnersPolicy.authorize(principal, 'partner.manage');
    return this.repo.applications(principal.tenantId).orderBy('a.created_at', 'desc').execute();
  }

  /** One application: for the pass organisation, or for the partner's own staff. */
  async getApplication(principal: Principal, id: string) {
    const application = await this.repo.application(principal.tenantId, id);
    if (partnersPolicy.can(principal, 'partner.manage') && application) return application;
    const partner = await this.ownPartner(principal);
    if (!application || application.partner_id !== partner.id)
      throw new DomainError('support-application-not-found', `There is no application ${id}.`);
    return application;
  }

  /** The review: the scoring form, the decision with its reason, and (on approval) the money. */
  async decide(principal: Principal, id: string, decision: Static<typeof ApplicationDecision>) {
    partnersPolicy.authorize(principal, 'partner.manage');
    const tenantId = principal.tenantId;
    const today = this.today();
    await withRetry(() =>
      this.db.transaction().execute(async (tx) => {
        const repo = new PartnersRepository(tx);
        await repo.lockApplication(tenantId, id);
        const app = await repo.application(tenantId, id);
        if (!app) throw new DomainError('support-application-not-found', `There is no application ${id}.`);
        if (app.status !== 'submitted')
          throw new DomainError('support-application-wrong-status', `The application was ${app.status} already.`);
        const scores = {
          score_reach: decision.scores.reach,
          score_target_group: decision.scores.targetGroup,
          score_quality: decision.scores.quality,
          score_costs: decision.scores.costs,
          decision_reason: decision.reason.trim(),
          decided_at: new Date(),
          decided_by: actorId(principal),
        };
        if (!decision.approve) {
          await repo.updateApplication(tenantId, id, { ...scores, status: 'rejected' });
          return;
        }
        const round = (await repo.round(tenantId, app.round_id))!;
        const partner = (await repo.partner(tenantId, app.partner_id))!;
        const perParticipant = app.support_kind === 'per_participant' ? app.asked_cents : null;
        const askedTotal = perParticipant !== null ? perParticipant * app.expected_reach : app.asked_cents;
        const granted = decision.grantedCents ?? askedTotal;
        const problems: InvalidParam[] = [];
        if (granted > askedTotal)
          problems.push({
            name: 'body.grantedCents',
            code: 'above-asked',
            reason: `more than the ${askedTotal} cents asked`,
          });
        if (granted > round.max_amount_cents)
          problems.push({
            name: 'body.grantedCents',
            code: 'above-maximum',
            reason: `the round gives at most ${round.max_amount_cents} cents`,
          });
        if (perParticipant !== null && granted < perParticipant)
          problems.push({
            name: 'body.grantedCents',
            code: 'below-one-place',
            reason: 'less than the support for one participant',
          });
        if (perParticipant !== null && !partner.provider_id)
          problems.push({
            name: 'partner',
            code: 'no-provider',
            reason: 'support per participant makes an offer on the pass: the partner is not linked to a provider',
          });
        invalid(problems, 'This decision cannot be taken; see invalidParams.');

        // One approval at a time spends the actiebudget: lock it, then count what is promised already.
        await actionBudgetAccount(tx, tenantId);
        const balance = await repo.lockActionBudget(tenantId);
        const available = balance - (await repo.outstandingCommitments(tenantId));
        if (granted > available)
          throw new DomainError(
            'action-budget-insufficient',
            `The actiebudget has ${Math.max(0, available)} cents free; this grant needs ${granted}.`,
          );

        if (perParticipant !== null) {
          const places = Math.floor(granted / perParticipant);
          const { offerId } = await createSupportedOffer(tx, tenantId, {
            providerId: partner.provider_id!,
            title: app.title,
            summary: `Met steun uit het actiebudget: € ${(perParticipant / 100).toFixed(2).replace('.', ',')} korting.`,
            description: app.description,
            regularPriceCents: app.price_per_participant_cents!,
            supportPerParticipantCents: perParticipant,
            places,
            validFrom: app.starts_on < today ? today : app.starts_on,
            validUntil: app.ends_on < today ? today : app.ends_on,
          });
          await repo.updateApplication(tenantId, id, {
            ...scores,
            status: 'approved',
            granted_cents: places * perParticipant,
            granted_per_participant_cents: perParticipant,
            offer_id: offerId,
          });
        } else {
          const advance = Math.round((granted * (decision.advancePercent ?? DEFAULT_ADVANCE_PERCENT)) / 100);
          if (advance > 0)
            await bookGrantTx(tx, {
              tenantId,
              activityName: app.title,
              wijkCode: app.wijk_code,
              amountCents: advance,
              grantedOn: today,
              providerId: partner.provider_id,
              reference: `support/${id}/advance`,
              recordedBy: actorId(principal),
            });
          await repo.updateApplication(tenantId, id, {
            ...scores,
            status: 'approved',
            granted_cents: granted,
            advance_cents: advance,
          });
        }
      }),
    );
    return (await this.repo.application(tenantId, id))!;
  }

  /** After the activity: participants and an evaluation; for a lump sum this releases the last payment. */
  async report(principal: Principal, id: string, report: Static<typeof ApplicationReport>) {
    const partner = await this.ownPartner(principal);
    const tenantId = principal.tenantId;
    await withRetry(() =>
      this.db.transaction().execute(async (tx) => {
        const repo = new PartnersRepository(tx);
        await repo.lockApplication(tenantId, id);
        const app = await repo.application(tenantId, id);
        if (!app || app.partner_id !== partner.id)
          throw new DomainError('support-application-not-found', `There is no application ${id}.`);
        if (app.status !== 'approved')
          throw new DomainError(
            'support-application-wrong-status',
            `A report is for an approved application; this one is ${app.status}.`,
          );
        const rest = app.support_kind === 'lump_sum' ? app.granted_cents! - (app.advance_cents ?? 0) : 0;
        if (rest > 0)
          await bookGrantTx(tx, {
            tenantId,
            activityName: app.title,
            wijkCode: app.wijk_code,
            amountCents: rest,
            grantedOn: this.today(),
            providerId: partner.provider_id,
            reference: `support/${id}/final`,
            recordedBy: actorId(principal),
          });
        await repo.updateApplication(tenantId, id, {
          status: 'closed',
          reported_participants: report.participants,
          evaluation: report.evaluation.trim(),
          reported_at: new Date(),
          final_paid_cents: rest,
        });
      }),
    );
    return (await this.repo.application(tenantId, id))!;
  }
}

/**
 * The approved partner a staff member works for, for other modules (the sponsors module narrows
 * a co-owner's sponsor overview to its own association with it). Undefined: none, or not approved.
 */
export async function approvedPartnerOfStaff(db: Kysely<DB>, tenantId: string, userId: string) {
  const partner = await new PartnersRepository(db).partnerOfUser(tenantId, userId);
  return partner && partner.status === 'approved'
    ? { id: partner.id, name: partner.name, kind: partner.kind }
    : undefined;
}
