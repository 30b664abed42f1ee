import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, ok, type ApiBody, type ApiJson } from '../../../lib/api/client.ts';

export type TillPassOffers = ApiJson<'listTillOffersForPass'>;
export type TillOffer = TillPassOffers['items'][number];
export type Redemption = ApiJson<'createRedemption'>;

export function useTillOffers(passIdentifier: string | null) {
  return useQuery({
    queryKey: ['till', 'offers', passIdentifier],
    queryFn: ({ signal }) =>
      ok(
        api.GET('/till/passes/{passIdentifier}/offers', {
          params: { path: { passIdentifier: passIdentifier ?? '' } },
          signal,
        }),
      ),
    enabled: !!passIdentifier,
    staleTime: 0,
    retry: (count, error) => count < 2 && error instanceof ApiError && error.status === 0,
  });
}

export interface RedeemInput extends ApiBody<'createRedemption'> {
  /** One key per click; the same key on every retry of that click, so nothing is booked twice. */
  idempotencyKey: string;
}

export function useRedeem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ idempotencyKey, ...body }: RedeemInput) =>
      ok(api.POST('/redemptions', { body, params: { header: { 'idempotency-key': idempotencyKey } } })),
    // Network trouble or a busy server: try again with the very same key.
    retry: (count, error) => count < 3 && error instanceof ApiError && error.retryable,
    retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4_000),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['till'] }),
  });
}

export function useCancelRedemption() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (redemptionId: string) =>
      ok(api.POST('/redemptions/{redemptionId}/cancellation', { params: { path: { redemptionId } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['till'] }),
  });
}
