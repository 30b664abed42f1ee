import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest, queryString, type Paged } from '../../../lib/api-client.ts';

export type PassStatus = 'active' | 'blocked' | 'expired';

export interface MyPass {
  number: string;
  holderName: string;
  status: PassStatus;
  validFrom: string;
  validUntil: string;
  passName: string;
  children: { number: string; holderName: string; status: PassStatus; validUntil: string }[];
}

export interface PassQr {
  token: string;
  expiresAt: string;
  svg: string;
}

export interface MyRedemption {
  id: string;
  offerTitle: string;
  providerName: string;
  priceCents: number;
  redeemedAt: string;
  status: 'redeemed' | 'cancelled';
}

/** The QR code changes every 30 s on the server; fetching every 25 s keeps a valid one on screen. */
export const QR_REFRESH_MS = 25_000;

export function useMyPass() {
  return useQuery({ queryKey: ['me', 'pass'], queryFn: ({ signal }) => apiRequest<MyPass>('/me/pass', { signal }) });
}

export function usePassQr(enabled: boolean) {
  return useQuery({
    queryKey: ['me', 'pass', 'qr'],
    queryFn: ({ signal }) => apiRequest<PassQr>('/me/pass/qr', { signal }),
    enabled,
    staleTime: 0,
    refetchInterval: QR_REFRESH_MS,
    refetchIntervalInBackground: false,
  });
}

export function useMyRedemptions(page: number) {
  return useQuery({
    queryKey: ['me', 'redemptions', page],
    queryFn: ({ signal }) =>
      apiRequest<Paged<MyRedemption>>(`/me/redemptions${queryString({ page, pageSize: 10 })}`, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
