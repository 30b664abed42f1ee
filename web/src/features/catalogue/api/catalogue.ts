import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest, queryString, type Paged } from '../../../lib/api-client.ts';

export interface RouteRef { slug: string; name: string }
export interface WijkRef { code: string; name: string }

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

export interface RouteItem { id: string; slug: string; name: string; description: string; isDemo: boolean; offerCount: number }
export interface WijkItem { code: string; name: string; population: number; offerCount: number }
export interface CategoryItem { slug: string; nameNl: string; nameEn: string }

const LOOKUP_STALE = 10 * 60_000;

export function useRoutes() {
  return useQuery({
    queryKey: ['routes'],
    queryFn: ({ signal }) => apiRequest<{ items: RouteItem[] }>('/routes', { signal }),
    staleTime: LOOKUP_STALE,
  });
}

export function useWijken() {
  return useQuery({
    queryKey: ['wijken'],
    queryFn: ({ signal }) => apiRequest<{ items: WijkItem[] }>('/wijken', { signal }),
    staleTime: LOOKUP_STALE,
  });
}

export function useCategories() {
  return useQuery({
    queryKey: ['categories'],
    queryFn: ({ signal }) => apiRequest<{ items: CategoryItem[] }>('/categories', { signal }),
    staleTime: LOOKUP_STALE,
  });
}
