import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiBody, type ApiJson } from '../../../lib/api/client.ts';

export type PassYearSettings = ApiJson<'getPassYearSettings'>;
export type PassYearSettingsInput = ApiBody<'putPassYearSettings'>;

export function usePassYearSettings() {
  return useQuery({
    queryKey: ['pass-year-settings'],
    queryFn: ({ signal }) => ok(api.GET('/pass-year-settings', { signal })),
  });
}

export function useSavePassYearSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PassYearSettingsInput) => ok(api.PUT('/pass-year-settings', { body })),
    onSuccess: (saved) => queryClient.setQueryData(['pass-year-settings'], saved),
  });
}
