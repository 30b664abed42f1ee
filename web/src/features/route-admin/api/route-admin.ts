import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiBody, type ApiItem } from '../../../lib/api/client.ts';

export type AdminRoute = ApiItem<'listAdminRoutes'>;
export type RouteUpdate = ApiBody<'updateRoute'>;
export const PICTURES = ['heart', 'spa', 'sport', 'star', 'windmill', 'house', 'family', 'tree'] as const;

export function useAdminRoutes() {
  return useQuery({
    queryKey: ['admin', 'routes'],
    queryFn: ({ signal }) => ok(api.GET('/admin/routes', { signal })),
  });
}

export function useUpdateRoute(routeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RouteUpdate) =>
      ok(api.PATCH('/admin/routes/{routeId}', { params: { path: { routeId } }, body })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['admin', 'routes'] });
      await queryClient.invalidateQueries({ queryKey: ['routes'] });
      await queryClient.invalidateQueries({ queryKey: ['route'] });
    },
  });
}
