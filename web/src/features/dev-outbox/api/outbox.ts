import { useQuery } from '@tanstack/react-query';
import { api, ok, type ApiItem } from '../../../lib/api/client.ts';

export type OutboxMessage = ApiItem<'listOutboxMessages'>;

export function useOutbox() {
  return useQuery({
    queryKey: ['outbox'],
    queryFn: ({ signal }) => ok(api.GET('/outbox-messages', { signal })),
    staleTime: 0,
    refetchInterval: 5_000,
  });
}
