import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ok, type ApiJson } from '../../../lib/api/client.ts';

/** GET /action-budget/summary: public, no personal data. */
export type ActionBudgetSummary = ApiJson<'getActionBudgetSummary'>;
export type MonthFigures = ActionBudgetSummary['months'][number];

export function useActionBudgetSummary(year: number | undefined) {
  return useQuery({
    queryKey: ['action-budget', 'summary', year ?? 'current'],
    queryFn: ({ signal }) => ok(api.GET('/action-budget/summary', { params: { query: { year } }, signal })),
    placeholderData: keepPreviousData,
  });
}
