import type { Static } from '@sinclair/typebox';
import { formatIban } from './iban.ts';
import type { ProviderSettlement, Run, RunSummary, Settlement } from './payouts.schemas.ts';
import type { PaymentSource, SettlementStatus } from './payouts.tables.ts';

type SettlementRow = {
  id: string;
  run_id: string;
  provider_id: string;
  provider_name: string;
  period_start: string;
  period_end: string;
  amount_cents: number;
  creditor_name: string;
  creditor_iban: string;
  status: SettlementStatus;
  paid_at: Date | null;
  paid_on: string | null;
  payment_source: PaymentSource | null;
  created_at: Date;
};

/** A settlement as the pass organisation sees it. */
export function presentSettlement(s: SettlementRow): Static<typeof Settlement> {
  return {
    id: s.id,
    runId: s.run_id,
    provider: { id: s.provider_id, name: s.provider_name },
    periodStart: s.period_start,
    periodEnd: s.period_end,
    amountCents: s.amount_cents,
    creditorName: s.creditor_name,
    creditorIban: formatIban(s.creditor_iban),
    status: s.status,
    paidOn: s.paid_on,
    paymentSource: s.payment_source,
    createdAt: s.created_at.toISOString(),
  };
}

/** A settlement as its provider sees it: its own money only, nothing about holders or schemes. */
export function presentProviderSettlement(s: SettlementRow): Static<typeof ProviderSettlement> {
  return {
    id: s.id,
    periodStart: s.period_start,
    periodEnd: s.period_end,
    amountCents: s.amount_cents,
    creditorIban: formatIban(s.creditor_iban),
    status: s.status,
    paidOn: s.paid_on,
    createdAt: s.created_at.toISOString(),
  };
}

export function presentRun(
  run: {
    id: string;
    period_start: string;
    period_end: string;
    debtor_iban: string | null;
    debtor_name: string;
    created_at: Date;
  },
  settlements: SettlementRow[],
  blocked: { provider_id: string; provider_name: string; amount_cents: number; reason: string }[],
): Static<typeof Run> {
  return {
    id: run.id,
    periodStart: run.period_start,
    periodEnd: run.period_end,
    debtorName: run.debtor_name,
    debtorIban: run.debtor_iban ? formatIban(run.debtor_iban) : null,
    createdAt: run.created_at.toISOString(),
    settlementCount: settlements.length,
    totalCents: settlements.reduce((t, s) => t + s.amount_cents, 0),
    paidCount: settlements.filter((s) => s.status === 'paid').length,
    settlements: settlements.map(presentSettlement),
    blockedProviders: blocked.map((b) => ({
      provider: { id: b.provider_id, name: b.provider_name },
      amountCents: b.amount_cents,
      reason: b.reason,
    })),
  };
}

export function presentRunSummary(run: {
  id: string;
  period_start: string;
  period_end: string;
  created_at: Date;
}): Static<typeof RunSummary> {
  return {
    id: run.id,
    periodStart: run.period_start,
    periodEnd: run.period_end,
    createdAt: run.created_at.toISOString(),
  };
}
