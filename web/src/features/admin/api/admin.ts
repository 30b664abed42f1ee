import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, queryString, type Paged } from '../../../lib/api-client.ts';

type Named = { code?: string; id?: string; name: string };

export interface AdminHolder {
  id: string;
  name: string;
  passNumber: string | null;
  category: string | null;
  status: string | null;
  wijk?: Named | string | null;
}

export interface AdminProvider {
  id: string;
  name: string;
  kind: string;
  offerCount?: number;
  locationCount?: number;
  staffCount?: number;
}

export type DiscountBorneBy = 'provider' | 'scheme' | 'action_budget';

/** Who bears an offer's discount and whether pass credit may pay there. */
export interface PaymentRules {
  payableFromCredit: boolean;
  discountBorneBy: DiscountBorneBy;
  discountScheme: { id: string; name: string } | null;
}

export interface AdminOffer {
  id: string;
  title: string;
  provider?: Named;
  providerName?: string;
  status: string;
  validFrom?: string;
  validUntil?: string;
  paymentRules?: PaymentRules;
}

export interface AdminRedemption {
  id: string;
  offerTitle: string;
  providerName?: string;
  passNumber: string;
  priceCents: number;
  redeemedAt: string;
  status: 'redeemed' | 'cancelled';
}

export type AdminSection = 'pashouders' | 'aanbieders' | 'aanbod' | 'verzilveringen';

const PATHS: Record<AdminSection, string> = {
  pashouders: '/admin/holders',
  aanbieders: '/admin/providers',
  aanbod: '/admin/offers',
  verzilveringen: '/redemptions',
};

export const ADMIN_PAGE_SIZE = 20;

export function useAdminList<T>(section: AdminSection, params: { page: number; q?: string }) {
  return useQuery({
    queryKey: ['admin', section, params],
    queryFn: ({ signal }) =>
      apiRequest<Paged<T>>(`${PATHS[section]}${queryString({ ...params, pageSize: ADMIN_PAGE_SIZE })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export const nameOf = (value: Named | string | null | undefined) =>
  value === null || value === undefined ? '' : typeof value === 'string' ? value : value.name;

export function useAdminOffer(offerId: string) {
  return useQuery({
    queryKey: ['admin', 'offer', offerId],
    queryFn: ({ signal }) => apiRequest<AdminOffer>(`/admin/offers/${encodeURIComponent(offerId)}`, { signal }),
  });
}

/** The municipality's credit schemes, to choose the fund that bears a discount. */
export function useSchemeChoices() {
  return useQuery({
    queryKey: ['admin', 'scheme-choices'],
    queryFn: ({ signal }) =>
      apiRequest<Paged<{ id: string; name: string }>>(`/credit-schemes${queryString({ pageSize: 100 })}`, { signal }),
  });
}

export interface PaymentRulesInput {
  payableFromCredit: boolean;
  discountBorneBy: DiscountBorneBy;
  discountSchemeId?: string;
}

export function useSetPaymentRules(offerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rules: PaymentRulesInput) =>
      apiRequest<PaymentRules & { offerId: string }>(`/admin/offers/${encodeURIComponent(offerId)}/payment-rules`, {
        method: 'PUT',
        body: rules,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin'] }),
  });
}
