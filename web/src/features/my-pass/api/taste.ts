import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiJson } from '../../../lib/api/client.ts';

export type TasteSuggestions = ApiJson<'getMyTasteSuggestions'>;

export function useTasteSuggestions() {
  return useQuery({
    queryKey: ['me', 'taste'],
    queryFn: ({ signal }) => ok(api.GET('/me/taste-suggestions', { signal })),
  });
}

export function useSetTasteOptIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (optedIn: boolean) => ok(api.PUT('/me/taste-suggestions/opt-in', { body: { optedIn } })),
    onSuccess: (answer) => queryClient.setQueryData(['me', 'taste'], answer),
  });
}
