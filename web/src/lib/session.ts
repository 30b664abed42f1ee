import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client.ts';

export type Role = 'resident' | 'till_staff' | 'provider_admin' | 'org_admin';

export interface CurrentSession {
  kind: 'anonymous' | 'resident' | 'staff' | 'till_system';
  tenantId: string;
  name?: string;
  role?: Role;
  providerId?: string | null;
}

export const sessionQueryKey = ['session'] as const;

export function useSession() {
  return useQuery({
    queryKey: sessionQueryKey,
    queryFn: ({ signal }) => apiRequest<CurrentSession>('/sessions/current', { signal }),
    staleTime: 60_000,
  });
}

/** What the current user may open; the server checks again on every call. */
export function capabilities(session: CurrentSession | undefined) {
  const role = session?.role;
  const loggedIn = !!session && session.kind !== 'anonymous';
  return {
    loggedIn,
    myPass: session?.kind === 'resident',
    till: session?.kind === 'staff' && (role === 'till_staff' || role === 'provider_admin'),
    admin: session?.kind === 'staff' && role === 'org_admin',
    /** "Mijn organisatie": staff of one provider. */
    provider: session?.kind === 'staff' && !!session.providerId && (role === 'till_staff' || role === 'provider_admin'),
    /** API tokens for till systems: the provider's administrator only. */
    providerAdmin: session?.kind === 'staff' && !!session.providerId && role === 'provider_admin',
  };
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<void>('/sessions/current', { method: 'DELETE' }),
    onSettled: async () => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
  });
}
