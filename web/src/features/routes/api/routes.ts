import { useQuery } from '@tanstack/react-query';
import { api, ok, type ApiJson } from '../../../lib/api/client.ts';

export type RoutePage = ApiJson<'getRoute'>;

export function useRoutePage(slug: string) {
  return useQuery({
    queryKey: ['route', slug],
    queryFn: ({ signal }) => ok(api.GET('/routes/{slug}', { params: { path: { slug } }, signal })),
  });
}

/** The offers on a route, from the public catalogue. */
export function useRouteOffers(slug: string) {
  return useQuery({
    queryKey: ['offers', { route: slug, pageSize: 50 }],
    queryFn: ({ signal }) => ok(api.GET('/offers', { params: { query: { route: slug, pageSize: 50 } }, signal })),
  });
}
