import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiBody, type ApiItem, type ApiJson } from '../../../lib/api/client.ts';

export type AdminHolder = ApiItem<'listAdminHolders'>;
export type AdminProvider = ApiItem<'listAdminProviders'>;
export type AdminOffer = ApiJson<'getAdminOffer'>;
export type AdminRedemption = ApiItem<'listRedemptions'>;
/** Who bears an offer's discount and whether pass credit may pay there. */
export type PaymentRules = AdminOffer['paymentRules'];
export type DiscountBorneBy = PaymentRules['discountBorneBy'];
export type PaymentRulesInput = ApiBody<'setOfferPaymentRules'>;

export const ADMIN_SECTIONS = ['pashouders', 'aanbieders', 'aanbod', 'verzilveringen'] as const;
export type AdminSection = (typeof ADMIN_SECTIONS)[number];

export const ADMIN_PAGE_SIZE = 20;

interface ListParams {
  page: number;
  /** Only the holders can be searched. */
  q?: string | undefined;
}

const LISTS = {
  pashouders: ({ page, q }: ListParams, signal: AbortSignal) =>
    ok(api.GET('/admin/holders', { params: { query: { page, pageSize: ADMIN_PAGE_SIZE, q } }, signal })),
  aanbieders: ({ page }: ListParams, signal: AbortSignal) =>
    ok(api.GET('/admin/providers', { params: { query: { page, pageSize: ADMIN_PAGE_SIZE } }, signal })),
  aanbod: ({ page }: ListParams, signal: AbortSignal) =>
    ok(api.GET('/admin/offers', { params: { query: { page, pageSize: ADMIN_PAGE_SIZE } }, signal })),
  verzilveringen: ({ page }: ListParams, signal: AbortSignal) =>
    ok(api.GET('/redemptions', { params: { query: { page, pageSize: ADMIN_PAGE_SIZE } }, signal })),
} satisfies Record<AdminSection, unknown>;

export type AdminList<S extends AdminSection> = Awaited<ReturnType<(typeof LISTS)[S]>>;

export function useAdminList<S extends AdminSection>(section: S, params: ListParams) {
  return useQuery({
    queryKey: ['admin', section, params],
    queryFn: ({ signal }) => LISTS[section](params, signal) as Promise<AdminList<S>>,
    placeholderData: keepPreviousData,
  });
}

export function useAdminOffer(offerId: string) {
  return useQuery({
    queryKey: ['admin', 'offer', offerId],
    queryFn: ({ signal }) => ok(api.GET('/admin/offers/{offerId}', { params: { path: { offerId } }, signal })),
  });
}

/** The municipality's credit schemes, to choose the fund that bears a discount. */
export function useSchemeChoices() {
  return useQuery({
    queryKey: ['admin', 'scheme-choices'],
    queryFn: ({ signal }) => ok(api.GET('/credit-schemes', { params: { query: { pageSize: 100 } }, signal })),
  });
}

export function useSetPaymentRules(offerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rules: PaymentRulesInput) =>
      ok(api.PUT('/admin/offers/{offerId}/payment-rules', { params: { path: { offerId } }, body: rules })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin'] }),
  });
}
