import { useQuery } from '@tanstack/react-query';
import { api, ok } from '../../../lib/api/client.ts';

export function useProviderProfile(providerId: string) {
  return useQuery({
    queryKey: ['provider-profile', providerId],
    queryFn: ({ signal }) =>
      ok(api.GET('/provider-profiles/{providerId}', { params: { path: { providerId } }, signal })),
  });
}

export function useNewProviders() {
  return useQuery({
    queryKey: ['new-providers'],
    queryFn: ({ signal }) => ok(api.GET('/new-providers', { signal })),
  });
}

export function useStarterOffers(wijk: string) {
  return useQuery({
    enabled: wijk !== '',
    queryKey: ['starter-offers', wijk],
    queryFn: ({ signal }) => ok(api.GET('/starter-offers', { params: { query: { wijk } }, signal })),
  });
}

/** Providers with the social-credit mark (public; never who used their offers). */
export function useSocialCredits() {
  return useQuery({
    queryKey: ['social-credits'],
    queryFn: ({ signal }) => ok(api.GET('/social-credits', { signal })),
    staleTime: 5 * 60_000,
  });
}
