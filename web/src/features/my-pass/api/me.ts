import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ok, type ApiItem, type ApiJson } from '../../../lib/api/client.ts';

export type MyPass = ApiJson<'getMyPass'>;
export type PassStatus = MyPass['status'];
export type MyRedemption = ApiItem<'listMyRedemptions'>;

export function useMyPass() {
  return useQuery({ queryKey: ['me', 'pass'], queryFn: ({ signal }) => ok(api.GET('/me/pass', { signal })) });
}

export function useMyRedemptions(page: number) {
  return useQuery({
    queryKey: ['me', 'redemptions', page],
    queryFn: ({ signal }) => ok(api.GET('/me/redemptions', { params: { query: { page, pageSize: 10 } }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
