import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  body: string;
  createdAt: string;
}

export function useOutbox() {
  return useQuery({
    queryKey: ['outbox'],
    queryFn: ({ signal }) => apiRequest<{ items: OutboxMessage[] }>('/outbox-messages', { signal }),
    staleTime: 0,
    refetchInterval: 5_000,
  });
}
