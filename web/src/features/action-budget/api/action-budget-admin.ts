import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiBody, type ApiJson } from '../../../lib/api/client.ts';

/** The pass organisation's screen: the actiebudget's books, grants, sponsor pledges and receipts. */
export type LedgerLine = ApiJson<'listActionBudgetLedgerLines'>['items'][number];
export type Pledge = ApiJson<'listSponsorPledges'>['items'][number];

const key = ['action-budget'] as const;

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: key });
}

export function useLedgerLines(page: number) {
  return useQuery({
    queryKey: [...key, 'lines', page],
    queryFn: ({ signal }) =>
      ok(api.GET('/action-budget/ledger-lines', { params: { query: { page, pageSize: 20 } }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function usePledges() {
  return useQuery({
    queryKey: [...key, 'pledges'],
    queryFn: ({ signal }) => ok(api.GET('/sponsor-pledges', { params: { query: { page: 1, pageSize: 50 } }, signal })),
    staleTime: 0,
  });
}

export function useBookGrant() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ApiBody<'createActionBudgetGrant'>) => ok(api.POST('/action-budget/grants', { body })),
    onSuccess: refresh,
  });
}

export function usePledge() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ApiBody<'createSponsorPledge'>) => ok(api.POST('/sponsor-pledges', { body })),
    onSuccess: refresh,
  });
}

export function useReceipt(pledgeId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ApiBody<'receiveSponsorContribution'>) =>
      ok(api.POST('/sponsor-pledges/{pledgeId}/receipts', { params: { path: { pledgeId } }, body })),
    onSuccess: refresh,
  });
}
