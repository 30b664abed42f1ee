import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, ok, type ApiItem } from './api/client.ts';

/**
 * The municipality's lookup lists (routes, wijken, categories): the catalogue filters on them,
 * and the pass, credit and sales pages name them. They change rarely, so they stay fresh for ten
 * minutes.
 */

export type RouteItem = ApiItem<'listRoutes'>;
export type WijkItem = ApiItem<'listWijken'>;
export type CategoryItem = ApiItem<'listCategories'>;

const LOOKUP_STALE = 10 * 60_000;

export const routesQuery = queryOptions({
  queryKey: ['routes'],
  queryFn: ({ signal }) => ok(api.GET('/routes', { signal })),
  staleTime: LOOKUP_STALE,
});

export const wijkenQuery = queryOptions({
  queryKey: ['wijken'],
  queryFn: ({ signal }) => ok(api.GET('/wijken', { signal })),
  staleTime: LOOKUP_STALE,
});

export const categoriesQuery = queryOptions({
  queryKey: ['categories'],
  queryFn: ({ signal }) => ok(api.GET('/categories', { signal })),
  staleTime: LOOKUP_STALE,
});

export function useRoutes() {
  return useQuery(routesQuery);
}

export function useWijken() {
  return useQuery(wijkenQuery);
}

export function useCategories() {
  return useQuery(categoriesQuery);
}
