import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, queryString, type Paged } from '../../../lib/api-client.ts';

export interface ProviderLocation {
  id: string;
  name: string;
  street: string;
  postcode: string;
  city: string;
  wijk: { code: string; name: string };
}

export interface Provider {
  id: string;
  name: string;
  kind: 'business' | 'non_profit' | 'community_centre' | 'volunteer_initiative';
  description: string;
  website: string | null;
  email: string | null;
  phone: string | null;
  locations: ProviderLocation[];
}

/** A till system's key as listed: never the secret. */
export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  revokedAt: string | null;
}

/** Right after creating: the only time the server sends the secret. */
export interface NewApiToken extends ApiToken {
  token: string;
}

const path = (providerId: string) => `/providers/${encodeURIComponent(providerId)}`;

export function useProvider(providerId: string | null | undefined) {
  return useQuery({
    queryKey: ['provider', providerId, 'profile'],
    queryFn: ({ signal }) => apiRequest<Provider>(path(providerId ?? ''), { signal }),
    enabled: !!providerId,
  });
}

export const API_TOKENS_PAGE_SIZE = 20;

export function useApiTokens(providerId: string, page: number) {
  return useQuery({
    queryKey: ['provider', providerId, 'api-tokens', page],
    queryFn: ({ signal }) =>
      apiRequest<Paged<ApiToken>>(
        `${path(providerId)}/api-tokens${queryString({ page, pageSize: API_TOKENS_PAGE_SIZE })}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useCreateApiToken(providerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) =>
      apiRequest<NewApiToken>(`${path(providerId)}/api-tokens`, { method: 'POST', body: { name } }),
    // No retry: a second POST would make a second key.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['provider', providerId, 'api-tokens'] }),
  });
}

export function useRevokeApiToken(providerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: ApiToken) =>
      apiRequest<void>(`${path(providerId)}/api-tokens/${encodeURIComponent(token.id)}`, { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['provider', providerId, 'api-tokens'] }),
  });
}
