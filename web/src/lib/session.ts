import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiJson } from './api/client.ts';

export type CurrentSession = ApiJson<'getCurrentSession'>;

export const sessionQueryKey = ['session'] as const;

export const sessionQuery = queryOptions({
  queryKey: sessionQueryKey,
  queryFn: ({ signal }) => ok(api.GET('/sessions/current', { signal })),
  staleTime: 60_000,
});

export function useSession() {
  return useQuery(sessionQuery);
}

export const isLoggedIn = (session: CurrentSession | undefined) => !!session && session.kind !== 'anonymous';

/**
 * Whether the current caller may perform a policy action (`till.use`, `credit.manage`, ...), as the
 * server said in `permissions`. Only for what to show: the server checks every call again.
 */
export const hasPermission = (session: CurrentSession | undefined, permission: string) =>
  !!session?.permissions.includes(permission);

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => ok(api.DELETE('/sessions/current')),
    onSettled: async () => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
  });
}
