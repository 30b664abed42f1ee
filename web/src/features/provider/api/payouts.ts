import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, api, ok, type ApiBody, type ApiItem, type ApiJson } from '../../../lib/api/client.ts';

/** The provider's side of payouts: its bank account and its settlements. */
export type ProviderSettlement = ApiItem<'listProviderSettlements'>;
export type BankAccount = ApiJson<'getProviderBankAccount'>;

export const statementUrl = (settlementId: string) =>
  `${API_BASE}/settlements/${encodeURIComponent(settlementId)}/statement.pdf`;

export function useBankAccount(providerId: string) {
  return useQuery({
    queryKey: ['provider', providerId, 'bank-account'],
    queryFn: ({ signal }) =>
      ok(api.GET('/providers/{providerId}/bank-account', { params: { path: { providerId } }, signal })),
    staleTime: 0,
  });
}

export function useSaveBankAccount(providerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ApiBody<'setProviderBankAccount'>) =>
      ok(api.PUT('/providers/{providerId}/bank-account', { params: { path: { providerId } }, body: input })),
    onSuccess: (data) => queryClient.setQueryData(['provider', providerId, 'bank-account'], data),
  });
}

export function useProviderSettlements(providerId: string, page: number) {
  return useQuery({
    queryKey: ['provider', providerId, 'settlements', page],
    queryFn: ({ signal }) =>
      ok(
        api.GET('/providers/{providerId}/settlements', {
          params: { path: { providerId }, query: { page, pageSize: 20 } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
