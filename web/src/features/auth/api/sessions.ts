import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok, type ApiBody } from '../../../lib/api/client.ts';
import { sessionQueryKey } from '../../../lib/session.ts';

export function useRequestLoginLink() {
  return useMutation({
    mutationFn: (email: string) => ok(api.POST('/login-links', { body: { email } })),
  });
}

function useStartSession<TInput>(body: (input: TInput) => ApiBody<'createSession'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TInput) => ok(api.POST('/sessions', { body: body(input) })),
    onSuccess: async (session) => {
      // A read of the session that was still on its way (the page asks on load) would answer
      // "not logged in" after this and overwrite the new session: stop it first.
      await queryClient.cancelQueries({ queryKey: sessionQueryKey });
      // A new person: forget everything cached for the previous one.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}

export const useLoginWithLink = () => useStartSession((loginToken: string) => ({ loginToken }));
export const useStaffLogin = () => useStartSession((input: { email: string; password: string }) => input);
