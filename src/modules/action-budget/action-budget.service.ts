import { randomUUID } from 'node:crypto';
import type { Static } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DomainError, type InvalidParam } from '../../shared/errors.ts';
import { actorId, type Principal } from '../access/principal.ts';
import { ensureAccount, municipalityBank, postEntry, type Tx } from '../ledger/ledger.service.ts';
import { withRetry } from '../ledger/retry.ts';
import { todayInNetherlands } from '../offers/catalogue-date.ts';
import { ActionBudgetRepository, type ActionBudgetLineGroup } from './action-budget.repository.ts';
import { actionBudgetPolicy } from './action-budget.policy.ts';
import type { ActionBudgetSummary, MonthFigures as MonthFiguresSchema } from './action-budget.schemas.ts';

/**
 * The actiebudget: money for activities in the wijken, filled by pass sales and sponsors and
 * spent on activities (grants). It is one `action_budget` ledger account per tenant; what its
 * lines mean is read from the entry kinds and, for grants, from `action_budget_grants`.
 */

/** The tenant's actiebudget account, created on first use. */
export function actionBudgetAccount(tx: Kysely<DB>, tenantId: string) {
  return ensureAccount(tx, tenantId, 'action_budget', {}, 'Actiebudget');
}

/** A date 'YYYY-MM-DD' as the moment an entry occurred: noon UTC, the same calendar day in the Netherlands. */
export const occurredOn = (date: string) => new Date(`${date}T12:00:00Z`);

export interface GrantInput {
  tenantId: string;
  activityName: string;
  wijkCode: string;
  amountCents: number;
  grantedOn: string;
  /** The community centre (a provider) that receives the money; without it the municipality pays from its own bank. */
  providerId?: string | null;
  /** Booked once per reference; a new one is made when absent. */
  reference?: string;
  recordedBy?: string | null;
  /** 'YYYY-MM-DD' in the Netherlands: a grant dated after it is refused. */
  today?: string;
}

/**
 * Spends actiebudget on an activity in a wijk: kind `action_budget_grant`, action_budget −,
 * provider_payable + (the municipality owes the community centre) or municipality_bank + (the
 * municipality pays it itself). Refused when the actiebudget does not cover it. Later work
 * that spends the actiebudget calls this, so every outflow carries a wijk and an activity.
 */
export async function bookGrantTx(tx: Tx, input: GrantInput) {
  const repo = new ActionBudgetRepository(tx);
  const reference = input.reference ?? randomUUID();
  const existing = await repo.findGrantByReference(input.tenantId, reference);
  if (existing) return sameGrantOrConflict(existing, input, reference);

  const problems: InvalidParam[] = [];
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0) {
    problems.push({
      name: 'body.amountCents',
      code: 'positive-cents',
      reason: `${input.amountCents} is not a positive whole number of cents`,
    });
  }
  if (input.today && input.grantedOn > input.today) {
    problems.push({
      name: 'body.grantedOn',
      code: 'in-future',
      reason: `${input.grantedOn} is after today; book a grant when it is made`,
    });
  }
  const wijk = await repo.wijk(input.tenantId, input.wijkCode);
  if (!wijk)
    problems.push({
      name: 'body.wijkCode',
      code: 'unknown-wijk',
      reason: `there is no wijk ${input.wijkCode} in this municipality`,
    });
  const provider = input.providerId ? await repo.provider(input.tenantId, input.providerId) : null;
  if (input.providerId && !provider)
    problems.push({
      name: 'body.communityCentreProviderId',
      code: 'unknown-provider',
      reason: `there is no provider ${input.providerId}`,
    });
  if (problems.length > 0)
    throw new DomainError('invalid-input', 'This grant cannot be booked; see invalidParams.', problems);

  const budget = await actionBudgetAccount(tx, input.tenantId);
  const counter = provider
    ? await ensureAccount(
        tx,
        input.tenantId,
        'provider_payable',
        { providerId: provider.id },
        `Payable to ${provider.name}`,
      )
    : await municipalityBank(tx, input.tenantId);
  const posted = await postEntry(tx, {
    tenantId: input.tenantId,
    kind: 'action_budget_grant',
    reference,
    description: `Actiebudget: ${input.activityName} (${wijk!.name})`,
    occurredAt: occurredOn(input.grantedOn),
    recordedBy: input.recordedBy ?? null,
    lines: [
      { accountId: budget.id, amountCents: -input.amountCents },
      { accountId: counter.id, amountCents: input.amountCents },
    ],
    guard: (accounts) => {
      const after = accounts.get(budget.id)!.balanceAfterCents;
      if (after < 0)
        throw new DomainError('action-budget-insufficient', `The actiebudget is ${-after} cents short for this grant.`);
    },
  });
  const inserted = await repo.insertGrant({
    tenantId: input.tenantId,
    reference,
    activityName: input.activityName,
    wijkCode: wijk!.code,
    amountCents: input.amountCents,
    grantedOn: input.grantedOn,
    providerId: provider?.id ?? null,
    entryId: posted.id,
    createdBy: input.recordedBy ?? null,
  });
  const grant = await repo.findGrantByReference(input.tenantId, reference);
  if (!inserted) return sameGrantOrConflict(grant!, input, reference);
  return { grant: grant!, created: posted.created };
}

type GrantRow = NonNullable<Awaited<ReturnType<ActionBudgetRepository['findGrantByReference']>>>;

function sameGrantOrConflict(existing: GrantRow, input: GrantInput, reference: string) {
  const same =
    existing.amount_cents === input.amountCents &&
    existing.wijk_code === input.wijkCode &&
    existing.activity_name === input.activityName &&
    existing.granted_on === input.grantedOn &&
    (existing.provider_id ?? null) === (input.providerId ?? null);
  if (!same)
    throw new DomainError(
      'ledger-reference-conflict',
      `Grant reference "${reference}" was already booked with other details.`,
    );
  return { grant: existing, created: false };
}

// ---- The public summary ---------------------------------------------------------------------------

type MonthFigures = Static<typeof MonthFiguresSchema>;

type Source = 'passSales' | 'sponsors' | 'grants' | 'other';

/** Which part of the summary an entry kind belongs to (a reversal counts as the kind it reverses). */
export function sourceOf(kind: string): Source {
  if (kind === 'sponsor_contribution') return 'sponsors';
  if (kind === 'action_budget_grant') return 'grants';
  if (/^pass_(sale|refund|order)/.test(kind)) return 'passSales';
  return 'other';
}

const emptyMonth = (month: string): MonthFigures => ({
  month,
  in: { passSalesCents: 0, sponsorsCents: 0, otherCents: 0, totalCents: 0 },
  out: { grantsCents: 0, otherCents: 0, totalCents: 0 },
});

/** Folds the ledger's line groups into the figures of the public page. Pure: unit-testable. */
export function summarize(year: number, openingBalanceCents: number, groups: ActionBudgetLineGroup[]) {
  const months = Array.from({ length: 12 }, (_, i) => emptyMonth(`${year}-${String(i + 1).padStart(2, '0')}`));
  const byWijk = new Map<string, { wijkCode: string; wijkName: string; amountCents: number }>();
  const byActivity = new Map<string, { activityName: string; amountCents: number }>();
  const perWijk = new Map<string, { wijkCode: string; wijkName: string; activities: Map<string, number> }>();
  for (const group of groups) {
    const month = months[Number(group.month.slice(5, 7)) - 1]!;
    const net = group.debit_cents - group.credit_cents;
    switch (sourceOf(group.kind)) {
      case 'passSales':
        month.in.passSalesCents += net;
        break;
      case 'sponsors':
        month.in.sponsorsCents += net;
        break;
      case 'grants': {
        month.out.grantsCents -= net;
        if (group.wijk_code) {
          const wijk = byWijk.get(group.wijk_code) ?? {
            wijkCode: group.wijk_code,
            wijkName: group.wijk_name ?? group.wijk_code,
            amountCents: 0,
          };
          wijk.amountCents -= net;
          byWijk.set(group.wijk_code, wijk);
        }
        if (group.wijk_code && group.activity_name) {
          const wijk = perWijk.get(group.wijk_code) ?? {
            wijkCode: group.wijk_code,
            wijkName: group.wijk_name ?? group.wijk_code,
            activities: new Map<string, number>(),
          };
          wijk.activities.set(group.activity_name, (wijk.activities.get(group.activity_name) ?? 0) - net);
          perWijk.set(group.wijk_code, wijk);
        }
        if (group.activity_name) {
          const activity = byActivity.get(group.activity_name) ?? { activityName: group.activity_name, amountCents: 0 };
          activity.amountCents -= net;
          byActivity.set(group.activity_name, activity);
        }
        break;
      }
      case 'other':
        month.in.otherCents += group.debit_cents;
        month.out.otherCents += group.credit_cents;
        break;
    }
  }
  for (const month of months) {
    month.in.totalCents = month.in.passSalesCents + month.in.sponsorsCents + month.in.otherCents;
    month.out.totalCents = month.out.grantsCents + month.out.otherCents;
  }
  const sum = (pick: (m: MonthFigures) => number) => months.reduce((total, m) => total + pick(m), 0);
  const totals = {
    passSalesCents: sum((m) => m.in.passSalesCents),
    sponsorsCents: sum((m) => m.in.sponsorsCents),
    otherCents: sum((m) => m.in.otherCents),
    totalCents: sum((m) => m.in.totalCents),
    inCents: sum((m) => m.in.totalCents),
    grantsCents: sum((m) => m.out.grantsCents),
    otherOutCents: sum((m) => m.out.otherCents),
    outCents: sum((m) => m.out.totalCents),
  };
  const byAmount = <T extends { amountCents: number }>(a: T, b: T) => b.amountCents - a.amountCents;
  return {
    year,
    openingBalanceCents,
    closingBalanceCents: openingBalanceCents + totals.inCents - totals.outCents,
    totals,
    months,
    byWijk: [...byWijk.values()]
      .filter((w) => w.amountCents !== 0)
      .sort((a, b) => byAmount(a, b) || a.wijkName.localeCompare(b.wijkName)),
    byActivity: [...byActivity.values()]
      .filter((a) => a.amountCents !== 0)
      .sort((a, b) => byAmount(a, b) || a.activityName.localeCompare(b.activityName)),
    activitiesByWijk: [...perWijk.values()]
      .map((w) => ({
        wijkCode: w.wijkCode,
        wijkName: w.wijkName,
        activities: [...w.activities]
          .map(([activityName, amountCents]) => ({ activityName, amountCents }))
          .filter((a) => a.amountCents !== 0)
          .sort((a, b) => byAmount(a, b) || a.activityName.localeCompare(b.activityName)),
      }))
      .filter((w) => w.activities.length > 0)
      .sort((a, b) => a.wijkName.localeCompare(b.wijkName)),
  };
}

export class ActionBudgetService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly today: () => string = () => todayInNetherlands(),
  ) {}

  /** Public: what came into the actiebudget and where it went, per month of one year. No personal data. */
  async summary(principal: Principal, year?: number): Promise<Static<typeof ActionBudgetSummary>> {
    actionBudgetPolicy.authorize(principal, 'actionBudget.read');
    const tenantId = principal.tenantId;
    const thisYear = Number(this.today().slice(0, 4));
    const chosen = year ?? thisYear;
    return this.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (tx) => {
        const repo = new ActionBudgetRepository(tx);
        const opening = await repo.balanceBefore(tenantId, chosen);
        const figures = summarize(chosen, opening, await repo.lineGroups(tenantId, chosen));
        const years = [...new Set([...(await repo.yearsWithLines(tenantId)), thisYear])].sort((a, b) => a - b);
        const sponsorRows = await repo.sponsorTotals(tenantId, chosen);
        const named = sponsorRows
          .filter((r) => r.public_name !== null)
          .map((r) => ({ name: r.public_name!, publicityText: r.publicity_text ?? '', amountCents: r.amount_cents }))
          .sort((a, b) => b.amountCents - a.amountCents || a.name.localeCompare(b.name));
        const anonymous = sponsorRows.filter((r) => r.public_name === null);
        return {
          ...figures,
          years,
          sponsors: named,
          anonymousSponsors: {
            count: new Set(anonymous.map((r) => r.sponsor_id)).size,
            amountCents: anonymous.reduce((t, r) => t + r.amount_cents, 0),
          },
        };
      });
  }

  async grant(principal: Principal, input: Omit<GrantInput, 'tenantId' | 'recordedBy'>) {
    actionBudgetPolicy.authorize(principal, 'actionBudget.manage');
    const result = await withRetry(() =>
      this.db.transaction().execute((tx) =>
        bookGrantTx(tx, {
          ...input,
          tenantId: principal.tenantId,
          recordedBy: actorId(principal),
          today: this.today(),
        }),
      ),
    );
    const balance = await new ActionBudgetRepository(this.db).actionBudgetBalance(principal.tenantId);
    return { ...result, actionBudgetBalanceCents: balance };
  }

  async listGrants(principal: Principal, page: number, pageSize: number) {
    actionBudgetPolicy.authorize(principal, 'actionBudget.manage');
    const { rows, totalItems } = await new ActionBudgetRepository(this.db).listGrants(
      principal.tenantId,
      pageSize,
      (page - 1) * pageSize,
    );
    return { rows, page, pageSize, totalItems };
  }

  /** Public: the activities the actiebudget paid for in one wijk (for the wijk page of the maps module). */
  async fundedInWijk(principal: Principal, wijkCode: string) {
    actionBudgetPolicy.authorize(principal, 'actionBudget.read');
    const rows = await new ActionBudgetRepository(this.db).fundedInWijk(principal.tenantId, wijkCode);
    return rows
      .map((r) => ({
        activityName: r.activity_name,
        grantedOn: String(r.granted_on),
        amountCents: Number(r.amount_cents),
      }))
      .filter((r) => r.amountCents > 0);
  }

  /** The actiebudget's books, in and out, for the pass organisation's screen. */
  async ledgerLines(principal: Principal, page: number, pageSize: number) {
    actionBudgetPolicy.authorize(principal, 'actionBudget.manage');
    const repo = new ActionBudgetRepository(this.db);
    const { rows, totalItems } = await repo.ledgerLines(principal.tenantId, pageSize, (page - 1) * pageSize);
    const balance = await repo.actionBudgetBalance(principal.tenantId);
    return { rows, page, pageSize, totalItems, balance };
  }
}
