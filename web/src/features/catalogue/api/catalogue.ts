import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest, queryString, type Paged } from '../../../lib/api-client.ts';

export interface RouteRef {
  slug: string;
  name: string;
}
export interface WijkRef {
  code: string;
  name: string;
}

export interface OfferSummary {
  id: string;
  title: string;
  summary: string;
  provider: { id: string; name: string };
  regularPriceCents: number | null;
  passPriceCents: number | null;
  routes: RouteRef[];
  wijken: WijkRef[];
  categories: string[];
  validUntil: string;
}

export interface OfferLocation {
  id: string;
  name: string;
  street: string;
  postcode: string;
  city: string;
  wijk: WijkRef | null;
}

export interface OfferDetail extends Omit<OfferSummary, 'provider'> {
  description: string;
  conditions: string;
  targetGroups: string[];
  locations: OfferLocation[];
  limit: { perPass: number; period: string } | null;
  validFrom: string;
  provider: { id: string; name: string; kind?: string; website?: string | null };
}

export interface OfferFilters {
  q?: string;
  route?: string;
  wijk?: string;
  category?: string;
  page?: number;
}

export const OFFERS_PAGE_SIZE = 12;

export function useOffers(filters: OfferFilters) {
  return useQuery({
    queryKey: ['offers', filters],
    queryFn: ({ signal }) =>
      apiRequest<Paged<OfferSummary>>(`/offers${queryString({ ...filters, pageSize: OFFERS_PAGE_SIZE })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useOffer(offerId: string) {
  return useQuery({
    queryKey: ['offer', offerId],
    queryFn: ({ signal }) => apiRequest<OfferDetail>(`/offers/${encodeURIComponent(offerId)}`, { signal }),
  });
}
