import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiJson } from '../../../lib/api/client.ts';

export type HolderNewsletter = ApiJson<'getMyNewsletterSubscription'>;
export type NewsletterChannel = 'email' | 'letter';

export function useMyNewsletter() {
  return useQuery({
    queryKey: ['me', 'newsletter'],
    queryFn: ({ signal }) => ok(api.GET('/me/newsletter-subscription', { signal })),
  });
}

export function useSetMyNewsletter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { channel: NewsletterChannel; wijken: string[] }) =>
      ok(api.PUT('/me/newsletter-subscription', { body })),
    onSuccess: (answer) => queryClient.setQueryData(['me', 'newsletter'], answer),
  });
}

export function useStopMyNewsletter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => ok(api.DELETE('/me/newsletter-subscription', {})),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['me', 'newsletter'] }),
  });
}
