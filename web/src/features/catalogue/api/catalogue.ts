import { queryOptions, keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import type { PageAddress } from '../../../lib/feature.ts';
import { api, ok, type ApiItem, type ApiJson } from '../../../lib/api/client.ts';
import { categoriesQuery, routesQuery, wijkenQuery } from '../../../lib/lookups.ts';
import type { operations } from '../../../lib/api/schema';

export type OfferSummary = ApiItem<'listOffers'>;
export type OfferDetail = ApiJson<'getOffer'>;

/** The catalogue's filters, as they stand in the page's address. */
export type OfferFilters = Pick<
  NonNullable<operations['listOffers']['parameters']['query']>,
  'q' | 'route' | 'wijk' | 'category' | 'near' | 'free' | 'validNow' | 'dateFrom' | 'dateTo' | 'page'
>;
export type OfferFacets = ApiJson<'listOffers'>['facets'];

export const OFFERS_PAGE_SIZE = 12;

export const FILTER_KEYS = ['q', 'route', 'wijk', 'category', 'near', 'dateFrom', 'dateTo'] as const;

/** The filters in the page's address ("?q=zwemmen&free=true&page=2"). */
export function filtersFromAddress(params: URLSearchParams): OfferFilters {
  const filters: OfferFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  if (params.get('free') === 'true') filters.free = true;
  if (params.get('validNow') === 'true') filters.validNow = true;
  const page = Number(params.get('page'));
  if (Number.isInteger(page) && page > 1) filters.page = page;
  return filters;
}

const offersQuery = (filters: OfferFilters) =>
  queryOptions({
    queryKey: ['offers', filters],
    queryFn: ({ signal }) =>
      ok(api.GET('/offers', { params: { query: { ...filters, pageSize: OFFERS_PAGE_SIZE } }, signal })),
  });

export function useOffers(filters: OfferFilters) {
  return useQuery({ ...offersQuery(filters), placeholderData: keepPreviousData });
}

/** What the catalogue page asks for first: the offers of its address and the filters' lists. */
export function prefetchCatalogue(queryClient: QueryClient, { search }: PageAddress) {
  void queryClient.prefetchQuery(offersQuery(filtersFromAddress(search)));
  void queryClient.prefetchQuery(routesQuery);
  void queryClient.prefetchQuery(wijkenQuery);
  void queryClient.prefetchQuery(categoriesQuery);
}

export function useOffer(offerId: string) {
  return useQuery({
    queryKey: ['offer', offerId],
    queryFn: ({ signal }) => ok(api.GET('/offers/{offerId}', { params: { path: { offerId } }, signal })),
  });
}
