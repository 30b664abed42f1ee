import { useQuery } from '@tanstack/react-query';
import { api, ok, type ApiItem } from '../../../lib/api/client.ts';

export type OwnCreditItem = ApiItem<'getOwnCredit'>;

export function useMyCredit() {
  return useQuery({
    queryKey: ['me', 'credit'],
    queryFn: ({ signal }) => ok(api.GET('/me/credit', { signal })),
    staleTime: 0,
  });
}
