import type { ActionBudgetRepository } from './action-budget.repository.ts';

type GrantRow = NonNullable<Awaited<ReturnType<ActionBudgetRepository['findGrantByReference']>>>;

/** A grant as the pass organisation sees it. The public summary never shows single grants' providers. */
export function presentGrant(row: GrantRow) {
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
