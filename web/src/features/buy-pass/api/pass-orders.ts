import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, queryString, type Paged } from '../../../lib/api-client.ts';

export interface PassPrices {
  adultPassCents: number;
  childPassCents: number;
  adultActionBudgetShareCents: number;
  childActionBudgetShareCents: number;
  testPayments: boolean;
}

export type OrderStatus = 'open' | 'paid' | 'failed' | 'canceled' | 'expired' | 'refunding' | 'refunded';

export interface NewPassOrder {
  buyer?: { name: string; email: string; wijkCode: string };
  passForSelf?: boolean;
  children: { name: string; birthDate: string }[];
}

export interface PassOrder {
  id: string;
  status: OrderStatus;
  amountCents: number;
  actionBudgetShareCents: number;
  createdAt: string;
  paidAt: string | null;
  items: {
    passType: 'adult' | 'child';
    priceCents: number;
    holderName: string | null;
    passNumber: string | null;
    validFrom: string | null;
    validUntil: string | null;
  }[];
}

export interface TestPayment {
  id: string;
  amountCents: number;
  description: string;
  redirectUrl: string;
  status: 'open' | 'paid' | 'failed' | 'canceled' | 'expired';
}

export function usePassPrices() {
  return useQuery({
    queryKey: ['pass-prices'],
    queryFn: ({ signal }) => apiRequest<PassPrices>('/pass-prices', { signal }),
    staleTime: 300_000,
  });
}

export function useCreatePassOrder() {
  return useMutation({
    mutationFn: (order: NewPassOrder) =>
      apiRequest<{ orderId: string; checkoutUrl: string; amountCents: number }>('/pass-orders', {
        method: 'POST',
        body: order,
      }),
  });
}

/** Polls while the provider has not told us the outcome yet (the webhook can come a little later than the buyer). */
export function usePassOrder(orderId: string) {
  return useQuery({
    queryKey: ['pass-order', orderId],
    queryFn: ({ signal }) => apiRequest<PassOrder>(`/pass-orders/${encodeURIComponent(orderId)}`, { signal }),
    refetchInterval: (query) =>
      query.state.data?.status === 'open' || query.state.data?.status === 'refunding' ? 2_000 : false,
  });
}

export function useTestPayment(paymentId: string) {
  return useQuery({
    queryKey: ['test-payment', paymentId],
    queryFn: ({ signal }) => apiRequest<TestPayment>(`/test-payments/${encodeURIComponent(paymentId)}`, { signal }),
  });
}

export function useCompleteTestPayment(paymentId: string) {
  return useMutation({
    mutationFn: (status: 'paid' | 'failed' | 'canceled') =>
      apiRequest<TestPayment>(`/test-payments/${encodeURIComponent(paymentId)}/outcomes`, {
        method: 'POST',
        body: { status },
      }),
  });
}

export interface PassOrderSummary {
  id: string;
  status: OrderStatus;
  holderName: string;
  amountCents: number;
  actionBudgetShareCents: number;
  paymentProvider: 'test' | 'mollie';
  createdAt: string;
  paidAt: string | null;
  refundedAt: string | null;
}

export function useAdminPassOrders(page: number) {
  return useQuery({
    queryKey: ['admin-pass-orders', page],
    queryFn: ({ signal }) =>
      apiRequest<Paged<PassOrderSummary>>(`/admin/pass-orders${queryString({ page, pageSize: 20 })}`, { signal }),
  });
}

export function useRefundPassOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { orderId: string; reason?: string }) =>
      apiRequest<PassOrder>(`/pass-orders/${encodeURIComponent(input.orderId)}/refunds`, {
        method: 'POST',
        body: input.reason ? { reason: input.reason } : {},
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin-pass-orders'] }),
  });
}
