import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiItem } from '../../../lib/api/client.ts';

export type ReviewItem = ApiItem<'listOfferReviews'>;

export function useReviewQueue() {
  return useQuery({
    queryKey: ['offer-reviews'],
    queryFn: ({ signal }) => ok(api.GET('/offer-reviews', { signal })),
    staleTime: 0,
  });
}

export function useModerate() {
  const queryClient = useQueryClient();
  const onSettled = () => queryClient.invalidateQueries({ queryKey: ['offer-reviews'] });
  return {
    decide: useMutation({
      mutationFn: (input: { offer: ReviewItem; decision: 'approve' | 'request_changes'; comment?: string }) =>
        ok(
          api.POST('/offer-reviews/{offerId}/decisions', {
            params: { path: { offerId: input.offer.id } },
            body: {
              decision: input.decision,
              version: input.offer.version,
              ...(input.comment ? { comment: input.comment } : {}),
            },
          }),
        ),
      onSettled,
    }),
    suspend: useMutation({
      mutationFn: (input: { offer: ReviewItem; reason: string }) =>
        ok(
          api.POST('/offer-reviews/{offerId}/suspension', {
            params: { path: { offerId: input.offer.id } },
            body: { reason: input.reason },
          }),
        ),
      onSettled,
    }),
  };
}
