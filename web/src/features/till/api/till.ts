import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../../../lib/api-client.ts';
import type { Redemption } from '../../../lib/redemption.ts';

export interface TillOffer {
  offerId: string;
  title: string;
  priceCents: number;
  available: boolean;
  unavailableReason?: 'limit-reached' | 'sold-out' | 'not-valid-today';
}

export interface TillPassOffers {
  pass: { number: string; status: 'active' | 'blocked' | 'expired'; validUntil: string };
  items: TillOffer[];
  /** Sealed by the server for the available offers; handed back unchanged with the redemption, so it is booked faster. */
  quote?: string;
}

export type { Redemption };

export function useTillOffers(passIdentifier: string | null) {
  return useQuery({
    queryKey: ['till', 'offers', passIdentifier],
    queryFn: ({ signal }) =>
      apiRequest<TillPassOffers>(`/till/passes/${encodeURIComponent(passIdentifier ?? '')}/offers`, { signal }),
    enabled: !!passIdentifier,
    staleTime: 0,
    retry: (count, error) => count < 2 && error instanceof ApiError && error.status === 0,
  });
}

export interface RedeemInput {
  passIdentifier: string;
  offerId: string;
  quote?: string | undefined;
  /** One key per click; the same key on every retry of that click, so nothing is booked twice. */
  idempotencyKey: string;
}

export function useRedeem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ passIdentifier, offerId, quote, idempotencyKey }: RedeemInput) =>
      apiRequest<Redemption>('/redemptions', {
        method: 'POST',
        body: { passIdentifier, offerId, ...(quote ? { quote } : {}) },
        headers: { 'Idempotency-Key': idempotencyKey },
      }),
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
      apiRequest<Redemption>(`/redemptions/${encodeURIComponent(redemptionId)}/cancellation`, { method: 'POST' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['till'] }),
  });
}
