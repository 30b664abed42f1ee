import { useQuery } from '@tanstack/react-query';
import { api, ok, type ApiJson } from '../../../lib/api/client.ts';

export type MapAreas = ApiJson<'getMapAreas'>;
export type OfferLocations = ApiJson<'getMapOfferLocations'>;
export type OfferLocation = OfferLocations['features'][number];
export type MapSettings = ApiJson<'getMapSettings'>;
export type WijkPage = ApiJson<'getWijkPage'>;

/** Boundaries and settings do not change while the app is open. */
const STATIC = Infinity;

export function useMapSettings(enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['maps', 'settings'],
    queryFn: ({ signal }) => ok(api.GET('/maps/settings', { signal })),
    staleTime: STATIC,
  });
}

export function useMapAreas(enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['maps', 'areas'],
    queryFn: ({ signal }) => ok(api.GET('/maps/areas', { signal })),
    staleTime: STATIC,
  });
}

export function useOfferLocations(filter: { route?: string; wijk?: string }, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['maps', 'offer-locations', filter],
    queryFn: ({ signal }) => ok(api.GET('/maps/offer-locations', { params: { query: filter }, signal })),
  });
}

export function useWijkPage(slug: string) {
  return useQuery({
    queryKey: ['wijk-page', slug],
    queryFn: ({ signal }) => ok(api.GET('/wijk-pages/{slug}', { params: { path: { slug } }, signal })),
  });
}
