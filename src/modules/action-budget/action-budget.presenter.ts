import type { Static } from '@sinclair/typebox';
import type { ActionBudgetLedgerLine as LineRow, ActionBudgetRepository } from './action-budget.repository.ts';
import type { ActionBudgetGrant, ActionBudgetGrantBooking, ActionBudgetLedgerLine } from './action-budget.schemas.ts';

type GrantRow = NonNullable<Awaited<ReturnType<ActionBudgetRepository['findGrantByReference']>>>;

/** A grant as the pass organisation sees it. The public summary never shows single grants' providers. */
export function presentGrant(row: GrantRow): Static<typeof ActionBudgetGrant> {
  return {
    id: row.id,
    reference: row.reference,
    activityName: row.activity_name,
    wijk: { code: row.wijk_code, name: row.wijk_name },
    amountCents: row.amount_cents,
    grantedOn: row.granted_on,
    communityCentreProviderId: row.provider_id,
    entryId: row.entry_id,
    createdAt: row.created_at.toISOString(),
  };
}

/** The answer to a grant: the grant, whether this request booked it, and the actiebudget's balance after. */
export function presentGrantBooking(result: {
  grant: GrantRow;
  created: boolean;
  actionBudgetBalanceCents: number;
}): Static<typeof ActionBudgetGrantBooking> {
  return {
    ...presentGrant(result.grant),
    created: result.created,
    actionBudgetBalanceCents: result.actionBudgetBalanceCents,
  };
}

export function presentLedgerLine(row: LineRow): Static<typeof ActionBudgetLedgerLine> {
  return {
    entryId: row.entry_id,
    occurredAt: new Date(row.occurred_at).toISOString(),
    kind: row.kind,
    description: row.description,
    amountCents: row.amount_cents,
    wijk: row.wijk_code ? { code: row.wijk_code, name: row.wijk_name ?? row.wijk_code } : null,
    activityName: row.activity_name,
  };
}
