import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ok, type ApiItem, type ApiJson } from '../../../lib/api/client.ts';
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

export function useOffers(filters: OfferFilters) {
  return useQuery({
    queryKey: ['offers', filters],
    queryFn: ({ signal }) =>
      ok(api.GET('/offers', { params: { query: { ...filters, pageSize: OFFERS_PAGE_SIZE } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useOffer(offerId: string) {
  return useQuery({
    queryKey: ['offer', offerId],
    queryFn: ({ signal }) => ok(api.GET('/offers/{offerId}', { params: { path: { offerId } }, signal })),
  });
}
