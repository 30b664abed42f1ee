import { useQuery } from '@tanstack/react-query';
import { api, ok, type ApiJson } from '../../../lib/api/client.ts';

export type ProviderFigures = ApiJson<'getProviderFigures'>;

export function useProviderFigures(providerId: string) {
  return useQuery({
    queryKey: ['provider', providerId, 'figures'],
    queryFn: ({ signal }) =>
      ok(api.GET('/providers/{providerId}/figures', { params: { path: { providerId } }, signal })),
    enabled: !!providerId,
  });
}
