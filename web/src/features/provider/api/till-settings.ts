import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '../../../lib/api/client.ts';

export function useTillSettings(providerId: string) {
  return useQuery({
    queryKey: ['provider', providerId, 'till-settings'],
    queryFn: ({ signal }) =>
      ok(api.GET('/providers/{providerId}/till-settings', { params: { path: { providerId } }, signal })),
  });
}

export function useSaveTillSettings(providerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (acceptsTypedPassNumbers: boolean) =>
      ok(
        api.PUT('/providers/{providerId}/till-settings', {
          params: { path: { providerId } },
          body: { acceptsTypedPassNumbers },
        }),
      ),
    onSuccess: (data) => queryClient.setQueryData(['provider', providerId, 'till-settings'], data),
  });
}
