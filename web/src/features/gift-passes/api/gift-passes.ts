import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiBody, type ApiItem, type ApiJson } from '../../../lib/api/client.ts';

export type GiftOrder = ApiJson<'getGiftOrder'>;
export type GiftOrderListItem = ApiItem<'listGiftOrders'>;
export type NewGiftOrder = ApiBody<'createGiftOrder'>;
export type NewGiftCodeRedemption = ApiBody<'redeemGiftCode'>;

export function useCreateGiftOrder() {
  return useMutation({ mutationFn: (body: NewGiftOrder) => ok(api.POST('/gift-orders', { body })) });
}

export function useGiftOrder(orderId: string, accessToken: string | undefined) {
  return useQuery({
    queryKey: ['gift-order', orderId, accessToken],
    queryFn: ({ signal }) =>
      ok(api.GET('/gift-orders/{orderId}', { params: { path: { orderId }, query: { accessToken } }, signal })),
  });
}

export function useGiftOrders(page: number) {
  return useQuery({
    queryKey: ['gift-orders', page],
    queryFn: ({ signal }) => ok(api.GET('/gift-orders', { params: { query: { page, pageSize: 20 } }, signal })),
  });
}

export function useConfirmInvoicePayment(orderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiBody<'confirmGiftOrderInvoicePayment'>) =>
      ok(api.POST('/gift-orders/{orderId}/invoice-payments', { params: { path: { orderId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['gift-orders'] }),
  });
}

export function useRedeemGiftCode() {
  return useMutation({ mutationFn: (body: NewGiftCodeRedemption) => ok(api.POST('/gift-code-redemptions', { body })) });
}
