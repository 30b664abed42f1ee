import { useQuery } from '@tanstack/react-query';
import { apiRequest } from './api-client.ts';

/**
 * The municipality's lookup lists (routes, wijken, categories): the catalogue filters on them,
 * and the pass, credit and sales pages name them. They change rarely, so they stay fresh for ten
 * minutes.
 */

export interface RouteItem {
  id: string;
  slug: string;
  name: string;
  description: string;
  isDemo: boolean;
  offerCount: number;
}
export interface WijkItem {
  code: string;
  name: string;
  population: number;
  offerCount: number;
}
export interface CategoryItem {
  slug: string;
  nameNl: string;
  nameEn: string;
}

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
