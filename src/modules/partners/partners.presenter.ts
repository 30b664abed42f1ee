import type { Static } from '@sinclair/typebox';
import { discloseCount } from '../insight/disclosure.ts';
import type { PartnersRepository } from './partners.repository.ts';
import type { Partner, SupportApplication, SupportRound } from './partners.schemas.ts';

type PartnerRow = NonNullable<Awaited<ReturnType<PartnersRepository['partner']>>>;
type RoundRow = Awaited<ReturnType<PartnersRepository['rounds']>>[number];
type ApplicationRow = NonNullable<Awaited<ReturnType<PartnersRepository['application']>>>;

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function presentPartner(row: PartnerRow): Static<typeof Partner> {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    wijk: { code: row.wijk_code, name: row.wijk_name },
    description: row.description,
    email: row.email,
    phone: row.phone,
    status: row.status,
    providerId: row.provider_id,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export function presentRound(
  row: RoundRow,
  wijken: { code: string; name: string }[],
  today: string,
): Static<typeof SupportRound> {
  const names = new Map(wijken.map((w) => [w.code, w.name]));
  return {
    id: row.id,
    name: row.name,
    eligibleCosts: row.eligible_costs,
    maxAmountCents: row.max_amount_cents,
    maxPerParticipantCents: row.max_per_participant_cents,
    priorityWijken: row.priority_wijken.map((code) => ({ code, name: names.get(code) ?? code })),
    priorityTargetGroups: row.priority_target_groups,
    opensOn: row.opens_on,
    deadline: row.deadline,
    open: today >= row.opens_on && (row.deadline === null || today <= row.deadline),
  };
}

/**
 * An application as the partner and the pass organisation see it. Participants on the pass are a
 * count only, and below 10 not even that ("fewer than 10"): never who they are or which of them
 * hold a minimum income or carer pass.
 */
export function presentApplication(row: ApplicationRow): Static<typeof SupportApplication> {
  const scored = row.score_reach !== null;
  const participants = discloseCount(Number(row.redemption_count));
  // Per participant, the amount paid would give the number of participants away: the same rule of 10.
  const paid =
    row.support_kind === 'lump_sum'
      ? (row.advance_cents ?? 0) + (row.final_paid_cents ?? 0)
      : participants.suppressed
        ? null
        : Number(row.reimbursed_cents);
  return {
    id: row.id,
    partner: { id: row.partner_id, name: row.partner_name },
    roundId: row.round_id,
    roundName: row.round_name,
    title: row.title,
    description: row.description,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    wijk: { code: row.wijk_code, name: row.wijk_name },
    targetGroup: row.target_group,
    expectedReach: row.expected_reach,
    budgetCents: row.budget_cents,
    supportKind: row.support_kind,
    pricePerParticipantCents: row.price_per_participant_cents,
    askedCents: row.asked_cents,
    status: row.status,
    priority: {
      wijk: row.priority_wijken.includes(row.wijk_code),
      targetGroup: row.priority_target_groups.some((g) => g.toLowerCase() === row.target_group.toLowerCase()),
    },
    scores: scored
      ? {
          reach: row.score_reach!,
          targetGroup: row.score_target_group!,
          quality: row.score_quality!,
          costs: row.score_costs!,
        }
      : null,
    decisionReason: row.decision_reason,
    grantedCents: row.granted_cents,
    grantedPerParticipantCents: row.granted_per_participant_cents,
    paidCents: paid,
    offerId: row.offer_id,
    participants: {
      onThePass: participants,
      reported: row.reported_participants,
    },
    evaluation: row.evaluation,
    decidedAt: iso(row.decided_at),
    createdAt: new Date(row.created_at).toISOString(),
  };
}
