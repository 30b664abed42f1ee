import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiItem, type ApiJson } from '../../../lib/api/client.ts';

export type Provider = ApiJson<'getProvider'>;
export type ProviderLocation = Provider['locations'][number];
/** A till system's key as listed: never the secret. */
export type ApiToken = ApiItem<'listProviderApiTokens'>;
/** Right after creating: the only time the server sends the secret. */
export type NewApiToken = ApiJson<'createProviderApiToken'>;

export function useProvider(providerId: string | null | undefined) {
  return useQuery({
    queryKey: ['provider', providerId, 'profile'],
    queryFn: ({ signal }) =>
      ok(api.GET('/providers/{providerId}', { params: { path: { providerId: providerId ?? '' } }, signal })),
    enabled: !!providerId,
  });
}

export const API_TOKENS_PAGE_SIZE = 20;

export function useApiTokens(providerId: string, page: number) {
  return useQuery({
    queryKey: ['provider', providerId, 'api-tokens', page],
    queryFn: ({ signal }) =>
      ok(
        api.GET('/providers/{providerId}/api-tokens', {
          params: { path: { providerId }, query: { page, pageSize: API_TOKENS_PAGE_SIZE } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useCreateApiToken(providerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) =>
      ok(api.POST('/providers/{providerId}/api-tokens', { params: { path: { providerId } }, body: { name } })),
    // No retry: a second POST would make a second key.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['provider', providerId, 'api-tokens'] }),
  });
}

export function useRevokeApiToken(providerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: ApiToken) =>
      ok(
        api.DELETE('/providers/{providerId}/api-tokens/{tokenId}', {
          params: { path: { providerId, tokenId: token.id } },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['provider', providerId, 'api-tokens'] }),
  });
}
