import { queryOptions, usePrefetchQuery, useQuery } from '@tanstack/react-query';
import { api, ok, type ApiJson } from '../../../lib/api/client.ts';

export type RoutePage = ApiJson<'getRoute'>;

export function useRoutePage(slug: string) {
  return useQuery({
    queryKey: ['route', slug],
    queryFn: ({ signal }) => ok(api.GET('/routes/{slug}', { params: { path: { slug } }, signal })),
  });
}

/** The offers on a route, from the public catalogue. */
/**
 * How many of a route's offers its page shows: the first page of the catalogue. The rest are one
 * link away, in the catalogue with the route chosen, where they page and filter (a route with 50
 * offers drawn at once is a long task on a cheap phone).
 */
export const ROUTE_PAGE_OFFERS = 12;

const routeOffersQuery = (slug: string) =>
  queryOptions({
    queryKey: ['offers', { route: slug, pageSize: ROUTE_PAGE_OFFERS }],
    queryFn: ({ signal }) =>
      ok(api.GET('/offers', { params: { query: { route: slug, pageSize: ROUTE_PAGE_OFFERS } }, signal })),
  });

export function useRouteOffers(slug: string) {
  return useQuery(routeOffersQuery(slug));
}

/** Asks for the route's offers alongside the route itself, without redrawing the caller when they arrive. */
export function usePrefetchRouteOffers(slug: string) {
  usePrefetchQuery(routeOffersQuery(slug));
}
