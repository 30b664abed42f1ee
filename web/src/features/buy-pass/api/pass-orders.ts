import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiBody, type ApiItem, type ApiJson } from '../../../lib/api/client.ts';

export type PassPrices = ApiJson<'getPassPrices'>;
export type NewPassOrder = ApiBody<'createPassOrder'>;
export type PassOrder = ApiJson<'getPassOrder'>;
export type OrderStatus = PassOrder['status'];
export type TestPayment = ApiJson<'getTestPayment'>;
export type PassOrderSummary = ApiItem<'listPassOrders'>;

export function usePassPrices() {
  return useQuery({
    queryKey: ['pass-prices'],
    queryFn: ({ signal }) => ok(api.GET('/pass-prices', { signal })),
    staleTime: 300_000,
  });
}

export function useCreatePassOrder() {
  return useMutation({
    mutationFn: (order: NewPassOrder) => ok(api.POST('/pass-orders', { body: order })),
  });
}

/** Polls while the provider has not told us the outcome yet (the webhook can come a little later than the buyer). */
export function usePassOrder(orderId: string) {
  return useQuery({
    queryKey: ['pass-order', orderId],
    queryFn: ({ signal }) => ok(api.GET('/pass-orders/{orderId}', { params: { path: { orderId } }, signal })),
    refetchInterval: (query) =>
      query.state.data?.status === 'open' || query.state.data?.status === 'refunding' ? 2_000 : false,
  });
}

export function useTestPayment(paymentId: string) {
  return useQuery({
    queryKey: ['test-payment', paymentId],
    queryFn: ({ signal }) => ok(api.GET('/test-payments/{paymentId}', { params: { path: { paymentId } }, signal })),
  });
}

export function useCompleteTestPayment(paymentId: string) {
  return useMutation({
    mutationFn: (status: ApiBody<'completeTestPayment'>['status']) =>
      ok(api.POST('/test-payments/{paymentId}/outcomes', { params: { path: { paymentId } }, body: { status } })),
  });
}

export function useAdminPassOrders(page: number) {
  return useQuery({
    queryKey: ['admin-pass-orders', page],
    queryFn: ({ signal }) => ok(api.GET('/admin/pass-orders', { params: { query: { page, pageSize: 20 } }, signal })),
  });
}

export function useRefundPassOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { orderId: string; reason?: string }) =>
      ok(
        api.POST('/pass-orders/{orderId}/refunds', {
          params: { path: { orderId: input.orderId } },
          body: input.reason ? { reason: input.reason } : {},
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin-pass-orders'] }),
  });
}
