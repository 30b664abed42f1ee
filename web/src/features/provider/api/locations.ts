import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiBody, type ApiJson } from '../../../lib/api/client.ts';

export type LocationInput = ApiBody<'createProviderLocation'>;
export type WijkDetail = ApiJson<'getWijk'>;

export function useSaveLocation(providerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: LocationInput }) =>
      id === null
        ? ok(api.POST('/providers/{providerId}/locations', { params: { path: { providerId } }, body }))
        : ok(
            api.PUT('/providers/{providerId}/locations/{locationId}', {
              params: { path: { providerId, locationId: id } },
              body,
            }),
          ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['provider', providerId, 'profile'] }),
  });
}

/** Every wijk with its outline, for the map a location's position is picked on. */
export function useWijkOutlines() {
  const list = useQuery({
    queryKey: ['wijken'],
    queryFn: ({ signal }) => ok(api.GET('/wijken', { signal })),
    staleTime: Infinity,
  });
  const details = useQueries({
    queries: (list.data?.items ?? []).map((w) => ({
      queryKey: ['wijken', w.code],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        ok(api.GET('/wijken/{code}', { params: { path: { code: w.code } }, signal })),
      staleTime: Infinity,
    })),
  });
  return details.map((d) => d.data).filter((d): d is WijkDetail => d !== undefined);
}
