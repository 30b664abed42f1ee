import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ok, type ApiItem, type ApiJson } from '../../../lib/api/client.ts';

export type MyPass = ApiJson<'getMyPass'>;
export type PassStatus = MyPass['status'];
export type PassQr = ApiJson<'getMyPassQrCode'>;
export type MyRedemption = ApiItem<'listMyRedemptions'>;

/** The QR code changes every 30 s on the server; fetching every 25 s keeps a valid one on screen. */
export const QR_REFRESH_MS = 25_000;

export function useMyPass() {
  return useQuery({ queryKey: ['me', 'pass'], queryFn: ({ signal }) => ok(api.GET('/me/pass', { signal })) });
}

export function usePassQr(enabled: boolean) {
  return useQuery({
    queryKey: ['me', 'pass', 'qr'],
    queryFn: ({ signal }) => ok(api.GET('/me/pass/qr', { signal })),
    enabled,
    staleTime: 0,
    refetchInterval: QR_REFRESH_MS,
    refetchIntervalInBackground: false,
  });
}

export function useMyRedemptions(page: number) {
  return useQuery({
    queryKey: ['me', 'redemptions', page],
    queryFn: ({ signal }) => ok(api.GET('/me/redemptions', { params: { query: { page, pageSize: 10 } }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
