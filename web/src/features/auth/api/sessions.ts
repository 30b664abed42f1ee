import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { sessionQueryKey, type CurrentSession } from '../../../lib/session.ts';

export function useRequestLoginLink() {
  return useMutation({
    mutationFn: (email: string) => apiRequest<{ message: string }>('/login-links', { method: 'POST', body: { email } }),
  });
}

function useStartSession<TInput>(body: (input: TInput) => unknown) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TInput) => apiRequest<CurrentSession>('/sessions', { method: 'POST', body: body(input) }),
    onSuccess: (session) => {
      // A new person: forget everything cached for the previous one.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}

export const useLoginWithLink = () => useStartSession((loginToken: string) => ({ loginToken }));
export const useStaffLogin = () => useStartSession((input: { email: string; password: string }) => input);
