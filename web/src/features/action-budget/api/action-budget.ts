import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest, queryString } from '../../../lib/api-client.ts';

export interface MonthFigures {
  month: string;
  in: { passSalesCents: number; sponsorsCents: number; otherCents: number; totalCents: number };
  out: { grantsCents: number; otherCents: number; totalCents: number };
}

/** GET /action-budget/summary: public, no personal data. */
export interface ActionBudgetSummary {
  year: number;
  years: number[];
  openingBalanceCents: number;
  closingBalanceCents: number;
  totals: {
    passSalesCents: number;
    sponsorsCents: number;
    otherCents: number;
    inCents: number;
    grantsCents: number;
    otherOutCents: number;
    outCents: number;
  };
  months: MonthFigures[];
  byWijk: { wijkCode: string; wijkName: string; amountCents: number }[];
  byActivity: { activityName: string; amountCents: number }[];
  sponsors: { name: string; publicityText: string; amountCents: number }[];
  anonymousSponsors: { count: number; amountCents: number };
}

export function useActionBudgetSummary(year: number | undefined) {
  return useQuery({
    queryKey: ['action-budget', 'summary', year ?? 'current'],
    queryFn: ({ signal }) =>
      apiRequest<ActionBudgetSummary>(`/action-budget/summary${queryString({ year })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}
