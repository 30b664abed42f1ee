import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export interface OwnCreditItem {
  scheme: { id: string; name: string; description: string; spendableCategories: string[] };
  passNumber: string;
  holderName: string;
  balanceCents: number;
  validUntil: string;
  expired: boolean;
  /** Credit left and at most 30 days to go. */
  expiresSoon: boolean;
  history: {
    entryId: string;
    kind: 'load' | 'spend' | 'expiry' | 'correction';
    amountCents: number;
    description: string;
    occurredAt: string;
  }[];
}

export function useMyCredit() {
  return useQuery({
    queryKey: ['me', 'credit'],
    queryFn: ({ signal }) => apiRequest<{ items: OwnCreditItem[] }>('/me/credit', { signal }),
    staleTime: 0,
  });
}
